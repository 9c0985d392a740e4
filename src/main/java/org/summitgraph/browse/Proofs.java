package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.summitgraph.web.PageLinks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The evidence of the triples on one page, by triple, from the rows of evidence.rq and evidence-counts.rq. */
final class Proofs {

    private final Map<String, Why> byTriple;

    private Proofs(Map<String, Why> byTriple) {
        this.byTriple = byTriple;
    }

    static Proofs of(List<QuerySolution> evidence, List<QuerySolution> counts, PageLinks links) {
        Map<String, List<Why.Evidence>> shown = new HashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        for (QuerySolution row : evidence) {
            String key = key(row);
            String statement = row.getResource("statement").getURI();
            if (!seen.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(statement)) {
                continue;
            }
            List<Why.Evidence> list = shown.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.size() < Why.SHOWN) {
                list.add(evidence(row, links));
            }
        }
        Map<String, Why> out = new HashMap<>();
        for (QuerySolution row : counts) {
            String key = key(row);
            out.put(key, new Why(shown.getOrDefault(key, List.of()), row.getLiteral("statements").getInt(),
                    row.getLiteral("articles").getInt()));
        }
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

    private static String key(QuerySolution row) {
        return Terms.key(row.get("s")) + " " + Terms.key(row.get("p")) + " " + Terms.key(row.get("o"));
    }
}
