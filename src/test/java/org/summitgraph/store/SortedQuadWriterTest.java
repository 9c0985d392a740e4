package org.summitgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class SortedQuadWriterTest {

    private final Dataset dataset = TDB2Factory.createDataset();

    @AfterEach
    void close() {
        dataset.close();
    }

    @Test
    void everyIndexFindsWhatTheWriterAddedAsWhatDatasetAddWouldHaveAdded() {
        List<Quad> quads = randomQuads(new Random(7), 3000);
        Quad stored = quads.get(0);
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(stored));
        SortedQuadWriter writer = SortedQuadWriter.of(dataset.asDatasetGraph());
        assertNotNull(writer, "a TDB2 dataset takes the sorted writer");
        Txn.executeWrite(dataset, () -> writer.add(quads));

        Set<Quad> expected = new HashSet<>(quads);
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            assertEquals(expected, set(dsg.find()), "all quads, once each (the one stored before too)");
            Node any = Node.ANY;
            for (Quad q : quads.subList(0, 50)) {
                // one pattern per leading column: each is answered by another index
                assertEquals(matching(quads, q.getGraph(), any, any, any), set(dsg.find(q.getGraph(), any, any, any)));
                assertEquals(matching(quads, any, q.getSubject(), any, any), set(dsg.find(any, q.getSubject(), any, any)));
                assertEquals(matching(quads, any, any, q.getPredicate(), any), set(dsg.find(any, any, q.getPredicate(), any)));
                assertEquals(matching(quads, any, any, any, q.getObject()), set(dsg.find(any, any, any, q.getObject())));
                assertEquals(matching(quads, q.getGraph(), any, q.getPredicate(), q.getObject()),
                        set(dsg.find(q.getGraph(), any, q.getPredicate(), q.getObject())));
            }
        });
    }

    @Test
    void quadsKeptAcrossSeveralFlushesOfOneTransactionAreAllWrittenAndNoneTwice() {
        List<Quad> quads = randomQuads(new Random(11), 2000);
        SortedQuadWriter writer = SortedQuadWriter.of(dataset.asDatasetGraph());
        Txn.executeWrite(dataset, () -> {
            quads.subList(0, 1500).forEach(writer::add);
            assertEquals(1500, writer.pending());
            writer.flush();
            assertEquals(0, writer.pending());
            assertEquals(1500, dataset.asDatasetGraph().stream().count(), "the flushed quads are in the store, in the transaction");
            quads.subList(1500, 2000).forEach(writer::add);
            writer.flush();
            writer.flush();
        });
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            assertEquals(new HashSet<>(quads), set(dsg.find()));
            Quad last = quads.get(1999);
            assertEquals(matching(quads, Node.ANY, Node.ANY, Node.ANY, last.getObject()),
                    set(dsg.find(Node.ANY, Node.ANY, Node.ANY, last.getObject())));
        });
    }

    @Test
    void rowsAreSortedColumnByColumnAsUnsignedNumbers() {
        Random random = new Random(3);
        int width = 4;
        long[] rows = new long[5000 * width];
        for (int i = 0; i < rows.length; i++) {
            // few distinct values, negative ones among them, so that ties and the sign bit both matter
            rows[i] = random.nextInt(5) - 2 + (random.nextBoolean() ? Long.MIN_VALUE : 0);
        }
        List<long[]> expected = new ArrayList<>();
        for (int r = 0; r < rows.length; r += width) {
            expected.add(java.util.Arrays.copyOfRange(rows, r, r + width));
        }
        expected.sort(Comparator.<long[]>comparingLong(a -> a[0] ^ Long.MIN_VALUE).thenComparingLong(a -> a[1] ^ Long.MIN_VALUE)
                .thenComparingLong(a -> a[2] ^ Long.MIN_VALUE).thenComparingLong(a -> a[3] ^ Long.MIN_VALUE));
        RowSort.sort(rows, width);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(java.util.Arrays.toString(expected.get(i)),
                    java.util.Arrays.toString(java.util.Arrays.copyOfRange(rows, i * width, i * width + width)), "row " + i);
        }
    }

    private static List<Quad> randomQuads(Random random, int n) {
        List<Quad> out = new ArrayList<>();
        Set<Quad> seen = new HashSet<>();
        while (out.size() < n) {
            Node g = NodeFactory.createURI("https://example.org/graph/" + random.nextInt(20));
            Node s = NodeFactory.createURI("https://example.org/s/" + random.nextInt(200));
            Node p = NodeFactory.createURI("https://example.org/p/" + random.nextInt(10));
            Node o = switch (random.nextInt(4)) {
                case 0 -> NodeFactory.createURI("https://example.org/s/" + random.nextInt(200));
                case 1 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(1000) - 500), XSDDatatype.XSDinteger);
                case 2 -> NodeFactory.createLiteralDT("0." + (1 + random.nextInt(9)), XSDDatatype.XSDdecimal);
                default -> NodeFactory.createLiteralLang("名前 " + random.nextInt(300), "zh");
            };
            Quad q = Quad.create(g, s, p, o);
            if (seen.add(q)) {
                out.add(q);
            }
        }
        return out;
    }

    private static Set<Quad> matching(List<Quad> quads, Node g, Node s, Node p, Node o) {
        Set<Quad> out = new HashSet<>();
        for (Quad q : quads) {
            if (q.matches(g, s, p, o)) {
                out.add(q);
            }
        }
        return out;
    }

    private static Set<Quad> set(java.util.Iterator<Quad> it) {
        Set<Quad> out = new HashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
