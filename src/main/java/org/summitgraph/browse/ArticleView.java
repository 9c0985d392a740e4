package org.summitgraph.browse;

import java.time.LocalDate;
import java.util.List;

/**
 * What an article's page shows.
 *
 * @param url the source, may be null
 * @param publisherName may be null
 * @param paragraphs the text with its mentions marked
 * @param statements what was extracted from it, in reading order
 * @param mentions the entities it mentions, by name
 */
record ArticleView(String iri, String title, LocalDate date, String url, String publisherName, String publisherHref,
                   String language, List<MarkedText.Paragraph> paragraphs, List<Extracted> statements,
                   List<EntityView.Value> mentions, String graphHref) {

    /** One statement extracted from the article, with its sentence, method and confidence. */
    record Extracted(TripleView triple, Why.Evidence evidence) {
    }
}
