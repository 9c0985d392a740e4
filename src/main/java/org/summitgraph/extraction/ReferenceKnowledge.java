package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitgraph.vocab.SG;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the reference data knows, in the shape the extractor needs: entities with their names, the summit
 * editions per city, and the relations that help tell short names apart. Immutable once built.
 */
public final class ReferenceKnowledge {

    /** A way of writing an entity's name. */
    public record Name(String text, String entityIri) {
    }

    private final Map<String, Entity> entities;
    private final List<Name> names;
    /** The names per entity, for finders that ask after one entity's names for each mention of an article. */
    private final Map<String, List<Name>> namesByEntity;
    private final List<SummitEdition> editions;
    private final Map<String, List<SummitEdition>> summitsByPlace;
    private final Map<String, List<String>> seriesNames;
    private final List<Name> seriesHints;
    private final Map<String, Set<String>> related;
    private final Map<String, Set<String>> partOf;
    private final Map<String, Set<String>> roleTitles;
    private final Map<Character, List<Entity>> peopleByInitial;
    /** Organisations by each of their labels, for finders that ask after a name made from another (a project's foundation). */
    private final Map<String, Entity> organizationsByLabel = new HashMap<>();
    private final Map<String, Set<String>> located = new HashMap<>();

    private ReferenceKnowledge(Map<String, Entity> entities, List<Name> names, List<SummitEdition> editions,
                               Map<String, List<SummitEdition>> summitsByPlace, Map<String, List<String>> seriesNames,
                               List<Name> seriesHints, Map<String, Set<String>> related, Map<String, Set<String>> partOf,
                               Map<String, Set<String>> roleTitles) {
        this.entities = entities;
        this.names = names;
        this.namesByEntity = names.stream().collect(Collectors.groupingBy(Name::entityIri));
        this.editions = editions;
        this.summitsByPlace = summitsByPlace;
        this.seriesNames = seriesNames;
        this.seriesHints = seriesHints;
        this.related = related;
        this.partOf = partOf;
        this.roleTitles = roleTitles;
        this.peopleByInitial = entities.values().stream().filter(e -> e.kind() == EntityKind.PERSON).collect(java.util.stream.Collectors.groupingBy(
                e -> Character.toLowerCase(e.label("en").charAt(0))));
        entities.values().stream().filter(e -> e.kind().isOrganization())
                .forEach(e -> e.labels().values().forEach(l -> organizationsByLabel.putIfAbsent(l, e)));
    }

