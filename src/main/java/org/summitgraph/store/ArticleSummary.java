package org.summitgraph.store;

import java.time.LocalDate;

/**
 * A stored article as lists show it.
 *
 * @param id the article's identifier, as in {@code /api/articles/{id}}
 * @param iri the article node
 * @param date may be null
 * @param url may be null
 * @param mentions how many distinct entities it mentions
 */
public record ArticleSummary(String id, String iri, String title, LocalDate date, String language, String url,
                             int mentions) {
}
