package org.summitgraph.lists;

import java.util.List;

/**
 * What a list of entities shows.
 *
 * @param key the list's name in messages ({@code people}, {@code organizations} ...)
 * @param mentionedHref the same list with the "only mentioned in articles" filter switched
 * @param clearHref the list with no filter at all, or null when none is set
 */
record EntityListView(String key, List<Row> rows, PageNav pages, SortLink byName, SortLink byArticles,
                      List<FacetView> facets, boolean mentionedOnly, String mentionedHref, String clearHref) {

    /** An entity in the list. */
    record Row(Name name, long articles, String href) {
    }

    /**
     * @param chosen the name of the value that narrows the list now, or null
     * @param clearHref the list without this facet, or null when it is not set
     */
    record FacetView(String titleKey, List<FacetValue> values, String chosen, String clearHref) {
    }

    /** @param relation how the value is linked, in the reader's language; null for facets with one link */
    record FacetValue(Name name, String relation, long count, String href, boolean selected) {
    }
}
