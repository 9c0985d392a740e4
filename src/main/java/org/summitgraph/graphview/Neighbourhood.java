package org.summitgraph.graphview;

import java.util.List;

/**
 * What {@code /graph/neighbourhood} answers: an entity, the entities it is directly related to and those relations,
 * named in the reader's language, with the SPARQL that found them.
 *
 * @param nodes the entity first, then its neighbours
 * @param edges one per relation between the entity and a neighbour
 * @param relations the relations present, with their names
 * @param truncated whether neighbours were left out to keep the view readable
 * @param query the CONSTRUCT query that produced this, ready to run at {@code /sparql}
 */
record Neighbourhood(List<Node> nodes, List<Edge> edges, List<Relation> relations, boolean truncated,
                     String query) {

    /**
     * @param id the entity's IRI
     * @param type the local name of its most specific class, e.g. "Person", or "Thing"
     * @param href its page here, or the IRI itself when it has none and is a web address; else null
     */
    record Node(String id, String label, String type, String href) {
    }

    /**
     * @param relation the relation's local name, e.g. "worksFor"; "roleIn" for a role
     * @param label the relation's name, or for a role its title ("PTL")
     */
    record Edge(String id, String source, String target, String relation, String label) {
    }

    /** A relation's local name and its name in the reader's language. */
    record Relation(String id, String label) {
    }
}
