package org.summitgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingWritesTest {

    private static final Node G1 = NodeFactory.createURI("https://summitgraph.org/graph/article/1");
    private static final Node G2 = NodeFactory.createURI("https://summitgraph.org/graph/article/2");
    private static final Node S = NodeFactory.createURI("https://summitgraph.org/id/person/a");
    private static final Node P = NodeFactory.createURI("https://summitgraph.org/ontology#worksFor");
    private static final Node O1 = NodeFactory.createURI("https://summitgraph.org/id/organization/x");
    private static final Node O2 = NodeFactory.createURI("https://summitgraph.org/id/organization/y");

    private static Quad q(Node g, Node o) {
        return Quad.create(g, S, P, o);
    }

    @Test
    void aQuadAddedIsReadBackAndSentAsInsertData() {
        PendingWrites writes = new PendingWrites();
        writes.add(q(G1, O1));
        assertEquals(List.of(q(G1, O1)), Iter.toList(writes.added(Node.ANY, S, Node.ANY, Node.ANY)));
        assertTrue(writes.hides(q(G1, O1)), "the server's copy is not read twice");
        UpdateRequest request = writes.toUpdate(null);
        assertEquals(1, request.getOperations().size());
        UpdateDataInsert insert = (UpdateDataInsert) request.getOperations().get(0);
        assertEquals(List.of(q(G1, O1)), insert.getQuads());
    }

    @Test
    void aDeletedQuadIsHiddenAndSentAsDeleteData() {
        PendingWrites writes = new PendingWrites();
        writes.delete(q(G1, O1));
        assertTrue(writes.hides(q(G1, O1)));
        assertFalse(writes.hides(q(G1, O2)));
        UpdateDataDelete delete = (UpdateDataDelete) writes.toUpdate(null).getOperations().get(0);
        assertEquals(List.of(q(G1, O1)), delete.getQuads());
    }

    @Test
    void addingAfterDeletingKeepsOnlyTheAddition() {
        PendingWrites writes = new PendingWrites();
        writes.delete(q(G1, O1));
        writes.add(q(G1, O1));
        List<Update> ops = writes.toUpdate(null).getOperations();
        assertEquals(1, ops.size());
        assertTrue(ops.get(0) instanceof UpdateDataInsert);
    }

    @Test
    void aDroppedGraphHidesWhatTheServerHeldAndKeepsWhatIsWrittenAfter() {
        PendingWrites writes = new PendingWrites();
        writes.add(q(G1, O1));
        writes.dropGraph(G1);
        writes.add(q(G1, O2));
        assertTrue(writes.dropped(G1));
        assertTrue(writes.hides(q(G1, O1)), "the old content is gone");
        assertEquals(List.of(q(G1, O2)), Iter.toList(writes.added(G1, Node.ANY, Node.ANY, Node.ANY)));
        assertEquals(Set.of(G1), writes.addedGraphs());
        List<Update> ops = writes.toUpdate(null).getOperations();
        assertEquals(2, ops.size());
        assertEquals(G1, ((UpdateDrop) ops.get(0)).getTarget().getGraph());
        assertEquals(List.of(q(G1, O2)), ((UpdateDataInsert) ops.get(1)).getQuads());
    }

    @Test
    void deletionsInADroppedGraphAreNotSentAgain() {
        PendingWrites writes = new PendingWrites();
        writes.delete(q(G1, O1));
        writes.dropGraph(G1);
        writes.delete(q(G1, O2));
        writes.delete(q(G2, O2));
        List<Update> ops = writes.toUpdate(null).getOperations();
        assertEquals(2, ops.size());
        assertEquals(List.of(q(G2, O2)), ((UpdateDataDelete) ops.get(1)).getQuads());
    }

    @Test
    void theGuardGoesOutFirstAndBackLast() {
        Quad guard = Quad.create(NodeFactory.createURI("https://summitgraph.org/graph/figures"),
                NodeFactory.createURI("https://summitgraph.org/figures/store"),
                NodeFactory.createURI("https://summitgraph.org/figures#version"), NodeFactory.createLiteralString("1"));
        PendingWrites writes = new PendingWrites();
        writes.dropGraph(G1);
        writes.add(q(G1, O2));
        List<Update> ops = writes.toUpdate(guard).getOperations();
        assertEquals(4, ops.size());
        assertEquals(List.of(guard), ((UpdateDataDelete) ops.get(0)).getQuads());
        assertTrue(ops.get(1) instanceof UpdateDrop);
        assertEquals(List.of(q(G1, O2)), ((UpdateDataInsert) ops.get(2)).getQuads());
        assertEquals(List.of(guard), ((UpdateDataInsert) ops.get(3)).getQuads());
    }

    @Test
    void aSingleTripleWithABlankNodeCannotBeDeleted() {
        PendingWrites writes = new PendingWrites();
        writes.delete(Quad.create(G1, S, P, NodeFactory.createBlankNode()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> writes.toUpdate(null));
        assertTrue(e.getMessage().contains("blank node"), e.getMessage());
    }

    @Test
    void nothingWrittenIsEmpty() {
        PendingWrites writes = new PendingWrites();
        assertTrue(writes.isEmpty());
        writes.dropGraph(G2);
        assertFalse(writes.isEmpty());
    }
}
