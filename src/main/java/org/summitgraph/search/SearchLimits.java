package org.summitgraph.search;

/** Limits shared by the search page and the suggestions. */
final class SearchLimits {

    /** Longest query accepted, in characters: names are short, and a long query only costs. */
    static final int MAX_QUERY = 100;

    private SearchLimits() {
    }

    static boolean tooLong(String q) {
        return q != null && q.codePointCount(0, q.length()) > MAX_QUERY;
    }

    static boolean blank(String q) {
        return q == null || NameFolding.fold(q).isEmpty();
    }
}
