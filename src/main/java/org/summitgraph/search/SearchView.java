package org.summitgraph.search;

import java.util.List;

/**
 * What the search page shows.
 *
 * @param query the reader's text, "" when there is none
 * @param tooLong whether the text was refused for its length
 * @param results this page's results, best first
 * @param total how many results there are in all
 * @param page this page's number, from 1
 * @param previousHref the previous page, or null
 * @param nextHref the next page ("more"), or null
 */
record SearchView(String query, boolean tooLong, List<Result> results, int total, int page, String previousHref,
                  String nextHref) {

    public boolean searched() {
        return !query.isBlank() && !tooLong;
    }

    public int maxLength() {
        return SearchLimits.MAX_QUERY;
    }
}
