package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;
import org.summitgraph.browse.EntityView.RoleLine;
import org.summitgraph.browse.EntityView.Value;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.PageLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every value of one relation of an entity, fifty a page with the evidence of each: where an entity page's "and N
 * more" leads. The direction says which side the entity is on: {@code out} (its own values), {@code in} (what points
 * at it) or {@code roles} (the roles held in it, by whom).
 */
@Component
class RelationPages {

    static final int PER_PAGE = 50;
    static final Set<String> DIRECTIONS = Set.of("out", "in", "roles");
    private static final String PATH = "/relation";

    private final GraphReads reads;
    private final RelationValues values;
    private final PageLinks links;

    RelationPages(GraphReads reads, RelationValues values, PageLinks links) {
        this.reads = reads;
        this.values = values;
        this.links = links;
    }

    /** The address of page {@code page} of relation {@code predicate} of {@code iri}, seen from {@code direction}. */
    static String href(String iri, String predicate, String direction, int page) {
        return PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)
                + (direction.equals("roles") ? "" : "&p=" + URLEncoder.encode(predicate, StandardCharsets.UTF_8))
                + "&dir=" + direction + (page == 1 ? "" : "&page=" + page);
    }

    /** Page {@code page} (from 1); empty when the entity has no value of that relation or the page is past the end. */
    Optional<RelationView> page(String iri, String predicate, String direction, Locale reader, int page) {
        if (!DIRECTIONS.contains(direction)) {
            throw new IllegalArgumentException("dir must be out, in or roles, not " + direction);
        }
        String p = direction.equals("roles") ? SG.roleIn.getURI() : predicate;
        return reads.read(() -> {
            int total = switch (direction) {
                case "out" -> values.outgoingCount(iri, p);
                case "in" -> values.incomingCounts(iri).getOrDefault(p, 0);
                default -> values.holderCount(iri);
            };
            int pages = (total + PER_PAGE - 1) / PER_PAGE;
            if (page > pages) {
                return Optional.empty();
            }
            long offset = (long) (page - 1) * PER_PAGE;
            List<QuerySolution> rows = switch (direction) {
                case "out" -> values.outgoing(iri, p, offset, PER_PAGE);
                case "in" -> values.incoming(iri, p, offset, PER_PAGE);
                default -> values.holders(iri, offset, PER_PAGE);
            };
            Resource entity = ResourceFactory.createResource(iri);
            Proofs.Wanted wanted = new Proofs.Wanted();
            Set<String> named = new LinkedHashSet<>();
            named.add(iri);
            for (QuerySolution row : rows) {
                switch (direction) {
                    case "out" -> wanted.add(entity, row.get("p"), row.get("o"));
                    case "in" -> wanted.add(row.get("s"), row.get("p"), entity);
                    default -> wanted.add(row.get("person"), SG.hasRole, row.get("role"));
                }
                for (String var : List.of("o", "s", "person")) {
                    if (row.contains(var) && row.get(var).isURIResource()) {
                        named.add(row.getResource(var).getURI());
                    }
                }
            }
            Proofs proofs = Proofs.read(wanted, reads, links);
            Names names = new Names(reads.names(named), reader);
            Labels labels = new Labels(reads.ontologyLabels(), reader);
            List<Value> shown = new ArrayList<>();
            List<RoleLine> roles = new ArrayList<>();
            for (QuerySolution row : rows) {
                switch (direction) {
                    case "out" -> shown.add(EntityPages.value(row.get("o"), names, proofs.of(iri, p, Terms.key(row.get("o"))), links));
                    case "in" -> {
                        String s = row.getResource("s").getURI();
                        shown.add(new Value(names.of(s), links.href(s), proofs.of(s, p, iri)));
                    }
                    default -> {
                        String person = row.getResource("person").getURI();
                        roles.add(new RoleLine(Terms.text(row.get("title")), names.of(person), links.href(person),
                                proofs.of(person, SG.hasRole.getURI(), row.getResource("role").getURI())));
                    }
                }
            }
            return Optional.of(new RelationView(names.of(iri), links.href(iri), direction,
                    direction.equals("roles") ? null : labels.of(p), shown, roles, total, page, pages,
                    page > 1 ? href(iri, p, direction, page - 1) : null,
                    page < pages ? href(iri, p, direction, page + 1) : null));
        });
    }

    /**
     * A page of the values of one relation of an entity, in the order its page shows the first of them.
     *
     * @param relation the relation named in the reader's language, null for the roles held in the entity
     * @param values the values, for {@code out} and {@code in}
     * @param roles the roles held in the entity and by whom, for {@code roles}
     * @param previous null on the first page
     * @param next null on the last page
     */
    record RelationView(String entityName, String entityHref, String direction, String relation, List<Value> values,
                        List<RoleLine> roles, int total, int page, int pages, String previous, String next) {
    }
}
