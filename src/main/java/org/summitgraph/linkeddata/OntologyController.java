package org.summitgraph.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.util.Optional;

/**
 * The ontology at its namespace's address, {@code /ontology} (terms are {@code /ontology#worksFor}): HTML
 * documentation for browsers, and {@code 303 See Other} to {@code /ontology.ttl} (or {@code .jsonld}, {@code .nt},
 * {@code .rdf}) for RDF clients, as for the things of the graph.
 */
@Controller
class OntologyController {

    private final OntologyDocs docs;
    private final BundledKnowledge knowledge;
    private final RdfResponses responses;

    OntologyController(OntologyDocs docs, BundledKnowledge knowledge, RdfResponses responses) {
        this.docs = docs;
        this.knowledge = knowledge;
        this.responses = responses;
    }

    @GetMapping("/ontology")
    String ontology(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        String format = request.getParameter("format");
        if (format != null) {
            document(format, request, response);
            return null;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Negotiation.Choice choice = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), Negotiation.PAGE_OR_RDF);
        if (!choice.acceptable()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return null;
        }
        if (choice.format() != null) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/ontology." + choice.format().extension());
            return null;
        }
        model.addAttribute("ontology", docs.page());
        return "linkeddata/ontology";
    }

    @GetMapping("/ontology.{ext}")
    void document(@PathVariable String ext, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RdfFormat> format = RdfFormat.byName(ext).filter(f -> !f.quads());
        if (format.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        responses.write(knowledge.ontology().getGraph(), format.get(), response, "HEAD".equals(request.getMethod()));
    }
}
