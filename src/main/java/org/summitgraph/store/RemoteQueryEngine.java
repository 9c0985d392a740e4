package org.summitgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorBase;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.atlas.io.IndentedWriter;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a query on a {@link RemoteDatasetGraph} to the server whole, so pages and lists cost one request each, not
 * one per triple pattern. The server answers a SELECT of the query's pattern; Jena then does locally what it does for
 * any dataset with the rows (a CONSTRUCT's template, an ASK's answer, a DESCRIBE's description), so every
 * {@code QueryExecution.dataset(...)} in the application works unchanged.
 */
final class RemoteQueryEngine implements QueryEngineFactory {

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();
    private static final String TEXT_NS = "http://jena.apache.org/text#";

    static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            QueryEngineRegistry.addFactory(new RemoteQueryEngine());
        }
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return RemoteDatasetGraph.of(dataset) != null && !usesNameIndex(query);
    }

    /**
     * Whether the query asks the name index ({@code text:query}), which lives in this process, not in the server: such
     * a query is evaluated here by Jena's own engine, each of its other triple patterns one request to the server.
     */
    static boolean usesNameIndex(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                el.patternElts().forEachRemaining(tp -> {
                    Node p = tp.getPredicate();
                    if (p != null && p.isURI() && p.getURI().startsWith(TEXT_NS)) {
                        found.set(true);
                    }
                });
            }

            @Override
            public void visit(ElementSubQuery el) {
                if (usesNameIndex(el.getQuery())) {
                    found.set(true);
                }
            }
        });
        return found.get();
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        RemoteDatasetGraph remote = RemoteDatasetGraph.of(dataset);
        if (remote.hasPendingWrites()) {
            throw new IllegalStateException("A query inside a write transaction on the remote store would not see the "
                    + "transaction's own writes; read with find() there.");
        }
        Query rows = rowsOf(query);
        var builder = QueryExecHTTP.service(remote.service().query()).httpClient(remote.httpClient()).query(rows);
        if (inputBinding != null && !inputBinding.isEmpty()) {
            builder.substitution(inputBinding);
        }
        QueryExec exec = builder.build();
        Op op = Algebra.compile(rows);
        return new PlanOp(op, exec::close, new Rows(exec, exec.select()));
    }

    /** The SELECT whose rows the query needs: the query itself for a SELECT, else the rows of its pattern. */
    static Query rowsOf(Query query) {
        if (query.isSelectType()) {
            return withoutInnerPrologues(query);
        }
        Query rows = withoutInnerPrologues(query).cloneQuery();
        if (query.isDescribeType()) {
            rows.setQuerySelectType();
            if (query.getQueryPattern() == null) {
                rows.setQueryPattern(new ElementGroup());
            }
            rows.setQueryResultStar(true);
            return rows;
        }
        rows.setQuerySelectType();
        rows.setQueryResultStar(true);
        if (query.isAskType()) {
            rows.setLimit(1);
        }
        return rows;
    }

    /**
     * The query written again from its algebra when it has a sub-query: Jena writes a sub-query built in code (a
     * list's {@code COUNT} around its rows) with its PREFIX lines inside the braces, which no parser accepts; from the
     * algebra it comes out flat, IRIs in full. Unchanged when it has no sub-query.
     */
    static Query withoutInnerPrologues(Query query) {
        if (!hasSubQuery(query)) {
            return query;
        }
        return OpAsQuery.asQuery(Algebra.compile(query));
    }

    private static boolean hasSubQuery(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                found.set(true);
            }
        });
        return found.get();
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        throw new UnsupportedOperationException("algebra is evaluated locally");
    }

    /** The server's rows, as the query iterator Jena's execution reads; cancelling it stops the request. */
    private static final class Rows extends QueryIteratorBase {
        private final QueryExec exec;
        private final RowSet rows;

        Rows(QueryExec exec, RowSet rows) {
            this.exec = exec;
            this.rows = rows;
        }

        @Override
        protected boolean hasNextBinding() {
            return rows.hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return rows.next();
        }

        @Override
        protected void closeIterator() {
            exec.close();
        }

        @Override
        protected void requestCancel() {
            exec.abort();
        }

        @Override
        public void output(IndentedWriter out, SerializationContext sCxt) {
            out.print("remote rows from " + exec.getQueryString());
        }
    }
}
