package org.summitgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;

import java.util.List;

/**
 * The SPARQL a remote store answers a quad pattern with. Built as syntax trees with the pattern's nodes in place,
 * never as text with values pasted in. Blank nodes cannot be looked up: a query's blank node is a variable.
 */
final class RemoteFinds {

    static final Var G = Var.alloc("g");
    static final Var S = Var.alloc("s");
    static final Var P = Var.alloc("p");
    static final Var O = Var.alloc("o");

    private RemoteFinds() {
    }

    /** {@code SELECT ?g ?s ?p ?o WHERE { GRAPH g { s p o } }}, the variables of what is not fixed. */
    static Query quads(Node graph, Node s, Node p, Node o) {
        Query query = select(wild(graph), s, p, o);
        query.setQueryPattern(pattern(graph, s, p, o));
        return query;
    }

    /** {@code SELECT ?s ?p ?o WHERE { VALUES ?s { subjects } GRAPH g { ?s ?p ?o } }}: several subjects' triples at once. */
    static Query subjects(Node graph, java.util.Collection<Node> subjects) {
        Query query = select(false, Node.ANY, Node.ANY, Node.ANY);
        ElementGroup group = new ElementGroup();
        group.addElement(new org.apache.jena.sparql.syntax.ElementData(List.of(S),
                subjects.stream().map(s -> org.apache.jena.sparql.engine.binding.BindingFactory.binding(S, s)).toList()));
        group.getElements().addAll(pattern(graph, Node.ANY, Node.ANY, Node.ANY).getElements());
        query.setQueryPattern(group);
        return query;
    }

    /** {@code SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { s p o } }}: the union of the named graphs. */
    static Query union(Node s, Node p, Node o) {
        Query query = select(false, s, p, o);
        query.setDistinct(true);
        query.setQueryPattern(pattern(Node.ANY, s, p, o));
        return query;
    }

    /** {@code ASK WHERE { GRAPH g { ?s ?p ?o } }}. */
    static Query hasGraph(Node graph) {
        Query query = new Query();
        query.setQueryAskType();
        query.setQueryPattern(pattern(graph, Node.ANY, Node.ANY, Node.ANY));
        return query;
    }

    /** {@code SELECT DISTINCT ?g WHERE { GRAPH ?g { } }}: the named graphs. */
    static Query graphNames() {
        Query query = new Query();
        query.setQuerySelectType();
        query.setDistinct(true);
        query.addResultVar(G);
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementNamedGraph(G, new ElementGroup()));
        query.setQueryPattern(group);
        return query;
    }

    private static Query select(boolean withGraph, Node s, Node p, Node o) {
        Query query = new Query();
        query.setQuerySelectType();
        for (Node n : new Node[]{s, p, o}) {
            if (n != null && n.isBlank()) {
                throw new UnsupportedOperationException("A remote store cannot be asked for a blank node: " + n);
            }
        }
        if (withGraph) {
            query.addResultVar(G);
        }
        if (wild(s)) {
            query.addResultVar(S);
        }
        if (wild(p)) {
            query.addResultVar(P);
        }
        if (wild(o)) {
            query.addResultVar(O);
        }
        if (query.getProject().isEmpty()) {
            query.setQueryResultStar(true);
        }
        return query;
    }

    private static ElementGroup pattern(Node graph, Node s, Node p, Node o) {
        ElementPathBlock triples = new ElementPathBlock();
        triples.addTriple(Triple.create(wild(s) ? S : s, wild(p) ? P : p, wild(o) ? O : o));
        ElementGroup inner = new ElementGroup();
        inner.addElement(triples);
        ElementGroup outer = new ElementGroup();
        outer.addElement(new ElementNamedGraph(wild(graph) ? G : graph, inner));
        return outer;
    }

    static boolean wild(Node n) {
        return n == null || Node.ANY.equals(n) || n.isVariable();
    }
}
