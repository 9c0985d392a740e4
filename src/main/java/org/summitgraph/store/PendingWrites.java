package org.summitgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The writes of one write transaction on a remote store, held until it commits: graphs dropped, quads deleted,
 * quads added. Reads inside the transaction see the remote store through them ({@link #hides}, {@link #added}), so
 * code written for TDB2 (read what was just added, count, replace) behaves the same. At commit they become one SPARQL
 * Update request ({@link #toUpdate}).
 */
final class PendingWrites {

    private final Set<Node> dropped = new LinkedHashSet<>();
    private final Set<Quad> deleted = new LinkedHashSet<>();
    private final DatasetGraph added = DatasetGraphFactory.createGeneral();

    boolean isEmpty() {
        return dropped.isEmpty() && deleted.isEmpty() && added.isEmpty();
    }

    void add(Quad quad) {
        deleted.remove(quad);
        added.add(quad);
    }

    void delete(Quad quad) {
        added.delete(quad);
        if (!dropped.contains(quad.getGraph())) {
            deleted.add(quad);
        }
    }

    void dropGraph(Node graph) {
        dropped.add(graph);
        added.removeGraph(graph);
        deleted.removeIf(q -> q.getGraph().equals(graph));
    }

    /** Whether a quad the remote store holds is gone for this transaction, or is answered from what it added. */
    boolean hides(Quad quad) {
        return dropped.contains(quad.getGraph()) || deleted.contains(quad) || added.contains(quad);
    }

    boolean dropped(Node graph) {
        return dropped.contains(graph);
    }

    /** The quads this transaction added that match; {@code graph} ANY means any named graph. */
    Iterator<Quad> added(Node graph, Node s, Node p, Node o) {
        return Node.ANY.equals(graph) ? added.findNG(Node.ANY, s, p, o) : added.find(graph, s, p, o);
    }

    boolean addedTo(Node graph) {
        return added.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    Set<Node> droppedGraphs() {
        return java.util.Collections.unmodifiableSet(dropped);
    }

    java.util.Collection<Quad> deletedQuads() {
        return java.util.Collections.unmodifiableSet(deleted);
    }

    java.util.Collection<Quad> addedQuads() {
        return Iter.toList(added.find());
    }

    Set<Node> addedGraphs() {
        Set<Node> out = new LinkedHashSet<>();
        added.listGraphNodes().forEachRemaining(out::add);
        return out;
    }

    /**
     * The transaction as one SPARQL Update request. Stores that run a request atomically (Fuseki, GraphDB, RDF4J,
     * Amazon Neptune) apply all of it or none. For one that applies its operations one by one, the order makes an
     * interrupted request safe to retry: graphs are dropped before they are written again (ingesting an article again
     * drops whatever part of it landed), and when {@code guard} is given (the figures' version mark, present in the
     * store) it is taken out first and put back last, so a request cut short leaves the store without it and the next
     * start recomputes the figures from the article graphs.
     */
    UpdateRequest toUpdate(Quad guard) {
        UpdateRequest request = new UpdateRequest();
        if (guard != null) {
            request.add(new UpdateDataDelete(new QuadDataAcc(List.of(guard))));
        }
        for (Node graph : dropped) {
            request.add(new UpdateDrop(graph, true));
        }
        List<Quad> out = new ArrayList<>(deleted);
        out.remove(guard);
        if (!out.isEmpty()) {
            for (Quad q : out) {
                if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                    // DELETE DATA cannot name a blank node; the application replaces such graphs whole
                    throw new IllegalStateException("A remote store cannot delete a single triple with a blank node: " + q);
                }
            }
            request.add(new UpdateDataDelete(new QuadDataAcc(out)));
        }
        List<Quad> in = Iter.toList(added.find());
        in.remove(guard);
        if (!in.isEmpty()) {
            request.add(new UpdateDataInsert(new QuadDataAcc(in)));
        }
        if (guard != null) {
            request.add(new UpdateDataInsert(new QuadDataAcc(List.of(guard))));
        }
        return request;
    }
}
