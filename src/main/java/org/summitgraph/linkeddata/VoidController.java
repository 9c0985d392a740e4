package org.summitgraph.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.util.Optional;

/** The dataset's description (VoID and DCAT) at {@code /.well-known/void}: Turtle unless asked otherwise. */
@Controller
class VoidController {

    private final VoidDescription description;
    private final RdfResponses responses;

    VoidController(VoidDescription description, RdfResponses responses) {
        this.description = description;
        this.responses = responses;
    }

    @GetMapping("/.well-known/void")
    void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<RdfFormat> format;
        String asked = request.getParameter("format");
        if (asked != null) {
            format = RdfFormat.byName(asked).filter(f -> !f.quads());
        } else {
            format = Optional.ofNullable(Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), Negotiation.RDF_ONLY).format());
        }
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Offered: text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        String server = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        responses.write(description.graph(server), format.get(), response, "HEAD".equals(request.getMethod()));
    }
}
