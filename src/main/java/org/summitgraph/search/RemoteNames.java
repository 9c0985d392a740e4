package org.summitgraph.search;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;
import org.summitgraph.store.Queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name search on a store kept in a remote server, which knows nothing of the name index: the index (in this process,
 * filled from the server's names at start) gives the hits, then one query to the server gives their types and names.
 * The rows are those {@code search/names.rq} gives on TDB2, so {@link NameSearch} ranks them the same way.
 */
final class RemoteNames {

    private static final Var S = Var.alloc("s");

    private RemoteNames() {
    }

    static void find(Dataset dataset, String luceneQuery, int limit, Map<String, NameSearch.Entry> entries) {
        TextIndex index = (TextIndex) dataset.getContext().get(TextQuery.textIndex);
        List<TextHit> hits = index.query((Node) null, luceneQuery, null, null, limit);
        if (hits.isEmpty()) {
            return;
        }
        Set<Node> subjects = new LinkedHashSet<>();
        hits.forEach(h -> subjects.add(h.getNode()));
        Query details = detailsOf(subjects);
        Map<Node, List<QuerySolution>> rows = new HashMap<>();
        var model = ModelFactory.createDefaultModel();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(details).build()) {
                qe.execSelect().forEachRemaining(row -> rows.computeIfAbsent(row.get("s").asNode(), k -> new ArrayList<>()).add(row));
            }
        });
        for (TextHit hit : hits) {
            for (QuerySolution detail : rows.getOrDefault(hit.getNode(), List.of())) {
                QuerySolutionMap row = new QuerySolutionMap();
                row.addAll(detail);
                row.add("score", ResourceFactory.createTypedLiteral(hit.getScore()));
                if (hit.getLiteral() != null) {
                    row.add("match", model.asRDFNode(hit.getLiteral()));
                }
                NameSearch.collect(row, entries);
            }
        }
    }

    /** {@code search/names-remote.rq} with the hits' entities as a VALUES block at the head of its pattern. */
    static Query detailsOf(Set<Node> subjects) {
        Query query = Queries.get("search/names-remote").asQuery();
        List<Binding> values = subjects.stream().map(s -> BindingFactory.binding(S, s)).toList();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(S), values));
        ((ElementGroup) query.getQueryPattern()).getElements().forEach(group::addElement);
        query.setQueryPattern(group);
        return query;
    }
}
