package org.summitgraph.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A slice of the values of one relation of an entity, in a fixed order, and how many there are: what lets a page
 * show the first few of a relation with thousands of values (the employees of a large company, the speakers of a
 * summit) at the cost of those few, and the relation's own pages show the rest. Call inside {@link GraphReads#read}.
 */
@Component
class RelationValues {

    private final GraphReads reads;

    RelationValues(GraphReads reads) {
        this.reads = reads;
    }

    /** How many subjects point at the entity, by relation (in the order of the relations' IRIs). */
    Map<String, Integer> incomingCounts(String iri) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (QuerySolution row : reads.select("incoming-counts", "entity", iri)) {
            out.put(row.getResource("p").getURI(), row.getLiteral("count").getInt());
        }
        return out;
    }

    /** Rows of ?s ?p: the subjects pointing at the entity through {@code predicate}, from {@code offset}. */
    List<QuerySolution> incoming(String iri, String predicate, long offset, long limit) {
        List<QuerySolution> out = new ArrayList<>();
        RDFNode p = ResourceFactory.createResource(predicate);
        for (QuerySolution row : reads.select("incoming", bindings(iri, predicate), offset, limit)) {
            QuerySolutionMap bound = new QuerySolutionMap();
            bound.add("s", row.get("s"));
            bound.add("p", p);
            out.add(bound);
        }
        return out;
    }

    int outgoingCount(String iri, String predicate) {
        List<QuerySolution> rows = reads.select("outgoing-count", bindings(iri, predicate), 0, 1);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("count").getInt();
    }

    /** Rows of ?p ?o: the values of {@code predicate} of the entity, from {@code offset}. */
    List<QuerySolution> outgoing(String iri, String predicate, long offset, long limit) {
        List<QuerySolution> out = new ArrayList<>();
        RDFNode p = ResourceFactory.createResource(predicate);
        for (QuerySolution row : reads.select("outgoing-values", bindings(iri, predicate), offset, limit)) {
            QuerySolutionMap bound = new QuerySolutionMap();
            bound.add("p", p);
            bound.add("o", row.get("o"));
            out.add(bound);
        }
        return out;
    }

    /** How many roles (by person and role) are held in the entity. */
    int holderCount(String iri) {
        List<QuerySolution> rows = reads.select("incoming-roles-count", "entity", iri);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("count").getInt();
    }

    /** Rows of ?person ?role ?title: who holds a role in the entity, from {@code offset}. */
    List<QuerySolution> holders(String iri, long offset, long limit) {
        return reads.select("incoming-roles", Map.of("entity", GraphReads.iri(iri)), offset, limit);
    }

    private static Map<String, Node> bindings(String iri, String predicate) {
        return Map.of("entity", GraphReads.iri(iri), "p", GraphReads.iri(predicate));
    }
}
