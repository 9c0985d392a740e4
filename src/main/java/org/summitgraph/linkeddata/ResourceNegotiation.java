package org.summitgraph.linkeddata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * The URL scheme of the things the graph names ({@code /id/...}), after Pubby: the thing's IRI gives its HTML
 * page to browsers, and answers {@code 303 See Other} to its RDF document ({@code /id/person/x.ttl},
 * {@code .jsonld}, {@code .nt}, {@code .rdf}) to clients that prefer RDF; both with {@code Vary: Accept}. The
 * document URL, or {@code ?format=} on the IRI, chooses the format without negotiation. Unknown things get 404,
 * an {@code Accept} nothing here can satisfy 406. Under a base IRI with a path ({@code https://host/kg/}), the
 * same answers come from {@code /kg/id/...}. Pages themselves stay with their controllers: this filter only
 * decides, then lets the request through.
 */
final class ResourceNegotiation extends OncePerRequestFilter {

    private static final String ID = "/id/";

    private final Descriptions descriptions;
    private final BaseIri base;
    private final RdfResponses responses;

    ResourceNegotiation(Descriptions descriptions, BaseIri base, RdfResponses responses) {
        this.descriptions = descriptions;
        this.base = base;
        this.responses = responses;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || localPath(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String local = localPath(request).orElseThrow();
        String prefix = request.getRequestURI().substring(0, request.getRequestURI().length() - local.length());
        boolean head = "HEAD".equals(request.getMethod());
        Optional<RdfFormat> byExtension = extension(local);
        if (byExtension.isPresent()) {
            String resource = local.substring(0, local.lastIndexOf('.'));
            describe(iri(resource), byExtension.get(), response, head);
            return;
        }
        String format = request.getParameter("format");
        if (format != null) {
            Optional<RdfFormat> asked = RdfFormat.byName(format).filter(f -> !f.quads());
            if (asked.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "A description is given as ttl, jsonld, nt or rdf, not " + format);
                return;
            }
            describe(iri(local), asked.get(), response, head);
            return;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Negotiation.Choice choice = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), Negotiation.PAGE_OR_RDF);
        if (!choice.acceptable()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Offered: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
        } else if (choice.html()) {
            if (prefix.equals(request.getContextPath())) {
                chain.doFilter(request, response);
            } else {
                // under the base IRI's path: the page lives at /id/... of this application
                request.getRequestDispatcher(local).forward(request, response);
            }
        } else if (!descriptions.exists(iri(local))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, prefix + local + "." + choice.format().extension());
        }
    }

    private void describe(String iri, RdfFormat format, HttpServletResponse response, boolean head) throws IOException {
        var description = descriptions.describe(iri);
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        responses.write(description.get(), format, response, head);
    }

    /** The stored IRI of a local path {@code /id/...}. */
    private static String iri(String local) {
        return BaseIri.INTERNAL + local.substring(1);
    }

    /** A description document's format, from the last segment's extension: ttl, jsonld, nt or rdf. */
    private static Optional<RdfFormat> extension(String local) {
        String last = local.substring(local.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = last.substring(dot + 1);
        return RdfFormat.byName(ext).filter(f -> !f.quads() && f.extension().equals(ext));
    }

    /** The path below the application and the base IRI's path, when it names a thing: {@code /id/...}. */
    private Optional<String> localPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String basePath = base.path();
        if (!basePath.equals("/") && path.startsWith(basePath)) {
            path = path.substring(basePath.length() - 1);
        }
        return path.startsWith(ID) && path.length() > ID.length() ? Optional.of(path) : Optional.empty();
    }
}
