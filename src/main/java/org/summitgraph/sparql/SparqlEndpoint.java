package org.summitgraph.sparql;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.system.Txn;
import org.summitgraph.store.RemoteDatasetGraph;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.summitgraph.SummitGraphProperties;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one SPARQL query against the store, read-only, within the time limit, and streams the answer in the
 * chosen format. Follows the query operation of the SPARQL 1.1 Protocol: the protocol's dataset parameters,
 * else the query's FROM clauses, else the union of all graphs as default graph and each graph by name.
 */
@Component
class SparqlEndpoint {

    private final Dataset dataset;
    /** The remote store the dataset is kept in, or null for TDB2. */
    private final RemoteDatasetGraph remote;
    private final long timeoutMillis;
    private final boolean allowService;

    SparqlEndpoint(Dataset dataset, SummitGraphProperties properties) {
        this.dataset = dataset;
        this.remote = RemoteDatasetGraph.of(dataset.asDatasetGraph());
        this.timeoutMillis = properties.sparql().timeout().toMillis();
        this.allowService = properties.sparql().allowService();
    }

    void answer(String queryText, List<String> defaultGraphs, List<String> namedGraphs, String format, String accept,
                HttpServletResponse response) {
        Query query = parse(queryText);
        ResultFormats.Format chosen = ResultFormats.choose(
                query.isSelectType() || query.isAskType() ? ResultFormats.RESULTS : ResultFormats.GRAPHS, format, accept);
        if (remote != null && RemoteDatasetGraph.answersWhole(query)) {
            answerRemotely(query, defaultGraphs, namedGraphs, chosen, response);
            return;
        }
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(datasetFor(query, defaultGraphs, namedGraphs)))
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .set(ARQ.httpServiceAllowed, allowService)
                    .build()) {
                write(query, qe, chosen, response);
            } catch (QueryCancelledException e) {
                if (response.isCommitted()) {
                    throw e; // part of the answer is out: all that can be done is to cut it short
                }
                throw new SparqlException(HttpStatus.SERVICE_UNAVAILABLE,
                        "The query ran longer than the limit of " + timeoutMillis + " ms and was stopped.");
            }
        });
    }

    /**
     * The query as it was sent, with the protocol's dataset parameters, to the remote store's query service; the
     * answer is written in the chosen format as it streams in. The time limit bounds the wait for the server's answer
     * to begin; the server's own limit (Fuseki: {@code arq:queryTimeout}) is what stops its work.
     */
    private void answerRemotely(Query query, List<String> defaultGraphs,
                                List<String> namedGraphs, ResultFormats.Format chosen, HttpServletResponse response) {
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(remote.service().query()).httpClient(remote.httpClient())
                .query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        defaultGraphs.forEach(builder::addDefaultGraphURI);
        namedGraphs.forEach(builder::addNamedGraphURI);
        try (QueryExecution qe = QueryExecutionAdapter.adapt(builder.build())) {
            write(query, qe, chosen, response);
        } catch (QueryExceptionHTTP e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new SparqlException(HttpStatus.SERVICE_UNAVAILABLE,
                        "The query ran longer than the limit of " + timeoutMillis + " ms and was stopped.");
            }
            throw new SparqlException(HttpStatus.BAD_GATEWAY, "The remote store did not answer the query: " + e.getMessage());
        }
    }

    private Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new SparqlException(HttpStatus.BAD_REQUEST, "No query: send it as the 'query' parameter or as an application/sparql-query body.");
        }
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new SparqlException(HttpStatus.BAD_REQUEST, "Malformed query: " + e.getMessage());
        }
        if (!allowService && callsService(query)) {
            // a SERVICE clause makes the server fetch any address it names, internal ones included
            throw new SparqlException(HttpStatus.FORBIDDEN, "SERVICE calls to other endpoints are not allowed on this server.");
        }
        return query;
    }

    private static boolean callsService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found.set(true);
            }
        });
        return found.get();
    }

    private DatasetGraph datasetFor(Query query, List<String> defaultGraphs, List<String> namedGraphs) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty()) {
            return DynamicDatasets.dynamicDataset(nodes(defaultGraphs), nodes(namedGraphs), dsg, false);
        }
        if (query.hasDatasetDescription()) {
            return DynamicDatasets.dynamicDataset(nodes(query.getGraphURIs()), nodes(query.getNamedGraphURIs()), dsg, false);
        }
        return dsg;
    }

    private static List<Node> nodes(List<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    private static void write(Query query, QueryExecution qe, ResultFormats.Format format, HttpServletResponse response) {
        try {
            response.setContentType(format.mediaType() + "; charset=utf-8");
            if (query.isSelectType()) {
                var results = qe.execSelect();
                results.hasNext(); // the first row, or the timeout, before the status line goes out
                ResultsWriter.create().lang(format.lang()).write(response.getOutputStream(), results);
            } else if (query.isAskType()) {
                boolean answer = qe.execAsk();
                ResultsWriter.create().lang(format.lang()).write(response.getOutputStream(), answer);
            } else {
                Iterator<Triple> triples = query.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
                triples.hasNext();
                writeTriples(triples, format, response.getOutputStream());
            }
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams in the formats that can be streamed; JSON-LD and RDF/XML need the whole graph first. */
    private static void writeTriples(Iterator<Triple> triples, ResultFormats.Format format, OutputStream out) {
        if (StreamRDFWriter.registered(format.rdfFormat())) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            stream.start();
            triples.forEachRemaining(stream::triple);
            stream.finish();
        } else {
            Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            triples.forEachRemaining(t -> model.getGraph().add(t));
            RDFDataMgr.write(out, model, format.rdfFormat());
        }
    }
}
