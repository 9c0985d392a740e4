package org.summitgraph.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dump reads TDB2's node table below its cache ({@link TdbScan}) while the server's other readers go through the
 * cache; both end at the table's one file cursor. The table guards that cursor itself (Jena 5.6): this test keeps
 * it so, since two reads that interleave there would give a node another node's bytes.
 */
class ConcurrentDumpTest {

    @TempDir
    Path dir;

    @Test
    void aDumpReadsEveryNodeRightWhileOthersReadTheStore() throws Exception {
        // caches of a few nodes: the other readers miss them and read the node table as a big store's readers do
        StoreParams params = StoreParams.builder().nodeId2NodeCacheSize(10).node2NodeIdCacheSize(10)
                .nodeMissCacheSize(10).build();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString(), params);
        Node graph = NodeFactory.createURI("https://summitgraph.org/graph/article/a");
        Set<Quad> written = new HashSet<>();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 1000; i++) {
                Quad q = Quad.create(graph, NodeFactory.createURI("https://summitgraph.org/id/person/p" + i),
                        NodeFactory.createURI("https://summitgraph.org/ontology#name"),
                        NodeFactory.createLiteralString("name number " + i + " " + "x".repeat(i % 97)));
                dsg.add(q);
                written.add(q);
            }
        });
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService others = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = others.submit(() -> readAll(dsg, done));
            Future<?> b = others.submit(() -> readAll(dsg, done));
            for (int round = 0; round < 8; round++) {
                Set<Quad> dumped = Txn.calculateRead(dsg, () -> {
                    Set<Quad> out = new HashSet<>();
                    Iterator<Quad> it = TdbScan.quads(TDBInternal.getDatasetGraphTDB(dsg), graph);
                    it.forEachRemaining(out::add);
                    return out;
                });
                assertEquals(written, dumped, "round " + round + " dumps what was written");
            }
            done.set(true);
            a.get();
            b.get();
        } finally {
            done.set(true);
            others.shutdownNow();
        }
    }

    private static void readAll(DatasetGraph dsg, AtomicBoolean done) {
        while (!done.get()) {
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> { }));
        }
    }
}
