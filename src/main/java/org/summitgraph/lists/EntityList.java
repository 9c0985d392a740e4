package org.summitgraph.lists;

import org.summitgraph.vocab.SG;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The lists of entities, one per class, with the facets that narrow each. */
enum EntityList {

    PEOPLE("/people", "lists/people", null, List.of(
            new Facet("organization", "lists/people-by-organization", List.of(), "lists.facet.worksFor"),
            new Facet("summit", "lists/people-by-summit", List.of(), "lists.facet.speaksOrAttends"))),
    ORGANIZATIONS("/organizations", "lists/organizations", null, List.of(
            new Facet("project", "lists/organizations-by-project", List.of("uses", "contributesTo", "leads"),
                    "lists.facet.project"),
            new Facet("summit", "lists/organizations-by-summit", List.of(), "lists.facet.atSummit"))),
    PROJECTS("/projects", "lists/projects", null, List.of(
            new Facet("organization", "lists/projects-by-organization", List.of("uses", "contributesTo"),
                    "lists.facet.usedBy"))),
    PLACES("/places", "lists/entities", SG.Place.getURI(), List.of()),
    AWARDS("/awards", "lists/entities", SG.Award.getURI(), List.of());

    private final String path;
    private final String query;
    private final String classIri;
    private final List<Facet> facets;

    EntityList(String path, String query, String classIri, List<Facet> facets) {
        this.path = path;
        this.query = query;
        this.classIri = classIri;
        this.facets = facets;
    }

    static Optional<EntityList> at(String path) {
        return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst();
    }

    String path() {
        return path;
    }

    String query() {
        return query;
    }

    /** The class bound to {@code ?class} for lists that share one query; null for those with their own. */
    String classIri() {
        return classIri;
    }

    List<Facet> facets() {
        return facets;
    }

    /** The name of the list in messages: {@code lists.people.title} ... */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
