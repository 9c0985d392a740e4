package org.summitgraph.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.summitgraph.figures.FigureNodes;
import org.summitgraph.web.PageLinks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The evidence of the triples on one page, by triple: the counts and the newest statements the figures keep for
 * each fact, so that a page never counts or sorts all the statements of a popular entity.
 */
final class Proofs {

    private final Map<String, Why> byTriple;

    private Proofs(Map<String, Why> byTriple) {
        this.byTriple = byTriple;
    }

    /** The facts a page shows, to look up in one batch. */
    static final class Wanted {
        private final Map<Node, String> keyByFigure = new LinkedHashMap<>();

        void add(RDFNode subject, RDFNode predicate, RDFNode object) {
            keyByFigure.put(FigureNodes.fact(subject.asNode(), predicate.asNode(), object.asNode()),
                    Terms.key(subject) + " " + Terms.key(predicate) + " " + Terms.key(object));
        }

        Set<Node> figures() {
            return keyByFigure.keySet();
        }
    }

    /**
     * The evidence of the wanted facts: those kept from earlier pages, and the others read in two batches (see
     * {@link #readWhys}). Call inside {@link GraphReads#read}.
     */
    static Proofs read(Wanted wanted, GraphReads reads, PageLinks links) {
        Map<Node, Why> byFigure = reads.kept(reads.whys, wanted.figures(), figures -> readWhys(figures, reads, links));
        Map<String, Why> out = new HashMap<>();
        wanted.keyByFigure.forEach((figure, key) -> out.put(key, byFigure.getOrDefault(figure, Why.REFERENCE)));
        return new Proofs(out);
    }

    /**
     * The why? of each fact: the figures' counts and newest statements of each (fact-figures.rq), then the evidence of
     * the {@link Why#SHOWN} newest of each (statement-evidence.rq); {@link Why#REFERENCE} for a fact no statement backs.
     */
    private static Map<Node, Why> readWhys(List<Node> figures, GraphReads reads, PageLinks links) {
        Map<Node, List<String>> shown = new HashMap<>();
        Map<Node, int[]> counts = new HashMap<>();
        Set<Node> statements = new LinkedHashSet<>();
        for (QuerySolution row : reads.selectEach("fact-figures", "figure", figures)) {
            Node figure = row.getResource("figure").asNode();
            counts.putIfAbsent(figure, new int[]{row.getLiteral("statements").getInt(), row.getLiteral("articles").getInt()});
            List<String> newest = shown.computeIfAbsent(figure, k -> new ArrayList<>());
            String statement = row.getResource("statement").getURI();
            if (newest.size() < Why.SHOWN && !newest.contains(statement)) {
                newest.add(statement);
                statements.add(row.getResource("statement").asNode());
            }
        }
        Map<String, Why.Evidence> evidence = new HashMap<>();
        for (QuerySolution row : reads.selectEach("statement-evidence", "statement", statements)) {
            evidence.putIfAbsent(row.getResource("statement").getURI(), evidence(row, links));
        }
        Map<Node, Why> out = new HashMap<>();
        for (Node figure : figures) {
            int[] n = counts.get(figure);
            out.put(figure, n == null ? Why.REFERENCE : new Why(shown.get(figure).stream().map(evidence::get)
                    .filter(Objects::nonNull).toList(), n[0], n[1], EvidencePages.href(FigureNodes.factId(figure))));
        }
        return out;
    }

    /** One row of a query that names ?statement, ?sentence, ?text, ?article, ?title, ?date, ?method, ?confidence. */
    static Why.Evidence evidence(QuerySolution row, PageLinks links) {
        String sentence = Terms.uri(row.get("sentence"));
        String article = Terms.uri(row.get("article"));
        return new Why.Evidence(
                row.contains("statement") ? links.href(row.getResource("statement").getURI()) : null,
                Terms.text(row.get("text")),
                sentence == null ? null : ArticleParts.pageOf(sentence).orElse(links.href(sentence)),
                Terms.text(row.get("title")),
                article == null ? null : links.href(article),
                Terms.date(row.get("date")),
                Terms.text(row.get("method")),
                Terms.confidence(row.get("confidence")));
    }

    /** What backs the triple; {@link Why#REFERENCE} when no statement does. */
    Why of(String subject, String predicate, String objectKey) {
        return byTriple.getOrDefault(subject + " " + predicate + " " + objectKey, Why.REFERENCE);
    }
}
