package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;
import org.summitgraph.browse.EntityView.ArticleLink;
import org.summitgraph.browse.EntityView.Group;
import org.summitgraph.browse.EntityView.Name;
import org.summitgraph.browse.EntityView.RoleLine;
import org.summitgraph.browse.EntityView.Value;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.DisplayNames;
import org.summitgraph.web.DisplayNames.LanguageString;
import org.summitgraph.web.PageLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds an entity's page from a handful of bounded queries in one transaction: its own triples, the triples
 * pointing at it, the roles held in it, the evidence of all of them and one page of the articles that mention it
 * (both from the precomputed figures, so nothing is counted or sorted over all articles), and then the names of
 * everything shown in one batch.
 */
@Component
class EntityPages {

    /** Relations in the order a reader expects them; others follow by name. */
    private static final List<String> ORDER = List.of(SG.worksFor, SG.formerlyWorkedFor, SG.leads, SG.partOf,
            SG.contributesTo, SG.uses, SG.speaksAt, SG.attends, SG.wonAward, SG.finalistFor, SG.awardedAt,
            SG.customerOf, SG.partnerOf, SG.foundedBy, SG.locatedIn, SG.heldIn, SG.organizedBy, SG.inSeries,
            SG.startDate, SG.endDate, SG.edition, SG.publisher).stream().map(p -> p.getURI()).toList();
    private static final Set<String> OWN = Set.of(RDF.type.getURI(), RDFS.label.getURI(), SKOS.altLabel.getURI(),
            RDFS.comment.getURI(), OWL.sameAs.getURI());

    /**
     * Values shown per relation (and roles held in the entity); a page says how many more there are and links to the
     * relation's own pages, so that what a page costs to build does not grow with how popular its entity is.
     */
    static final int SHOWN_PER_RELATION = 10;

    private final GraphReads reads;
    private final PageLinks links;
    private final SummitSection summits;
    private final EntityArticles articlePages;
    private final RelationValues values;

    EntityPages(GraphReads reads, PageLinks links, SummitSection summits, EntityArticles articlePages,
                RelationValues values) {
        this.reads = reads;
        this.links = links;
        this.summits = summits;
        this.articlePages = articlePages;
        this.values = values;
    }

    /** The evidence of every fact the page shows, from the figures: the page's own triples, those pointing at it, the roles held in it. */
    private Proofs proofs(String iri, List<QuerySolution> out, List<QuerySolution> in, List<QuerySolution> holders) {
        Resource entity = ResourceFactory.createResource(iri);
        Proofs.Wanted wanted = new Proofs.Wanted();
        out.forEach(row -> {
            if (!OWN.contains(row.getResource("p").getURI())) {
                wanted.add(entity, row.get("p"), row.get("o"));
            }
        });
        in.forEach(row -> wanted.add(row.get("s"), row.get("p"), entity));
        holders.forEach(row -> wanted.add(row.get("person"), SG.hasRole, row.get("role")));
        return Proofs.read(wanted, reads, links);
    }

    /** The page of {@code iri} with its first page of articles, or empty when the graph does not know it. */
    Optional<EntityView> page(String iri, Locale reader) {
        return page(iri, reader, 1);
    }

    /** The page of {@code iri} with page {@code articlePage} (from 1) of its articles. */
    Optional<EntityView> page(String iri, Locale reader, int articlePage) {
        return reads.read(() -> reads.ask("exists", "node", iri) ? Optional.of(build(iri, reader, articlePage))
                : Optional.empty());
    }

