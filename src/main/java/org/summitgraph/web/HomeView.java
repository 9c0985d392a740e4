package org.summitgraph.web;

import java.time.LocalDate;
import java.util.List;

/**
 * What the home page shows.
 *
 * @param counts one row per class of entity
 * @param articles how many articles are stored
 * @param latest the newest articles
 * @param quads statements in the whole store
 */
record HomeView(List<Count> counts, int articles, List<Latest> latest, long quads) {

    /**
     * @param type the class's local name, e.g. "Person"
     * @param inArticles entities of the class that articles mention
     * @param inGraph entities of the class in the whole graph, reference knowledge included
     * @param listHref the page that lists them
     */
    record Count(String type, long inArticles, long inGraph, String listHref) {
    }

    /** An article in the latest list, linked to its page here. */
    record Latest(String title, LocalDate date, String language, int mentions, String page) {
    }
}
