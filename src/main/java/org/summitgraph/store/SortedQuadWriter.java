package org.summitgraph.store;

import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds many named-graph quads to a TDB2 store inside the caller's write transaction, the way TDB2's bulk loaders do:
 * every term is given its node id as its quad comes ({@link #add(Quad)}), then each of the six quad indexes takes the
 * whole lot sorted in its own key order ({@link #flush}). Added one by one, the quads of a batch land all over each
 * B+tree, and every insert walks it from the root through cold blocks; sorted, neighbouring inserts share their path
 * and leaf. A quad waiting for the flush is four longs, not Jena objects, so a batch of a thousand articles holds
 * tens of megabytes, not the articles' graphs. It writes what {@code DatasetGraph.add} writes (node table, then every
 * index), in the same transaction, so a batch still lands whole or not at all; adding a quad the store holds already
 * changes nothing, as there. One writer serves one transaction: the storage is looked up at its first quad.
 * <p>
 * It does not go through the wrappers above TDB2: the name index must be told by the caller.
 */
final class SortedQuadWriter {

    private static final int WIDTH = 4;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /**
     * Terms a batch repeats (graphs, the vocabulary, entities, an article's own spans, names, methods) are looked up
     * once per transaction; TDB2's own node cache costs more per lookup. Bounded, and long texts are left out.
     */
    private static final int MAX_CACHED_TERMS = 200_000;
    private static final int MAX_CACHED_LITERAL = 256;

    private final DatasetGraphSwitchable tdb;
    private final Map<Node, Long> terms = new HashMap<>();
    private NodeTupleTable table;
    private long[] rows = new long[WIDTH * 1024];
    private int used;

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

    /** Adds the quads at once; call inside a write transaction. */
    void add(List<Quad> quads) {
        quads.forEach(this::add);
        flush();
    }

    /** Gives the quad's terms their node ids and keeps it for the next {@link #flush}; call inside a write transaction. */
    void add(Quad quad) {
        NodeTable nodes = table().getNodeTable();
        if (used + WIDTH > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[used++] = word(nodes, quad.getGraph());
        rows[used++] = word(nodes, quad.getSubject());
        rows[used++] = word(nodes, quad.getPredicate());
        rows[used++] = word(nodes, quad.getObject());
    }

    /** Quads kept and not yet in the indexes. */
    int pending() {
        return used / WIDTH;
    }

    /**
     * Inserts the kept quads into every index; call inside the same write transaction. The rows are sorted in place,
     * their columns put in each index's order in turn: no second copy of a batch's millions of longs.
     */
    void flush() {
        if (used == 0) {
            return;
        }
        // the rows ranked once, each index's order then sorted as one long per row; the rows themselves otherwise
        PackedRows packed = PackedRows.of(rows, WIDTH, used / WIDTH);
        // slots[c]: which term of the quad (0 graph, 1 subject, 2 predicate, 3 object) column c of the rows holds now
        int[] slots = {0, 1, 2, 3};
        for (TupleIndex index : table().getTupleTable().getIndexes()) {
            if (index.baseTupleIndex() instanceof TupleIndexRecord records && records.getTupleLength() == WIDTH) {
                TupleMap map = records.getMapping();
                int[] wanted = new int[WIDTH];
                for (int c = 0; c < WIDTH; c++) {
                    wanted[c] = map.getSlotIdx(c);
                }
                if (packed != null) {
                    insert(records, packed, wanted);
                    continue;
                }
                reorder(slots, wanted);
                RowSort.sort(rows, WIDTH, used / WIDTH);
                insert(records, rows, used);
            } else {
                reorder(slots, new int[]{0, 1, 2, 3});
                for (int r = 0; r < used; r += WIDTH) {
                    index.add(TupleFactory.create4(id(rows[r]), id(rows[r + 1]), id(rows[r + 2]), id(rows[r + 3])));
                }
            }
        }
        used = 0;
    }

    /** Moves the rows' columns from the order {@code slots} to the order {@code wanted}, and notes it in slots. */
    private void reorder(int[] slots, int[] wanted) {
        if (Arrays.equals(slots, wanted)) {
            return;
        }
        int[] from = new int[WIDTH];
        for (int c = 0; c < WIDTH; c++) {
            for (int k = 0; k < WIDTH; k++) {
                if (slots[k] == wanted[c]) {
                    from[c] = k;
                }
            }
        }
        long[] row = new long[WIDTH];
        for (int r = 0; r < used; r += WIDTH) {
            System.arraycopy(rows, r, row, 0, WIDTH);
            for (int c = 0; c < WIDTH; c++) {
                rows[r + c] = row[from[c]];
            }
        }
        System.arraycopy(wanted, 0, slots, 0, WIDTH);
    }

    private NodeTupleTable table() {
        if (table == null) {
            // looked up inside the transaction: compaction swaps the storage under the switchable dataset
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
            Transaction txn = storage.getTxnSystem().getThreadTransaction();
            if (txn == null) {
                throw new TransactionException("Not in a write transaction");
            }
            txn.ensureWriteTxn();
            table = storage.getQuadTable().getNodeTupleTable();
        }
        return table;
    }

    /**
     * A term's node id as the eight bytes a B+tree record holds, read as a long: a B+tree orders its records by their
     * bytes, that is by these longs unsigned.
     */
    private long word(NodeTable nodes, Node node) {
        boolean cached = !node.isLiteral() || node.getLiteralLexicalForm().length() <= MAX_CACHED_LITERAL;
        if (cached) {
            Long word = terms.get(node);
            if (word != null) {
                return word;
            }
        }
        byte[] bytes = new byte[NodeId.SIZE];
        NodeIdFactory.set(nodes.getAllocateNodeId(node), bytes, 0);
        long word = (long) LONGS.get(bytes, 0);
        if (cached && terms.size() < MAX_CACHED_TERMS) {
            terms.put(node, word);
        }
        return word;
    }

    private static NodeId id(long word) {
        byte[] bytes = new byte[NodeId.SIZE];
        LONGS.set(bytes, 0, word);
        return NodeIdFactory.get(bytes, 0);
    }

    /** The ranked rows, sorted in the index's order ({@code wanted}: the quad's slot per column), inserted one by one. */
    private static void insert(TupleIndexRecord index, PackedRows packed, int[] wanted) {
        RangeIndex tree = index.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        packed.sorted(wanted, values -> {
            byte[] key = new byte[WIDTH * NodeId.SIZE];
            for (int c = 0; c < WIDTH; c++) {
                LONGS.set(key, c * NodeId.SIZE, values[c]);
            }
            tree.insert(factory.create(key));
        });
    }

    /** The first {@code length} longs of the rows, sorted in the index's order, inserted one by one. */
    private static void insert(TupleIndexRecord index, long[] rows, int length) {
        RangeIndex tree = index.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        for (int r = 0; r < length; r += WIDTH) {
            byte[] key = new byte[WIDTH * NodeId.SIZE];
            for (int c = 0; c < WIDTH; c++) {
                LONGS.set(key, c * NodeId.SIZE, rows[r + c]);
            }
            tree.insert(factory.create(key));
        }
    }
}
