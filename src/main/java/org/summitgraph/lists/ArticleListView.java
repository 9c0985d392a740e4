package org.summitgraph.lists;

import java.time.LocalDate;
import java.util.List;

/** What the list of articles shows. */
record ArticleListView(List<Row> rows, PageNav pages, SortLink byDate, SortLink byTitle, List<LanguageChoice> languages) {

    /**
     * @param date may be null
     * @param publisher may be null, and so its page
     */
    record Row(String title, String href, LocalDate date, String language, Name publisher, String publisherHref,
               long entities) {
    }

    /** @param code {@code ""} for every language */
    record LanguageChoice(String code, String href, boolean selected) {
    }
}
