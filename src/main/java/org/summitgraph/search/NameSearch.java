package org.summitgraph.search;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.summitgraph.store.Queries;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.DisplayNames.LanguageString;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds entities and articles by name through the name index, best match first: a whole name before a name's
 * beginning, before a word's beginning, before the rest; then what articles mention before what only the reference
 * knowledge holds; then by the index's relevance.
 */
@Component
class NameSearch {

    /** The classes results are shown as, most specific first; others (roles, ontology terms) are left out. */
    private static final List<String> TYPES = List.of("Person", "Company", "Organization", "Project", "Summit",
            "EventSeries", "Event", "Place", "Award", "Article");
    /** Index hits read per search: enough for several pages once an entity's several names are merged. */
    private static final int HITS = 300;

    private final Dataset dataset;
    /** A remote store has no text:query: the index is asked here, the server for the rest ({@link RemoteNames}). */
    private final boolean remote;

    NameSearch(Dataset dataset) {
        this.dataset = dataset;
        this.remote = StoreFactory.isRemote(dataset);
    }

    List<Found> find(String text) {
        String folded = NameFolding.fold(text);
        ParameterizedSparqlString query = Queries.get("search/names");
        query.setLiteral("query", LuceneQuery.of(text));
        query.setLiteral("limit", HITS);
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (remote) {
            RemoteNames.find(dataset, LuceneQuery.of(text), HITS, entries);
        } else {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
                    qe.execSelect().forEachRemaining(row -> collect(row, entries));
                }
            });
        }
        List<Found> out = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            String type = TYPES.stream().filter(entry.types::contains).findFirst().orElse(null);
            if (type == null) {
                continue;
            }
            List<LanguageString> matched = new ArrayList<>(entry.matched);
            // the closest match first; on a tie a label before an alias, so the alias shown is one that matters
            matched.sort(Comparator.<LanguageString>comparingInt(m -> closeness(m.text(), folded))
                    .thenComparing(m -> entry.names.contains(m) ? 0 : 1));
            int closeness = matched.isEmpty() ? 3 : closeness(matched.get(0).text(), folded);
            out.add(new Found(e.getKey(), "Company".equals(type) ? "Organization" : type, List.copyOf(entry.names),
                    List.copyOf(matched), closeness, entry.mentioned, entry.score));
        }
        out.sort(Comparator.comparingInt(Found::closeness).thenComparing(Found::mentioned, Comparator.reverseOrder())
                .thenComparing(Found::score, Comparator.reverseOrder())
                .thenComparing(f -> f.names().isEmpty() ? "" : f.names().get(0).text()));
        return out;
    }

    /** 0 the whole name is the query, 1 the name begins with it, 2 a word of the name does, 3 otherwise. */
    static int closeness(String name, String foldedQuery) {
        String n = NameFolding.fold(name);
        if (n.equals(foldedQuery)) {
            return 0;
        }
        if (n.startsWith(foldedQuery)) {
            return 1;
        }
        return PrefixAnalyzers.beginnings(n).contains(foldedQuery) ? 2 : 3;
    }

    static void collect(QuerySolution row, Map<String, Entry> entries) {
        RDFNode s = row.get("s");
        if (s == null || !s.isURIResource()) {
            return;
        }
        Entry entry = entries.computeIfAbsent(s.asResource().getURI(), k -> new Entry());
        entry.score = Math.max(entry.score, row.getLiteral("score").getFloat());
        entry.mentioned |= row.contains("mentioned") && row.getLiteral("mentioned").getBoolean();
        name(row.get("match")).ifPresent(entry.matched::add);
        name(row.get("name")).ifPresent(entry.names::add);
        RDFNode type = row.get("type");
        if (type != null && type.isURIResource() && type.asResource().getURI().startsWith(SG.NS)) {
            entry.types.add(type.asResource().getLocalName());
        }
    }

    private static java.util.Optional<LanguageString> name(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return java.util.Optional.empty();
        }
        Literal literal = node.asLiteral();
        return java.util.Optional.of(new LanguageString(literal.getLexicalForm(), literal.getLanguage()));
    }

    static final class Entry {
        final Set<String> types = new LinkedHashSet<>();
        final Set<LanguageString> names = new LinkedHashSet<>();
        final Set<LanguageString> matched = new LinkedHashSet<>();
        float score;
        boolean mentioned;
    }
}
