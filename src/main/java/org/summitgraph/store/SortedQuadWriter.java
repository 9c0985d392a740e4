package org.summitgraph.store;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds many named-graph quads to a TDB2 store inside the caller's write transaction, the way TDB2's bulk loaders do:
 * every term is given its node id first, then each of the six quad indexes takes the whole lot sorted in its own key
 * order. Added one by one, the quads of a batch land all over each B+tree, and every insert walks it from the root
 * through cold blocks; sorted, neighbouring inserts share their path and leaf. It writes what
 * {@code DatasetGraph.add} writes (node table, then every index), in the same transaction, so a batch still lands
 * whole or not at all; adding a quad the store holds already changes nothing, as there.
 * <p>
 * It does not go through the wrappers above TDB2: the name index must be told by the caller.
 */
final class SortedQuadWriter {

    private final DatasetGraphSwitchable tdb;

    private SortedQuadWriter(DatasetGraphSwitchable tdb) {
        this.tdb = tdb;
    }

    /** A writer for the TDB2 store under the dataset's wrappers; null when there is none (a remote store). */
    static SortedQuadWriter of(DatasetGraph dataset) {
        DatasetGraph dsg = dataset;
        while (!(dsg instanceof DatasetGraphSwitchable) && dsg instanceof DatasetGraphWrapper wrapper) {
            dsg = wrapper.getWrapped();
        }
        return dsg instanceof DatasetGraphSwitchable switchable ? new SortedQuadWriter(switchable) : null;
    }

    /** Adds the quads; call inside a write transaction. */
    void add(List<Quad> quads) {
        if (quads.isEmpty()) {
            return;
        }
        // looked up inside the transaction: compaction swaps the storage under the switchable dataset
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        Transaction txn = storage.getTxnSystem().getThreadTransaction();
        if (txn == null) {
            throw new TransactionException("Not in a write transaction");
        }
        txn.ensureWriteTxn();
        NodeTupleTable table = storage.getQuadTable().getNodeTupleTable();
        List<Tuple<NodeId>> tuples = nodeIds(table.getNodeTable(), quads);
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            if (index.baseTupleIndex() instanceof TupleIndexRecord records) {
                insertSorted(records, tuples);
            } else {
                tuples.forEach(index::add);
            }
        }
    }

    private static List<Tuple<NodeId>> nodeIds(NodeTable nodes, List<Quad> quads) {
        // a batch names the same terms (its graphs, the vocabulary, popular entities) thousands of times
        Map<Node, NodeId> ids = new HashMap<>();
        List<Tuple<NodeId>> tuples = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            tuples.add(TupleFactory.create4(id(nodes, ids, q.getGraph()), id(nodes, ids, q.getSubject()),
                    id(nodes, ids, q.getPredicate()), id(nodes, ids, q.getObject())));
        }
        return tuples;
    }

    private static NodeId id(NodeTable nodes, Map<Node, NodeId> ids, Node node) {
        NodeId id = ids.get(node);
        if (id == null) {
            id = nodes.getAllocateNodeId(node);
            ids.put(node, id);
        }
        return id;
    }

    private static void insertSorted(TupleIndexRecord index, List<Tuple<NodeId>> tuples) {
        RangeIndex tree = index.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        Key[] keys = new Key[tuples.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Key(TupleLib.record(factory, tuples.get(i), index.getMapping()));
        }
        Arrays.sort(keys);
        for (Key k : keys) {
            tree.insert(k.record);
        }
    }

    /**
     * A record with its key read as four unsigned longs: a B+tree orders its records by their bytes, and comparing
     * four longs is several times faster than comparing 32 bytes one by one, which is what sorting spends its time on.
     */
    private static final class Key implements Comparable<Key> {

        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

        private final Record record;
        private final long[] words;

        Key(Record record) {
            this.record = record;
            byte[] bytes = record.getKey();
            words = new long[bytes.length / Long.BYTES];
            for (int i = 0; i < words.length; i++) {
                words[i] = (long) LONGS.get(bytes, i * Long.BYTES);
            }
        }

        @Override
        public int compareTo(Key other) {
            for (int i = 0; i < words.length; i++) {
                int c = Long.compareUnsigned(words[i], other.words[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }
}
