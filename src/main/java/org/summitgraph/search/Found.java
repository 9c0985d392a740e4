package org.summitgraph.search;

import org.summitgraph.web.DisplayNames.LanguageString;

import java.util.List;

/**
 * One entity or article whose names matched, before it is shown in a language.
 *
 * @param iri the entity
 * @param type the local name of the class it is shown as: Person, Organization, Project, Summit, Event,
 *             EventSeries, Place, Award or Article
 * @param names its labels (an article's title), in every language
 * @param matched the names that matched, best first
 * @param closeness how closely the best match fits: 0 the whole name, 1 its beginning, 2 a word's beginning, 3 other
 * @param mentioned whether an article mentions it
 * @param score the index's relevance of its best hit
 */
record Found(String iri, String type, List<LanguageString> names, List<LanguageString> matched, int closeness,
             boolean mentioned, float score) {
}
