package org.summitgraph.lists;

import java.util.List;

/**
 * One way to narrow a list: {@code ?parameter=<iri>} keeps the entities linked to that IRI. The list's query
 * binds {@code ?parameter} to it and its flag {@code ?any<Parameter>} to false; with no choice the flag is
 * true and the facet lets everything through.
 *
 * @param query the query of the facet's values with their counts
 * @param relations the local names {@code ?relation=} may take to say how the entity is linked; empty when
 *                  the facet has one kind of link
 * @param titleKey the message naming the facet
 */
record Facet(String parameter, String query, List<String> relations, String titleKey) {

    static final String RELATION = "relation";

    String flag() {
        return "any" + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
    }
}
