package org.summitgraph.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.summitgraph.figures.FigureNodes;
import org.summitgraph.web.PageLinks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the page of every statement behind one fact, a page at a time: where a "why?" sends for the rest. */
@Component
class EvidencePages {

    static final int PER_PAGE = 20;
    private static final String PATH = "/evidence/";

    private final GraphReads reads;
    private final PageLinks links;

    EvidencePages(GraphReads reads, PageLinks links) {
        this.reads = reads;
        this.links = links;
    }

    /** The address of a fact's evidence page. */
    static String href(String factId) {
        return PATH + factId;
    }

    /** Page {@code page} (from 1) of the evidence of the fact whose figure is {@code factId}; empty when unknown. */
    Optional<EvidenceView> page(String factId, Locale reader, int page) {
        return reads.read(() -> {
            List<QuerySolution> facts = reads.select("fact", Map.of("figure", FigureNodes.fact(factId)), 0, 1);
            if (facts.isEmpty()) {
                return Optional.empty();
            }
            QuerySolution fact = facts.get(0);
            int statements = fact.getLiteral("statements").getInt();
            int pages = Math.max(1, (statements + PER_PAGE - 1) / PER_PAGE);
            if (page > pages) {
                return Optional.empty();
            }
            Set<String> named = new LinkedHashSet<>();
            TripleView.namesNeeded(fact, named);
            Names names = new Names(reads.names(named), reader);
            Labels labels = new Labels(reads.ontologyLabels(), reader);
            Map<String, Node> triple = Map.of("s", fact.get("s").asNode(), "p", fact.get("p").asNode(),
                    "o", fact.get("o").asNode());
            List<Why.Evidence> evidence = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (QuerySolution row : reads.select("fact-evidence", triple, (long) (page - 1) * PER_PAGE, PER_PAGE)) {
                if (seen.add(row.getResource("statement").getURI())) {
                    evidence.add(Proofs.evidence(row, links));
                }
            }
            return Optional.of(new EvidenceView(TripleView.of(fact, names, labels, links), evidence, statements,
                    fact.getLiteral("articles").getInt(), page, pages,
                    page > 1 ? at(factId, page - 1) : null, page < pages ? at(factId, page + 1) : null));
        });
    }

    private static String at(String factId, int page) {
        return href(factId) + (page == 1 ? "" : "?page=" + page);
    }

    /**
     * A page of the statements behind one fact.
     *
     * @param previous null on the first page
     * @param next null on the last page
     */
    record EvidenceView(TripleView triple, List<Why.Evidence> evidence, int statements, int articles, int page,
                        int pages, String previous, String next) {
    }
}
