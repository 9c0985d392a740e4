package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.summitgraph.web.PageLinks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builds a statement's page: the triple and the evidence behind it. */
@Component
class StatementPages {

    private final GraphReads reads;
    private final PageLinks links;

    StatementPages(GraphReads reads, PageLinks links) {
        this.reads = reads;
        this.links = links;
    }

    Optional<StatementView> page(String iri, Locale reader) {
        return reads.read(() -> {
            List<QuerySolution> rows = reads.select("statement", "statement", iri);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            QuerySolution row = rows.get(0);
            Set<String> named = new LinkedHashSet<>();
            TripleView.namesNeeded(row, named);
            Names names = new Names(reads.names(named), reader);
            Labels labels = new Labels(reads.ontologyLabels(), reader);
            return Optional.of(new StatementView(iri, TripleView.of(row, names, labels, links),
                    Proofs.evidence(row, links)));
        });
    }

    /** A statement's page: its triple and its evidence. */
    record StatementView(String iri, TripleView triple, Why.Evidence evidence) {
    }
}
