package org.summitgraph.figures;

import org.apache.jena.graph.Node;

import java.util.Comparator;

/**
 * An article or a statement with what orders it on a page: its article's date, then its confidence, then its IRI,
 * as the pages' queries order them ({@code ORDER BY DESC(?date) DESC(?confidence) ?statement}).
 *
 * @param date the article's {@code sg:datePublished} (ISO, so text order is date order), may be null
 * @param confidence may be null (always, for articles)
 */
record Ranked(Node node, String date, Double confidence) {

    /** Newest first; a missing date or confidence sorts last, as SPARQL's DESC puts unbound values. */
    static final Comparator<Ranked> NEWEST_FIRST = Comparator
            .comparing(Ranked::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Ranked::confidence, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.node().getURI());
}
