package org.summitgraph.linkeddata;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.summitgraph.store.RemoteDatasetGraph;

import java.util.Iterator;

/**
 * What a dump reads: for TDB2 its indexes directly ({@link TdbScan}); for a remote store each graph by the Graph
 * Store Protocol and the union by one streamed SELECT DISTINCT ({@link RemoteDatasetGraph}); for other stores Jena's
 * general {@code find} and union graph (which remembers the triples it has seen: not constant memory).
 */
final class StoreScan {

    private StoreScan() {
    }

    /** Call inside a read transaction. */
    static Iterator<Triple> union(DatasetGraph dsg) {
        DatasetGraph base = unwrap(dsg);
        if (TDBInternal.isTDB2(base)) {
            return TdbScan.union(TDBInternal.getDatasetGraphTDB(base));
        }
        RemoteDatasetGraph remote = RemoteDatasetGraph.of(dsg);
        if (remote != null) {
            // the server's union, each triple once, streamed: no set of seen triples here
            return remote.unionTriples();
        }
        return Iter.iter(dsg.getUnionGraph().find());
    }

    static Iterator<Quad> quads(DatasetGraph dsg) {
        DatasetGraph base = unwrap(dsg);
        return TDBInternal.isTDB2(base) ? TdbScan.quads(TDBInternal.getDatasetGraphTDB(base)) : dsg.find();
    }

    static Iterator<Quad> quads(DatasetGraph dsg, Node graph) {
        DatasetGraph base = unwrap(dsg);
        return TDBInternal.isTDB2(base) ? TdbScan.quads(TDBInternal.getDatasetGraphTDB(base), graph)
                : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    static DatasetGraph unwrap(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        // TDB2's own dataset is a wrapper too (it switches storage on compaction): stop there
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return d;
    }
}
