package org.summitgraph.search;

import org.apache.jena.query.Query;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Queries on the text-indexed store run on TDB2's own query engine. TDB2 accepts only its own datasets, so behind
 * jena-text's wrapper ARQ would fall back to its general engine: slower, and blind to TDB2's union default graph.
 * This hands the query to whichever engine takes the wrapped TDB2 dataset; {@code text:query} still finds the index,
 * which {@link NameIndex} puts in the store's context.
 */
final class TdbQueriesThroughTextIndex implements QueryEngineFactory {

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            QueryEngineRegistry.addFactory(new TdbQueriesThroughTextIndex());
        }
    }

    private static DatasetGraph inner(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphText text && TDBInternal.isBackedByTDB(text.monitored())) {
            return text.monitored();
        }
        return null;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return inner(dataset) != null;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        DatasetGraph tdb = inner(dataset);
        return QueryEngineRegistry.findFactory(query, tdb, context).create(query, tdb, inputBinding, context);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return inner(dataset) != null;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        DatasetGraph tdb = inner(dataset);
        return QueryEngineRegistry.findFactory(op, tdb, context).create(op, tdb, inputBinding, context);
    }
}
