package org.summitgraph.lists;

import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.Queries;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.web.DisplayNames;
import org.summitgraph.web.DisplayNames.LanguageString;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

/** The names of the ontology's classes and relations in the reader's language, as the ontology gives them. */
@Component
class TermLabels {

    private final GraphStore store;
    /** The ontology changes only when the application starts, so it is read once it is there. */
    private volatile Map<String, List<LanguageString>> labels = Map.of();

    TermLabels(GraphStore store) {
        this.store = store;
    }

    /** The term's label for the reader, or its local name when the ontology has none. */
    String of(String termIri, Locale reader) {
        List<LanguageString> names = all().getOrDefault(termIri, List.of());
        return DisplayNames.pick(names, reader).map(LanguageString::text)
                .orElse(termIri.substring(Math.max(termIri.lastIndexOf('#'), termIri.lastIndexOf('/')) + 1));
    }

    private Map<String, List<LanguageString>> all() {
        if (labels.isEmpty()) {
            var query = Queries.get("lists/term-labels");
            query.setParam("ontology", GraphNames.ONTOLOGY);
            Map<String, List<LanguageString>> read = new HashMap<>();
            Txn.executeRead(store.dataset(), () -> SparqlRows.select(store.dataset(), query.asQuery(), row -> {
                var label = row.getLiteral("label");
                return read.computeIfAbsent(row.getResource("term").getURI(), t -> new ArrayList<>())
                        .add(new LanguageString(label.getLexicalForm(), label.getLanguage()));
            }));
            labels = Map.copyOf(read);
        }
        return labels;
    }
}
