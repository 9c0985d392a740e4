package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.summitgraph.browse.EntityView.ArticleLink;
import org.summitgraph.browse.EntityView.Award;
import org.summitgraph.browse.EntityView.Group;
import org.summitgraph.browse.EntityView.SummitView;
import org.summitgraph.browse.EntityView.Value;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.PageLinks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a summit's page about the summit itself: when and where, by whom, who spoke and came, the awards
 * and their winners and finalists, the companies present. The relations it shows are taken off the page's general
 * lists so that nothing is shown twice.
 */
@Component
class SummitSection {

    static final List<String> OWN_OUTGOING = List.of(SG.heldIn.getURI(), SG.organizedBy.getURI(),
            SG.inSeries.getURI(), SG.startDate.getURI(), SG.endDate.getURI(), SG.edition.getURI());
    static final List<String> OWN_INCOMING = List.of(SG.speaksAt.getURI(), SG.attends.getURI(),
            SG.awardedAt.getURI());

    /** Companies shown; one more is read to know whether there are more. */
    static final int COMPANIES = 50;

    private final GraphReads reads;
    private final PageLinks links;

    SummitSection(GraphReads reads, PageLinks links) {
        this.reads = reads;
        this.links = links;
    }

    /** The rows only a summit needs: its awards with winners and finalists, the companies present. */
    record Rows(List<QuerySolution> awards, List<QuerySolution> companies) {

        /** The nodes these rows name, for the page's one names query. */
        Set<String> iris() {
            Set<String> out = new LinkedHashSet<>();
            for (QuerySolution row : awards) {
                out.add(row.getResource("award").getURI());
                if (row.contains("who") && row.get("who").isURIResource()) {
                    out.add(row.getResource("who").getURI());
                }
            }
            companies.forEach(row -> out.add(row.getResource("org").getURI()));
            return out;
        }
    }

    Rows rows(String iri) {
        return new Rows(reads.select("summit-awards", "entity", iri),
                reads.select("summit-companies", Map.of("entity", GraphReads.iri(iri)), 0, COMPANIES + 1));
    }

    /** @param incoming the page's groups of what points at the summit, each with its first values */
    SummitView view(Rows rows, Map<String, List<Value>> outgoing, List<Group> incoming,
                    List<ArticleLink> articles, Names names) {
        Map<String, List<Value>> winners = new LinkedHashMap<>();
        Map<String, List<Value>> finalists = new LinkedHashMap<>();
        Set<String> awards = new LinkedHashSet<>();
        for (QuerySolution row : rows.awards()) {
            String award = row.getResource("award").getURI();
            awards.add(award);
            if (row.contains("who") && row.get("who").isURIResource()) {
                String who = row.getResource("who").getURI();
                boolean won = SG.wonAward.getURI().equals(row.getResource("how").getURI());
                (won ? winners : finalists).computeIfAbsent(award, k -> new ArrayList<>())
                        .add(new Value(names.of(who), links.href(who), null));
            }
        }
        List<Value> awardedHere = group(incoming, SG.awardedAt.getURI()).values();
        List<Award> awardViews = new ArrayList<>();
        for (String award : awards) {
            Value value = awardedHere.stream().filter(v -> links.href(award).equals(v.href())).findFirst()
                    .orElse(new Value(names.of(award), links.href(award), null));
            awardViews.add(new Award(value, EntityPages.sorted(winners.getOrDefault(award, List.of())),
                    EntityPages.sorted(finalists.getOrDefault(award, List.of()))));
        }
        List<Value> companies = EntityPages.sorted(rows.companies().stream().limit(COMPANIES)
                .map(row -> row.getResource("org").getURI())
                .map(org -> new Value(names.of(org), links.href(org), null)).toList());
        return new SummitView(first(outgoing, SG.startDate.getURI()), first(outgoing, SG.endDate.getURI()),
                first(outgoing, SG.edition.getURI()),
                list(outgoing, SG.heldIn.getURI()), list(outgoing, SG.organizedBy.getURI()),
                list(outgoing, SG.inSeries.getURI()),
                group(incoming, SG.speaksAt.getURI()), group(incoming, SG.attends.getURI()), awardViews, companies,
                rows.companies().size() > COMPANIES,
                articles.stream().filter(ArticleLink::about).toList());
    }

    private static Value first(Map<String, List<Value>> values, String predicate) {
        List<Value> list = values.getOrDefault(predicate, List.of());
        return list.isEmpty() ? null : list.get(0);
    }

    private static Group group(List<Group> groups, String predicate) {
        return groups.stream().filter(g -> g.predicate().equals(predicate)).findFirst()
                .orElse(new Group(predicate, predicate, List.of(), 0, null));
    }

    private static List<Value> list(Map<String, List<Value>> values, String predicate) {
        return EntityPages.sorted(values.getOrDefault(predicate, List.of()));
    }
}
