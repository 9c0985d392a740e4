package org.summitgraph.linkeddata;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads TDB2's indexes directly, as node ids, and turns ids into nodes only for what is written: a dump is one
 * long scan, where asking the node table for the same graph, subject and predicate again and again is most of the
 * work. The union of the named graphs is read from the subject-first quad index (SPOG), where a triple's copies in
 * several graphs come one after the other and are dropped by comparing ids with the previous one: no set of seen
 * triples, so memory stays constant. Call inside a read transaction.
 */
final class TdbScan {

    private TdbScan() {
    }

    /** Every quad of the named graphs, graph by graph, subject by subject; the default graph's triples first. */
    static Iterator<Quad> quads(DatasetGraphTDB tdb) {
        Iterator<Quad> defaultGraph = Iter.map(triples(tdb.getTripleTable().getNodeTupleTable().getNodeTable(),
                        tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).all()),
                t -> Quad.create(Quad.defaultGraphIRI, t));
        return Iter.concat(defaultGraph, new Quads(tdb.getQuadTable().getNodeTupleTable().getNodeTable(),
                index(tdb, "GSPO").all()));
    }

    /** The quads of one named graph, subject by subject. */
    static Iterator<Quad> quads(DatasetGraphTDB tdb, Node graph) {
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId g = nodes.getNodeIdForNode(graph);
        if (NodeId.isDoesNotExist(g)) {
            return Iter.nullIterator();
        }
        TupleIndex gspo = index(tdb, "GSPO");
        return new Quads(nodes, gspo.find(org.apache.jena.atlas.lib.tuple.TupleFactory.tuple(g, NodeId.NodeIdAny,
                NodeId.NodeIdAny, NodeId.NodeIdAny)));
    }

    /** The union of the named graphs, each triple once, subject by subject. */
    static Iterator<Triple> union(DatasetGraphTDB tdb) {
        return new UnionOfGraphs(tdb.getQuadTable().getNodeTupleTable().getNodeTable(), index(tdb, "SPOG").all());
    }

    /**
     * Whether two ids name the same term. {@code NodeId.equals} compares values only, not types: the inline integer
     * 1157 equals the node stored at offset 1157 of the node table, and would be written as that node.
     */
    static boolean same(NodeId a, NodeId b) {
        return a != null && b != null && a.type() == b.type() && a.equals(b);
    }

    private static TupleIndex index(DatasetGraphTDB tdb, String name) {
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (index.getName().equalsIgnoreCase(name)) {
                return index;
            }
        }
        throw new IllegalStateException("the TDB2 store has no " + name + " index");
    }

    private static Iterator<Triple> triples(NodeTable table, Iterator<Tuple<NodeId>> tuples) {
        Nodes nodes = new Nodes(table);
        Decoder s = new Decoder(nodes);
        Decoder p = new Decoder(nodes);
        Decoder o = new Decoder(nodes);
        return Iter.map(tuples, t -> Triple.create(s.node(t.get(0)), p.node(t.get(1)), o.node(t.get(2))));
    }

    /**
     * Turns ids into nodes for one scan, bypassing TDB2's shared node cache: a dump would fill that cache (up to
     * hundreds of thousands of nodes) with nodes it reads once, so the heap would grow with the store. Inline ids
     * (numbers, dates) carry their value; IRIs, blank nodes and short literals, which recur (classes, predicates,
     * entities, method names, titles), are kept in a least-recently-used map of bounded size; long literals (texts,
     * sentences) are not kept.
     */
    static final class Nodes {
        private static final int KEPT = 50_000;
        private static final int SHORT = 64;
        private final NodeTable raw;
        // keyed by stored ids only (inline ones never get here), so equality without the type is enough
        private final Map<NodeId, Node> recent = new LinkedHashMap<>(1 << 15, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<NodeId, Node> eldest) {
                return size() > KEPT;
            }
        };

        Nodes(NodeTable table) {
            this.raw = table.baseNodeTable();
        }

        Node node(NodeId id) {
            if (NodeId.isInline(id)) {
                return NodeId.extract(id);
            }
            Node n = recent.get(id);
            if (n == null) {
                n = raw.getNodeForNodeId(id);
                if (!n.isLiteral() || n.getLiteralLexicalForm().length() <= SHORT) {
                    recent.put(id, n);
                }
            }
            return n;
        }
    }

    /** Remembers the last id it turned into a node: in index order the same graph, subject and predicate recur. */
    private static final class Decoder {
        private final Nodes nodes;
        private NodeId lastId;
        private Node last;

        Decoder(Nodes nodes) {
            this.nodes = nodes;
        }

        Node node(NodeId id) {
            if (!same(id, lastId)) {
                last = nodes.node(id);
                lastId = id;
            }
            return last;
        }
    }

    /** Tuples of an index are given in the table's own order, graph first: G, S, P, O. */
    private static final class Quads implements Iterator<Quad> {
        private final Iterator<Tuple<NodeId>> tuples;
        private final Decoder g;
        private final Decoder s;
        private final Decoder p;
        private final Decoder o;

        Quads(NodeTable table, Iterator<Tuple<NodeId>> tuples) {
            Nodes nodes = new Nodes(table);
            this.tuples = tuples;
            this.g = new Decoder(nodes);
            this.s = new Decoder(nodes);
            this.p = new Decoder(nodes);
            this.o = new Decoder(nodes);
        }

        @Override
        public boolean hasNext() {
            return tuples.hasNext();
        }

        @Override
        public Quad next() {
            Tuple<NodeId> t = tuples.next();
            return Quad.create(g.node(t.get(0)), s.node(t.get(1)), p.node(t.get(2)), o.node(t.get(3)));
        }
    }

    private static final class UnionOfGraphs implements Iterator<Triple> {
        private final Iterator<Tuple<NodeId>> tuples;
        private final Decoder s;
        private final Decoder p;
        private final Decoder o;
        private Tuple<NodeId> previous;
        private Tuple<NodeId> next;

        UnionOfGraphs(NodeTable table, Iterator<Tuple<NodeId>> tuples) {
            Nodes nodes = new Nodes(table);
            this.tuples = tuples;
            this.s = new Decoder(nodes);
            this.p = new Decoder(nodes);
            this.o = new Decoder(nodes);
        }

        @Override
        public boolean hasNext() {
            while (next == null && tuples.hasNext()) {
                Tuple<NodeId> t = tuples.next();
                if (previous == null || !sameTriple(previous, t)) {
                    next = t;
                }
                previous = t;
            }
            return next != null;
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Tuple<NodeId> t = next;
            next = null;
            return Triple.create(s.node(t.get(1)), p.node(t.get(2)), o.node(t.get(3)));
        }

        private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
            return same(a.get(1), b.get(1)) && same(a.get(2), b.get(2)) && same(a.get(3), b.get(3));
        }
    }
}