    private EntityView build(String iri, Locale reader, int articlePage) {
        List<QuerySolution> out = reads.select("outgoing", "entity", iri);

        Set<String> types = new LinkedHashSet<>();
        for (QuerySolution row : out) {
            if (RDF.type.getURI().equals(row.getResource("p").getURI()) && row.get("o").isURIResource()) {
                types.add(row.getResource("o").getURI());
            }
        }
        boolean summit = types.contains(SG.Summit.getURI()) || types.contains(SG.Event.getURI());
        Map<String, Integer> outgoingTotals = new HashMap<>();
        out = firstOfEach(out, outgoingTotals);
        Map<String, Integer> incomingTotals = values.incomingCounts(iri);
        List<QuerySolution> in = new ArrayList<>();
        incomingTotals.keySet().forEach(p -> in.addAll(values.incoming(iri, p, 0, SHOWN_PER_RELATION)));
        List<QuerySolution> holders = values.holders(iri, 0, SHOWN_PER_RELATION);
        int holdersMore = holders.size() < SHOWN_PER_RELATION ? 0 : values.holderCount(iri) - holders.size();
        Proofs proofs = proofs(iri, out, in, holders);
        EntityArticles.Page articlePart = articlePages.page(iri, articlePage);
        List<QuerySolution> articleRows = articlePart.rows();
        Map<String, List<LanguageString>> ontology = reads.ontologyLabels();

        SummitSection.Rows summitRows = summit ? summits.rows(iri) : null;

        Set<String> named = new LinkedHashSet<>();
        named.add(iri);
        out.forEach(row -> {
            addUri(named, row.get("o"));
            addUri(named, row.get("roleIn"));
        });
        in.forEach(row -> addUri(named, row.get("s")));
        holders.forEach(row -> addUri(named, row.get("person")));
        if (summitRows != null) {
            named.addAll(summitRows.iris());
        }
        Names names = new Names(reads.names(named), reader);
        Labels labels = new Labels(ontology, reader);

        Map<String, List<Value>> outgoing = new LinkedHashMap<>();
        Map<String, RoleLine> roles = new LinkedHashMap<>();
        List<LanguageString> labelsOf = new ArrayList<>();
        List<LanguageString> alternatives = new ArrayList<>();
        List<LanguageString> comments = new ArrayList<>();
        Set<String> sameAs = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (QuerySolution row : out) {
            String p = row.getResource("p").getURI();
            RDFNode o = row.get("o");
            if (p.equals(RDFS.label.getURI())) {
                addOnce(labelsOf, GraphReads.languageString(o));
            } else if (p.equals(SKOS.altLabel.getURI())) {
                addOnce(alternatives, GraphReads.languageString(o));
            } else if (p.equals(RDFS.comment.getURI())) {
                comments.add(GraphReads.languageString(o));
            } else if (p.equals(OWL.sameAs.getURI()) && o.isURIResource()) {
                sameAs.add(o.asResource().getURI());
            } else if (p.equals(SG.hasRole.getURI()) && row.contains("roleTitle")) {
                String title = Terms.text(row.get("roleTitle"));
                String where = Terms.uri(row.get("roleIn"));
                if (seen.add(p + " " + Terms.key(o) + " " + title)) {
                    RoleLine line = new RoleLine(title, where == null ? null : names.of(where),
                            where == null ? null : links.href(where), proofs.of(iri, p, Terms.key(o)));
                    roles.merge(title + " " + where, line, EntityPages::both);
                }
            } else if (!OWN.contains(p) && seen.add(p + " " + Terms.key(o))) {
                outgoing.computeIfAbsent(p, k -> new ArrayList<>()).add(value(o, names, proofs.of(iri, p, Terms.key(o)), links));
            }
        }

        Map<String, List<Value>> incoming = new LinkedHashMap<>();
        for (QuerySolution row : in) {
            String s = row.getResource("s").getURI();
            String p = row.getResource("p").getURI();
            incoming.computeIfAbsent(p, k -> new ArrayList<>()).add(new Value(names.of(s), links.href(s),
                    proofs.of(s, p, iri)));
        }

        Map<String, RoleLine> heldBy = new LinkedHashMap<>();
        for (QuerySolution row : holders) {
            String person = row.getResource("person").getURI();
            String title = Terms.text(row.get("title"));
            Why why = proofs.of(person, SG.hasRole.getURI(), row.getResource("role").getURI());
            heldBy.merge(person + " " + title, new RoleLine(title, names.of(person), links.href(person), why),
                    EntityPages::both);
        }

        List<ArticleLink> articles = articleRows.stream().map(row -> new ArticleLink(
                Terms.text(row.get("title")) == null ? Names.localName(row.getResource("article").getURI())
                        : Terms.text(row.get("title")),
                links.href(row.getResource("article").getURI()), Terms.date(row.get("date")),
                Integer.valueOf(1).equals(Terms.integer(row.get("about"))))).toList();

        List<Group> outgoingGroups = groups(outgoing, labels, outgoingTotals, p -> RelationPages.href(iri, p, "out", 1));
        List<Group> incomingGroups = groups(incoming, labels, incomingTotals, p -> RelationPages.href(iri, p, "in", 1));
        EntityView.SummitView summitView = summitRows == null ? null
                : summits.view(summitRows, outgoing, incomingGroups, articles, names);
        if (summitView != null) {
            outgoingGroups = outgoingGroups.stream().filter(g -> !SummitSection.OWN_OUTGOING.contains(g.predicate())).toList();
            incomingGroups = incomingGroups.stream().filter(g -> !SummitSection.OWN_INCOMING.contains(g.predicate())).toList();
        }

        List<LanguageString> allNames = new ArrayList<>(labelsOf);
        allNames.addAll(alternatives);
        String name = DisplayNames.pick(allNames, reader).map(LanguageString::text).orElse(Names.localName(iri));
        List<Name> nameList = new ArrayList<>();
        labelsOf.forEach(n -> nameList.add(new Name(n.text(), n.language(), false)));
        alternatives.forEach(n -> nameList.add(new Name(n.text(), n.language(), true)));

        return new EntityView(iri, name, nameList,
                types.stream().map(labels::of).toList(),
                DisplayNames.pick(comments, reader).map(LanguageString::text).orElse(null),
                List.copyOf(sameAs),
                sortedRoles(roles.values()), outgoingGroups, sortedRoles(heldBy.values()),
                holdersMore, RelationPages.href(iri, SG.roleIn.getURI(), "roles", 1),
                incomingGroups, articles, articlePart.paging(),
                "/graph?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8), summitView);
    }

    /** A value: a link to its page when it is an IRI, otherwise its text. */
    static Value value(RDFNode o, Names names, Why why, PageLinks links) {
        if (o.isURIResource()) {
            String uri = o.asResource().getURI();
            return new Value(names.of(uri), links.href(uri), why);
        }
        return new Value(Terms.text(o), null, why);
    }

    /**
     * The rows of outgoing.rq (ordered by ?p) with at most {@link #SHOWN_PER_RELATION} per relation (names, types,
     * sameAs and the roles the entity holds all kept: the roles section has no pages of its own), counting all of each
     * in {@code totals}: the names and evidence of hundreds of projects used would make a page nobody reads.
     */
    private static List<QuerySolution> firstOfEach(List<QuerySolution> rows, Map<String, Integer> totals) {
        List<QuerySolution> shown = new ArrayList<>();
        for (QuerySolution row : rows) {
            String p = row.getResource("p").getURI();
            if (OWN.contains(p) || p.equals(SG.hasRole.getURI())
                    || totals.merge(p, 1, Integer::sum) <= SHOWN_PER_RELATION) {
                shown.add(row);
            }
        }
        return shown;
    }

    /**
     * @param totals how many values each relation has in all, when more than are given
     * @param pages the first of a relation's own pages, where the values not shown are
     */
    static List<Group> groups(Map<String, List<Value>> byPredicate, Labels labels, Map<String, Integer> totals,
                              Function<String, String> pages) {
        return byPredicate.entrySet().stream()
                .map(e -> new Group(e.getKey(), labels.of(e.getKey()), sorted(e.getValue()),
                        Math.max(0, totals.getOrDefault(e.getKey(), 0) - e.getValue().size()),
                        pages.apply(e.getKey())))
                .sorted(Comparator.comparingInt((Group g) -> rank(g.predicate())).thenComparing(Group::relation))
                .toList();
    }

    static List<Value> sorted(List<Value> values) {
        return values.stream().sorted(Comparator.comparing(Value::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static RoleLine both(RoleLine a, RoleLine b) {
        return new RoleLine(a.title(), a.name(), a.href(), a.why().and(b.why()));
    }

    private static List<RoleLine> sortedRoles(Collection<RoleLine> roles) {
        return roles.stream()
                .sorted(Comparator.comparing((RoleLine r) -> r.name() == null ? "" : r.name(),
                        String.CASE_INSENSITIVE_ORDER).thenComparing(r -> r.title() == null ? "" : r.title()))
                .toList();
    }

    private static int rank(String predicate) {
        int i = ORDER.indexOf(predicate);
        return i < 0 ? ORDER.size() : i;
    }

    private static void addUri(Set<String> iris, RDFNode node) {
        if (node != null && node.isURIResource()) {
            iris.add(node.asResource().getURI());
        }
    }

    private static void addOnce(List<LanguageString> list, LanguageString name) {
        if (!list.contains(name)) {
            list.add(name);
        }
    }
}
