package org.summitgraph.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.summitgraph.store.Queries;

import java.util.Optional;

/** The RDF description of one resource ({@code queries/linkeddata/describe.rq}), read in one transaction. */
@Component
class Descriptions {

    private final Dataset dataset;

    Descriptions(Dataset dataset) {
        this.dataset = dataset;
    }

    /** @param iri a stored IRI; empty when the graph says nothing of it */
    Optional<Graph> describe(String iri) {
        ParameterizedSparqlString q = Queries.get("linkeddata/describe");
        q.setParam("x", NodeFactory.createURI(iri));
        Graph graph = Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                return qe.execConstruct().getGraph();
            }
        });
        return graph.isEmpty() ? Optional.empty() : Optional.of(graph);
    }

    boolean exists(String iri) {
        ParameterizedSparqlString q = Queries.get("linkeddata/exists");
        q.setParam("x", NodeFactory.createURI(iri));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                return qe.execAsk();
            }
        });
    }
}
