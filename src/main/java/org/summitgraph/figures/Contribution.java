package org.summitgraph.figures;

import org.apache.jena.graph.Node;
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
record Contribution(Ranked article, Set<Node> entities, Map<Node, Fact> facts) {

    /**
     * The statements of one fact in this graph.
     *
     * @param articles how many distinct articles the statements name (normally one)
     */
    record Fact(Node subject, Node predicate, Node object, List<Ranked> statements, int articles) {
    }

    static Contribution read(DatasetGraph dsg, Node graph) {
        Node article = first(dsg, graph, Node.ANY, RDF.type.asNode(), SG.Article.asNode(), true);
        Ranked dated = article == null ? null : new Ranked(article, date(dsg, graph, article), null);
        Set<Node> entities = new LinkedHashSet<>();
        if (article != null) {
            for (Node p : new Node[]{SG.mentions.asNode(), SG.about.asNode()}) {
                dsg.find(graph, article, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) {
                        entities.add(q.getObject());
                    }
                });
            }
        }
        Map<Node, Fact> facts = new LinkedHashMap<>();
        Map<Node, Set<Node>> articlesOf = new LinkedHashMap<>();
        Iterator<Quad> statements = dsg.find(graph, Node.ANY, RDF.type.asNode(), SG.Statement.asNode());
        while (statements.hasNext()) {
            Node st = statements.next().getSubject();
            Node s = first(dsg, graph, st, RDF.subject.asNode(), Node.ANY, false);
            Node p = first(dsg, graph, st, RDF.predicate.asNode(), Node.ANY, false);
            Node o = first(dsg, graph, st, RDF.object.asNode(), Node.ANY, false);
            if (s == null || p == null || o == null || !st.isURI()) {
                continue;
            }
            Node in = first(dsg, graph, st, SG.inArticle.asNode(), Node.ANY, false);
            Ranked ranked = new Ranked(st, in == null ? null : date(dsg, graph, in), confidence(dsg, graph, st));
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

    static Double confidence(DatasetGraph dsg, Node graph, Node statement) {
        Node c = first(dsg, graph, statement, SG.confidence.asNode(), Node.ANY, false);
        if (c == null || !c.isLiteral() || !(c.getLiteralValue() instanceof Number n)) {
            return null;
        }
        return n.doubleValue();
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p, Node o, boolean subject) {
        Iterator<Quad> it = dsg.find(g, s, p, o);
        if (!it.hasNext()) {
            return null;
        }
        Quad q = it.next();
        return subject ? q.getSubject() : q.getObject();
    }
}
