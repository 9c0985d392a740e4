package org.summitgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemoteFindsTest {

    private static final Node G = NodeFactory.createURI("https://summitgraph.org/graph/figures");
    private static final Node P = NodeFactory.createURI("https://summitgraph.org/figures#articles");

    /** What the server receives: written out and parsed again, as it would be. */
    private static Query sent(Query query) {
        return QueryFactory.create(query.toString());
    }

    @Test
    void aPatternBecomesASelectOfItsOpenPositions() {
        Query q = sent(RemoteFinds.quads(G, Node.ANY, P, Node.ANY));
        assertEquals(List.of(Var.alloc("s"), Var.alloc("o")), q.getProjectVars());
        assertTrue(q.toString().contains("GRAPH <https://summitgraph.org/graph/figures>"), q.toString());
    }

    @Test
    void anyGraphIsAVariable() {
        Query q = sent(RemoteFinds.quads(Node.ANY, Node.ANY, P, Node.ANY));
        assertEquals(List.of(Var.alloc("g"), Var.alloc("s"), Var.alloc("o")), q.getProjectVars());
    }

    @Test
    void aLiteralValueIsWrittenAsATermNotPastedText() {
        Node tricky = NodeFactory.createLiteralString("a \" } DROP ALL ; SELECT { \"");
        Query q = sent(RemoteFinds.quads(Node.ANY, Node.ANY, P, tricky));
        assertTrue(q.toString().contains("\\\""), q.toString());
        assertEquals(List.of(Var.alloc("g"), Var.alloc("s")), q.getProjectVars());
    }

    @Test
    void aFullyBoundPatternAsksForAnEmptyRow() {
        Query q = sent(RemoteFinds.quads(G, NodeFactory.createURI("https://summitgraph.org/figures/store"), P,
                NodeFactory.createLiteralString("1")));
        assertTrue(q.isQueryResultStar());
    }

    @Test
    void theUnionIsDistinctAndHasNoGraphColumn() {
        Query q = sent(RemoteFinds.union(Node.ANY, Node.ANY, Node.ANY));
        assertTrue(q.isDistinct());
        assertEquals(List.of(Var.alloc("s"), Var.alloc("p"), Var.alloc("o")), q.getProjectVars());
    }

    @Test
    void graphNamesAndGraphPresenceAreStandardSparql() {
        assertEquals(List.of(Var.alloc("g")), sent(RemoteFinds.graphNames()).getProjectVars());
        assertTrue(sent(RemoteFinds.hasGraph(G)).isAskType());
    }

    @Test
    void aBlankNodeCannotBeLookedUp() {
        assertThrows(UnsupportedOperationException.class,
                () -> RemoteFinds.quads(G, NodeFactory.createBlankNode(), Node.ANY, Node.ANY));
    }

    @Test
    void severalSubjectsAreReadInOneQueryWithTheirValuesBound() {
        Node a = NodeFactory.createURI("https://summitgraph.org/figures/entity/a");
        Node b = NodeFactory.createURI("https://summitgraph.org/figures/entity/b");
        Query q = sent(RemoteFinds.subjects(G, List.of(a, b)));
        assertEquals(List.of(Var.alloc("s"), Var.alloc("p"), Var.alloc("o")), q.getProjectVars());
        assertTrue(q.toString().contains("VALUES ?s"), q.toString());
        assertTrue(q.toString().contains("<https://summitgraph.org/figures/entity/b>"), q.toString());
    }
}
