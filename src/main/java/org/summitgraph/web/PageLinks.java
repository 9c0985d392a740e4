package org.summitgraph.web;

import org.springframework.stereotype.Component;
import org.summitgraph.vocab.SG;

import java.util.Optional;

/**
 * Where the page of a resource lives. Every IRI the graph mints under {@value SG#ID} is served by this
 * application at the same path ({@code /id/person/mark-collier}); other IRIs (Wikidata, ontologies) have no page
 * here.
 */
@Component
public class PageLinks {

    private static final String PATH = "/id/";

    /** The page of {@code iri} on this server, if it has one. */
    public Optional<String> pageOf(String iri) {
        if (iri == null || !iri.startsWith(SG.ID) || iri.length() == SG.ID.length()) {
            return Optional.empty();
        }
        return Optional.of(PATH + iri.substring(SG.ID.length()));
    }

    /** The page's address if it has one, otherwise the IRI itself (an outside link). */
    public String href(String iri) {
        return pageOf(iri).orElse(iri);
    }

    /** The IRI a page path stands for: {@code /id/person/x} gives the IRI of person x. */
    public Optional<String> iriOf(String path) {
        if (path == null || !path.startsWith(PATH) || path.length() == PATH.length()) {
            return Optional.empty();
        }
        return Optional.of(SG.ID + path.substring(PATH.length()));
    }
}
