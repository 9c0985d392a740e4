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
     * The evidence of the wanted facts, in two batched reads: the figures' counts and newest statements of each fact
     * (fact-figures.rq), then the evidence of the {@link Why#SHOWN} newest of each (statement-evidence.rq). Call
     * inside {@link GraphReads#read}.
     */
    static Proofs read(Wanted wanted, GraphReads reads, PageLinks links) {
        Map<String, List<String>> shown = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> hrefs = new HashMap<>();
        Set<Node> statements = new LinkedHashSet<>();
        for (QuerySolution row : reads.selectEach("fact-figures", "figure", wanted.figures())) {
            Node figure = row.getResource("figure").asNode();
            String key = wanted.keyByFigure.get(figure);
            if (key == null) {
                continue;
            }
            counts.putIfAbsent(key, new int[]{row.getLiteral("statements").getInt(), row.getLiteral("articles").getInt()});
            hrefs.putIfAbsent(key, EvidencePages.href(FigureNodes.factId(figure)));
            List<String> newest = shown.computeIfAbsent(key, k -> new ArrayList<>());
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
        Map<String, Why> out = new HashMap<>();
        counts.forEach((key, n) -> out.put(key, new Why(shown.getOrDefault(key, List.of()).stream()
                .map(evidence::get).filter(Objects::nonNull).toList(), n[0], n[1], hrefs.get(key))));
        return new Proofs(out);
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
