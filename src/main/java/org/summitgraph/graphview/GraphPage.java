package org.summitgraph.graphview;

import java.util.List;

/**
 * What the graph page shows: the drawing is made in the browser from the JSON; the table of relations below it
 * reads without JavaScript.
 *
 * @param focus the entity the view starts from
 * @param rows the relations in view, one per edge
 * @param relations every relation the entity has, for the filter; {@code checked} when in view
 * @param types every class a node may have, for the legend; {@code inView} when a node in view has it
 * @param truncated whether neighbours were left out
 * @param cap how many neighbours are shown at most
 * @param query the CONSTRUCT query that produced the view
 */
record GraphPage(Neighbourhood.Node focus, List<Row> rows, List<Choice> relations, List<Legend> types,
                 boolean truncated, int cap, String query) {

    /** One relation, both ends linked to their pages and to their own graph view. */
    record Row(String relation, String label, End subject, End object) {
    }

    record End(String iri, String label, String href, boolean focus) {
    }

    record Choice(String id, String label, boolean checked) {
    }

    record Legend(String type, boolean inView) {
    }
}