    private ReferenceKnowledge withPlaces(Model model) {
        model.listStatements(null, SG.locatedIn, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                located.computeIfAbsent(st.getSubject().getURI(), k -> new LinkedHashSet<>()).add(st.getResource().getURI());
            }
        });
        return this;
    }

    public static ReferenceKnowledge empty() {
        return new ReferenceKnowledge(Map.of(), List.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of());
    }

    /** Reads the entities of the vocabulary's classes, their names and summit facts from a model. */
    public static ReferenceKnowledge from(Model model) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Name> names = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            model.listSubjectsWithProperty(RDF.type, kind.type()).forEachRemaining(subject -> {
                if (!subject.isURIResource()) {
                    return;
                }
                Entity existing = entities.get(subject.getURI());
                if (existing != null && !kind.isMoreSpecificThan(existing.kind())) {
                    return;
                }
                Map<String, String> labels = labels(subject);
                if (labels.isEmpty()) {
                    return;
                }
                List<String> sameAs = subject.listProperties(OWL.sameAs).mapWith(Statement::getObject)
                        .filterKeep(RDFNode::isURIResource).mapWith(n -> n.asResource().getURI()).toList();
                entities.put(subject.getURI(), new Entity(subject.getURI(), kind, labels, true, sameAs));
            });
        }
        for (Entity entity : entities.values()) {
            Resource r = model.getResource(entity.iri());
            Set<String> written = new LinkedHashSet<>();
            r.listProperties(RDFS.label).forEachRemaining(s -> written.add(text(s.getObject())));
            r.listProperties(SKOS.altLabel).forEachRemaining(s -> written.add(text(s.getObject())));
            r.listProperties(SKOS.prefLabel).forEachRemaining(s -> written.add(text(s.getObject())));
            // a summit's own names carry its year ("KubeCon Europe 2019"); without one it is found by city and date
            written.stream().filter(w -> w != null && !w.isBlank())
                    .filter(w -> entity.kind() != EntityKind.SUMMIT || w.matches(".*\\d{4}.*"))
                    .forEach(w -> names.add(new Name(w.strip(), entity.iri())));
        }
        List<SummitEdition> editions = editions(model, entities);
        List<Name> seriesHints = new ArrayList<>();
        Set<String> withEditions = new HashSet<>();
        editions.forEach(e -> withEditions.addAll(e.series()));
        Map<String, List<String>> seriesNames = seriesNames(model, withEditions, seriesHints);
        return new ReferenceKnowledge(Map.copyOf(entities), List.copyOf(names), editions, byPlace(editions),
                seriesNames, List.copyOf(seriesHints), relatedOrganizations(model, entities), targets(model, entities, SG.partOf),
                roleTitles(model)).withPlaces(model);
    }

    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    /** An organisation one of whose labels is exactly this. */
    public Optional<Entity> organizationLabelled(String label) {
        return Optional.ofNullable(organizationsByLabel.get(label));
    }

    /** The people whose English name starts with this (lower-case) letter. */
    public List<Entity> peopleByInitial(char initial) {
        return peopleByInitial.getOrDefault(initial, List.of());
    }

    /** When a summit of the reference data began; null when unknown. */
    public java.time.LocalDate startOf(String summitIri) {
        return editions.stream().filter(e -> e.entity().iri().equals(summitIri)).map(SummitEdition::start)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public List<Name> names() {
        return names;
    }

    /** The names of one entity, in the order of {@link #names()}. */
    public List<Name> namesOf(String entityIri) {
        return namesByEntity.getOrDefault(entityIri, List.of());
    }

    /** Summit editions held in a place, oldest first. */
    public List<SummitEdition> summitsIn(String placeIri) {
        return summitsByPlace.getOrDefault(placeIri, List.of());
    }

    /** Every summit edition, oldest first. */
    public List<SummitEdition> editions() {
        return editions;
    }

    public Map<String, List<String>> seriesNames() {
        return seriesNames;
    }

    /** Words that point to a series without naming it: its organiser's names, its brand word. */
    public List<Name> seriesHints() {
        return seriesHints;
    }

    public Set<String> summitPlaces() {
        return summitsByPlace.keySet();
    }

    /** Organisations and projects a person or organisation is known to be tied to (employer, role, part of). */
    public Set<String> relatedTo(String iri) {
        return related.getOrDefault(iri, Set.of());
    }

    /** Whether the reference data puts this place inside another one (a city, not a country). */
    public boolean isInside(String placeIri) {
        return located.getOrDefault(placeIri, Set.of()).size() > 0;
    }

    /** What the reference data says an entity is part of. */
    public Set<String> partOf(String iri) {
        return partOf.getOrDefault(iri, Set.of());
    }

    /** The titles the reference data says a person holds in an organisation or project. */
    public Set<String> roleTitles(String personIri, String targetIri) {
        return roleTitles.getOrDefault(personIri + " " + targetIri, Set.of());
    }

    private static Map<String, Set<String>> roleTitles(Model model) {
        Map<String, Set<String>> out = new HashMap<>();
        model.listStatements(null, SG.hasRole, (RDFNode) null).forEachRemaining(s -> {
            if (!s.getObject().isResource() || !s.getSubject().isURIResource()) {
                return;
            }
            Resource role = s.getResource();
            Statement in = role.getProperty(SG.roleIn);
            Statement title = role.getProperty(SG.roleTitle);
            if (in != null && in.getObject().isURIResource() && title != null && title.getObject().isLiteral()) {
                out.computeIfAbsent(s.getSubject().getURI() + " " + in.getResource().getURI(), k -> new LinkedHashSet<>())
                        .add(title.getLiteral().getLexicalForm());
            }
        });
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    private static Map<String, String> labels(Resource subject) {
        Map<String, String> labels = new LinkedHashMap<>();
        subject.listProperties(RDFS.label).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                Literal l = s.getLiteral();
                String lang = l.getLanguage().isEmpty() ? "en" : l.getLanguage().toLowerCase().split("-")[0];
                labels.putIfAbsent(lang, l.getLexicalForm().strip());
            }
        });
        return labels;
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    }

    private static List<SummitEdition> editions(Model model, Map<String, Entity> entities) {
        List<SummitEdition> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            if (e.kind() != EntityKind.SUMMIT) {
                continue;
            }
            Resource r = model.getResource(e.iri());
            Statement place = r.getProperty(SG.heldIn);
            java.util.Set<String> series = new java.util.HashSet<>();
            r.listProperties(SG.inSeries).forEachRemaining(st -> {
                if (st.getObject().isURIResource()) {
                    series.add(st.getResource().getURI());
                }
            });
            Integer edition = r.hasProperty(SG.edition) ? r.getProperty(SG.edition).getInt() : null;
            out.add(new SummitEdition(e, place != null && place.getObject().isURIResource() ? place.getResource().getURI() : null,
                    date(r, SG.startDate), date(r, SG.endDate), edition, series));
        }
        // the model's order changes whenever an entry is added: editions of one year keep a fixed order of their own
        out.sort(Comparator.comparing(SummitEdition::year)
                .thenComparing(SummitEdition::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(e -> e.entity().iri()));
        return List.copyOf(out);
    }

    private static Map<String, List<SummitEdition>> byPlace(List<SummitEdition> editions) {
        Map<String, List<SummitEdition>> byPlace = new HashMap<>();
        for (SummitEdition s : editions) {
            if (s.placeIri() != null) {
                byPlace.computeIfAbsent(s.placeIri(), k -> new ArrayList<>()).add(s);
            }
        }
        byPlace.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byPlace);
    }

    /**
     * Names of each event series ("OpenStack Summit", "开源基础设施峰会", "KubeCon"), by series IRI. Hints (see
     * {@link #seriesHints()}) come only from series with editions: hints choose between editions, and a series with none
     * ("Kubernetes Community Days") would otherwise take the votes of every "Kubernetes" from the series that has them.
     */
    private static Map<String, List<String>> seriesNames(Model model, Set<String> withEditions, List<Name> hints) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        model.listSubjectsWithProperty(RDF.type, SG.EventSeries).forEachRemaining(series -> {
            if (!series.isURIResource()) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (org.apache.jena.rdf.model.Property p : List.of(RDFS.label, SKOS.altLabel)) {
                series.listProperties(p).forEachRemaining(st -> {
                    if (st.getObject().isLiteral()) {
                        names.add(st.getLiteral().getLexicalForm().strip());
                    }
                });
            }
            out.put(series.getURI(), List.copyOf(names));
            if (!withEditions.contains(series.getURI())) {
                return;
            }
            // the organiser's names and the brand word ("KubeCon" of "KubeCon + CloudNativeCon") point to the series too
            Statement organizer = series.getProperty(SG.organizedBy);
            if (organizer != null && organizer.getObject().isURIResource()) {
                Resource org = organizer.getResource();
                for (org.apache.jena.rdf.model.Property p : List.of(RDFS.label, SKOS.altLabel)) {
                    org.listProperties(p).forEachRemaining(st -> {
                        if (st.getObject().isLiteral()) {
                            hints.add(new Name(st.getLiteral().getLexicalForm().strip(), series.getURI()));
                        }
                    });
                }
            }
            for (String n : names) {
                String first = n.split("[\\s+]+")[0];
                if (first.length() >= 6 && first.matches("\\p{Lu}[\\p{L}]+")) {
                    hints.add(new Name(first, series.getURI()));
                }
            }
        });
        // by IRI: a brand some series share ("OpenInfra") goes to the same one on every run, which Map.copyOf's order would not
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(out));
    }

    private static LocalDate date(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().isLiteral()) {
            return null;
        }
        try {
            return LocalDate.parse(s.getLiteral().getLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Set<String>> relatedOrganizations(Model model, Map<String, Entity> entities) {
        Map<String, Set<String>> related = new HashMap<>();
        for (org.apache.jena.rdf.model.Property p : List.of(SG.worksFor, SG.formerlyWorkedFor, SG.leads, SG.partOf)) {
            targets(model, entities, p).forEach((k, v) -> related.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        }
        model.listStatements(null, SG.hasRole, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isResource()) {
                Statement in = s.getResource().getProperty(SG.roleIn);
                if (in != null && in.getObject().isURIResource() && s.getSubject().isURIResource()) {
                    related.computeIfAbsent(s.getSubject().getURI(), x -> new LinkedHashSet<>())
                            .add(in.getResource().getURI());
                }
            }
        });
        related.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(related);
    }

    private static Map<String, Set<String>> targets(Model model, Map<String, Entity> entities,
                                                    org.apache.jena.rdf.model.Property p) {
        Map<String, Set<String>> out = new HashMap<>();
        model.listStatements(null, p, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                    && entities.containsKey(s.getObject().asResource().getURI())) {
                out.computeIfAbsent(s.getSubject().getURI(), x -> new LinkedHashSet<>())
                        .add(s.getObject().asResource().getURI());
            }
        });
        out.replaceAll((k, v) -> Set.copyOf(v));
        return out;
    }
}
