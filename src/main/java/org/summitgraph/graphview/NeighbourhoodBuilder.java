package org.summitgraph.graphview;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.DisplayNames;
import org.summitgraph.web.DisplayNames.LanguageString;
import org.summitgraph.web.PageLinks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the graph the neighbourhood query constructed into nodes and edges for the graph view: roles become one
 * edge holder → target named by the role's title, names are picked in the reader's language, and neighbours past
 * the cap are left out.
 */
final class NeighbourhoodBuilder {

    /** Classes in the order a node's type is chosen, most specific first. */
    private static final List<Resource> TYPES = List.of(SG.Person, SG.Summit, SG.Award, SG.Event, SG.Project,
            SG.Company, SG.Organization, SG.Place, SG.EventSeries, SG.Article, SG.Role);
    static final String OTHER_TYPE = "Thing";
    /** Every type a node can be given, for the legend. */
    static final List<String> TYPE_NAMES = Stream.concat(
            TYPES.stream().map(Resource::getLocalName), Stream.of(OTHER_TYPE)).toList();

    private final PageLinks links;
    private final int cap;

    NeighbourhoodBuilder(PageLinks links, int cap) {
        this.links = links;
        this.cap = cap;
    }

    /** The neighbourhood of {@code focus}, or nothing when the graph says nothing about it. */
    Optional<Neighbourhood> build(Model graph, String focus, Set<String> relations, Locale reader, String query) {
        Resource entity = graph.createResource(focus);
        if (!graph.contains(entity, null) && !graph.contains(null, null, entity)) {
            return Optional.empty();
        }
        List<Candidate> candidates = candidates(graph, entity, relations, reader);
        candidates.sort(Comparator.comparingInt((Candidate c) -> Relations.indexOf(c.relation()))
                .thenComparing(c -> name(c.other(), reader).toLowerCase(Locale.ROOT))
                .thenComparing(Candidate::id));

        Map<String, Neighbourhood.Node> nodes = new LinkedHashMap<>();
        nodes.put(focus, node(entity, reader));
        Map<String, Neighbourhood.Edge> edges = new LinkedHashMap<>();
        Set<String> present = new LinkedHashSet<>();
        boolean truncated = false;
        for (Candidate c : candidates) {
            String other = c.other().getURI();
            if (!nodes.containsKey(other)) {
                if (nodes.size() - 1 >= cap) {
                    truncated = true;
                    continue;
                }
                nodes.put(other, node(c.other(), reader));
            }
            edges.putIfAbsent(c.id(), new Neighbourhood.Edge(c.id(), c.source(), c.target(), c.relation(), c.label()));
            present.add(c.relation());
        }
        List<Neighbourhood.Relation> named = Relations.NAMES.stream().filter(present::contains)
                .map(r -> new Neighbourhood.Relation(r, relationName(graph, r, reader))).toList();
        return Optional.of(new Neighbourhood(List.copyOf(nodes.values()), List.copyOf(edges.values()), named, truncated,
                query));
    }

    private List<Candidate> candidates(Model graph, Resource entity, Set<String> relations, Locale reader) {
        List<Candidate> out = new ArrayList<>();
        for (String relation : relations) {
            if (relation.equals(Relations.ROLE)) {
                continue;
            }
            Property p = Relations.property(relation);
            String label = relationName(graph, relation, reader);
            for (Statement s : graph.listStatements(entity, p, (RDFNode) null).toList()) {
                if (s.getObject().isURIResource()) {
                    out.add(Candidate.of(entity, relation, s.getResource(), label, s.getResource()));
                }
            }
            for (Statement s : graph.listStatements(null, p, entity).toList()) {
                if (s.getSubject().isURIResource()) {
                    out.add(Candidate.of(s.getSubject(), relation, entity, label, s.getSubject()));
                }
            }
        }
        if (relations.contains(Relations.ROLE)) {
            out.addAll(roles(graph, entity, reader));
        }
        return out;
    }

    /** Each role held by the entity or held in it, as one edge holder → target named by the role's title. */
    private List<Candidate> roles(Model graph, Resource entity, Locale reader) {
        List<Candidate> out = new ArrayList<>();
        String fallback = relationName(graph, Relations.ROLE, reader);
        for (Statement held : graph.listStatements(null, SG.hasRole, (RDFNode) null).toList()) {
            if (!held.getSubject().isURIResource() || !held.getObject().isResource()) {
                continue;
            }
            Resource holder = held.getSubject();
            Resource role = held.getResource();
            String title = names(role, SG.roleTitle).isEmpty() ? fallback
                    : DisplayNames.pick(names(role, SG.roleTitle), reader).orElseThrow().text();
            for (Statement in : role.listProperties(SG.roleIn).toList()) {
                if (!in.getObject().isURIResource()) {
                    continue;
                }
                Resource target = in.getResource();
                if (holder.equals(entity)) {
                    out.add(Candidate.of(holder, Relations.ROLE, target, title, target));
                } else if (target.equals(entity)) {
                    out.add(Candidate.of(holder, Relations.ROLE, target, title, holder));
                }
            }
        }
        return out;
    }

    private Neighbourhood.Node node(Resource r, Locale reader) {
        return new Neighbourhood.Node(r.getURI(), name(r, reader), type(r), href(r.getURI()));
    }

    /** The page here, or the IRI itself when it is a web address; never a link with another scheme (javascript:). */
    private String href(String iri) {
        String href = links.href(iri);
        String lower = href.toLowerCase(Locale.ROOT);
        return href.startsWith("/") || lower.startsWith("http://") || lower.startsWith("https://") ? href : null;
    }

    private static String type(Resource r) {
        for (Resource type : TYPES) {
            if (r.hasProperty(RDF.type, type)) {
                return type.getLocalName();
            }
        }
        return OTHER_TYPE;
    }

    private static String name(Resource r, Locale reader) {
        return DisplayNames.pick(names(r, RDFS.label), reader)
                .map(LanguageString::text)
                .orElseGet(() -> lastSegment(r.getURI()));
    }

    private static String relationName(Model graph, String relation, Locale reader) {
        return DisplayNames.pick(names(graph.createResource(Relations.property(relation).getURI()), RDFS.label),
                        reader)
                .map(LanguageString::text)
                .orElse(relation);
    }

    private static List<LanguageString> names(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .filter(s -> s.getObject().isLiteral())
                .map(Statement::getLiteral)
                .sorted(Comparator.comparing(Literal::getLexicalForm))
                .map(l -> new LanguageString(l.getLexicalForm(), l.getLanguage()))
                .toList();
    }

    private static String lastSegment(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : iri;
    }

    /** An edge before the cap decides whether its other end stays in view. */
    private record Candidate(String id, String source, String relation, String target, String label, Resource other) {

        static Candidate of(Resource source, String relation, Resource target, String label, Resource other) {
            String id = source.getURI() + " " + relation + " " + target.getURI()
                    + (relation.equals(Relations.ROLE) ? " " + label : "");
            return new Candidate(id, source.getURI(), relation, target.getURI(), label, other);
        }
    }
}
