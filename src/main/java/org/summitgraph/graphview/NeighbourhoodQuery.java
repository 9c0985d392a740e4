package org.summitgraph.graphview;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.summitgraph.store.Queries;

import java.util.Collection;
import java.util.List;

/**
 * The CONSTRUCT query for one entity's neighbourhood ({@code queries/graph/neighbourhood.rq}) with the entity and
 * the relations bound. Its text is what the graph view shows, so a reader can run exactly what drew the picture.
 */
final class NeighbourhoodQuery {

    private final Query query;

    /**
     * @param iri an absolute IRI, checked by {@link EntityIri#require}; Jena writes it into the text as an IRI
     * @param relations local names from {@link Relations#NAMES}
     */
    NeighbourhoodQuery(String iri, Collection<String> relations) {
        ParameterizedSparqlString text = Queries.get("graph/neighbourhood");
        text.setIri("focus", iri);
        List<RDFNode> properties = relations.stream().map(r -> (RDFNode) Relations.property(r)).toList();
        text.setValues("relationValues", properties);
        this.query = text.asQuery();
    }

    /** Runs the query in a read transaction; the result is a copy, usable once the transaction is over. */
    Model run(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execConstruct();
            }
        });
    }

    /** The query as SPARQL text, with its prefixes, ready for {@code /sparql}. */
    String text() {
        return query.serialize();
    }
}
