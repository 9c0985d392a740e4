package org.summitgraph.figures;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one article graph adds to the figures: the entities its article mentions or reports on, and the statements
 * it holds, grouped by fact.
 *
 * @param article the article's node with its date
 * @param entities what the article mentions or is about
 * @param facts by fact figure node
 */
public record Contribution(Ranked article, Set<Node> entities, Map<Node, Fact> facts) {

    /**
     * The statements of one fact in this graph.
     *
     * @param articles how many distinct articles the statements name (normally one)
     */
    record Fact(Node subject, Node predicate, Node object, List<Ranked> statements, int articles) {
    }

    /** What the article graph {@code graph} of the store holds. */
    static Contribution read(DatasetGraph dsg, Node graph) {
        return read(dsg.getGraph(graph));
    }

    /**
     * What an article graph holds: one in the store, or one about to be added to it (read by a bulk ingest's
     * preparing threads, while the graph still has its indexes, so the writer need not).
     */
    public static Contribution read(Graph graph) {
        Node article = first(graph, Node.ANY, RDF.type.asNode(), SG.Article.asNode(), true);
        Ranked dated = article == null ? null : new Ranked(article, date(graph, article), null);
        Set<Node> entities = new LinkedHashSet<>();
        if (article != null) {
            for (Node p : new Node[]{SG.mentions.asNode(), SG.about.asNode()}) {
                graph.find(article, p, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI()) {
                        entities.add(t.getObject());
                    }
                });
            }
        }
        Map<Node, Fact> facts = new LinkedHashMap<>();
        Map<Node, Set<Node>> articlesOf = new LinkedHashMap<>();
        Iterator<Triple> statements = graph.find(Node.ANY, RDF.type.asNode(), SG.Statement.asNode());
        while (statements.hasNext()) {
            Node st = statements.next().getSubject();
            Node s = first(graph, st, RDF.subject.asNode(), Node.ANY, false);
            Node p = first(graph, st, RDF.predicate.asNode(), Node.ANY, false);
            Node o = first(graph, st, RDF.object.asNode(), Node.ANY, false);
            if (s == null || p == null || o == null || !st.isURI()) {
                continue;
            }
            Node in = first(graph, st, SG.inArticle.asNode(), Node.ANY, false);
            Ranked ranked = new Ranked(st, in == null ? null : date(graph, in), confidence(graph, st));
            Node figure = FigureNodes.fact(s, p, o);
            facts.computeIfAbsent(figure, k -> new Fact(s, p, o, new ArrayList<>(), 0)).statements().add(ranked);
            Set<Node> articles = articlesOf.computeIfAbsent(figure, k -> new LinkedHashSet<>());
            if (in != null) {
                articles.add(in);
            }
        }
        facts.replaceAll((figure, f) -> new Fact(f.subject(), f.predicate(), f.object(), List.copyOf(f.statements()),
                articlesOf.get(figure).size()));
        return new Contribution(dated, entities, facts);
    }

    /** The newest {@code sg:datePublished} of an article, in any graph when {@code graph} is {@code Node.ANY}. */
    static String date(DatasetGraph dsg, Node graph, Node article) {
        String newest = null;
        Iterator<Quad> dates = dsg.find(graph, article, SG.datePublished.asNode(), Node.ANY);
        while (dates.hasNext()) {
            Node d = dates.next().getObject();
            if (d.isLiteral() && (newest == null || d.getLiteralLexicalForm().compareTo(newest) > 0)) {
                newest = d.getLiteralLexicalForm();
            }
        }
        return newest;
    }

    private static String date(Graph graph, Node article) {
        String newest = null;
        Iterator<Triple> dates = graph.find(article, SG.datePublished.asNode(), Node.ANY);
        while (dates.hasNext()) {
            Node d = dates.next().getObject();
            if (d.isLiteral() && (newest == null || d.getLiteralLexicalForm().compareTo(newest) > 0)) {
                newest = d.getLiteralLexicalForm();
            }
        }
        return newest;
    }

    /** The statement's confidence, in any graph when {@code graph} is {@code Node.ANY}. */
    static Double confidence(DatasetGraph dsg, Node graph, Node statement) {
        Iterator<Quad> it = dsg.find(graph, statement, SG.confidence.asNode(), Node.ANY);
        return it.hasNext() ? number(it.next().getObject()) : null;
    }

    private static Double confidence(Graph graph, Node statement) {
        return number(first(graph, statement, SG.confidence.asNode(), Node.ANY, false));
    }

    private static Double number(Node c) {
        if (c == null || !c.isLiteral() || !(c.getLiteralValue() instanceof Number n)) {
            return null;
        }
        return n.doubleValue();
    }

    private static Node first(Graph graph, Node s, Node p, Node o, boolean subject) {
        Iterator<Triple> it = graph.find(s, p, o);
        if (!it.hasNext()) {
            return null;
        }
        Triple t = it.next();
        return subject ? t.getSubject() : t.getObject();
    }
}
