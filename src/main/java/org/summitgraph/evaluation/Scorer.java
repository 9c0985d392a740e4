package org.summitgraph.evaluation;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores an article's extracted graph against its gold file, by the rules of the gold README: entities match
 * on type and a normalised label, each gold entity at most once; statements match on their matched subject
 * and object and the predicate's local name, a role read as "person hasRole roleIn-target" with its title
 * scored apart.
 */
public final class Scorer {

    private static final Set<String> ENTITY_TYPES = Set.of("Person", "Organization", "Company", "Project", "Summit",
            "Place", "Award");
    private static final Set<Property> NOT_RELATIONS = Set.of(SG.mentions, SG.about, SG.publisher, SG.roleTitle,
            SG.roleIn, SG.inArticle, SG.refersTo, SG.inSentence, SG.evidence);
    private static final List<Property> ATTRIBUTES = List.of(SG.startDate, SG.endDate, SG.edition);

    private Scorer() {
    }

    public static Score score(Model graph, GoldStandard gold) {
        Map<Resource, Set<String>> extracted = extractedEntities(graph);
        Map<Resource, String> match = EntityMatching.match(extracted, gold.entities().values());
        Set<Resource> excused = new HashSet<>();
        List<String> spuriousEntities = new ArrayList<>();
        for (Map.Entry<Resource, Set<String>> e : extracted.entrySet()) {
            if (match.containsKey(e.getKey())) {
                continue;
            }
            boolean ignored = gold.ignored().stream().anyMatch(g -> EntityMatching.compatible(e.getValue(), g, labels(e.getKey())));
            if (ignored) {
                excused.add(e.getKey());
            } else {
                spuriousEntities.add(describe(e.getKey()));
            }
        }
        Set<String> found = new HashSet<>(match.values());
        List<String> missedEntities = gold.entities().values().stream().filter(g -> !found.contains(g.id()))
                .map(g -> g.id() + " (" + g.type() + " " + g.name() + ")").toList();
        Counts entities = new Counts(extracted.size(), gold.entities().size(), found.size(), excused.size());

        Map<String, GoldStandard.GoldRelation> goldRelations = new LinkedHashMap<>();
        gold.relations().forEach(r -> goldRelations.putIfAbsent(r.subject() + " " + r.predicate() + " " + r.object(), r));
        Map<String, Set<String>> statements = statements(graph, extracted.keySet());
        Set<String> matchedRelations = new LinkedHashSet<>();
        List<String> spuriousRelations = new ArrayList<>();
        Map<String, Integer> spuriousPerPredicate = new TreeMap<>();
        int titlesRight = 0;
        List<String> wrongTitles = new ArrayList<>();
        for (Map.Entry<String, Set<String>> st : statements.entrySet()) {
            String[] spo = st.getKey().split(" ");
            String s = match.get(graph.createResource(spo[0]));
            String o = match.get(graph.createResource(spo[2]));
            String key = s + " " + spo[1] + " " + o;
            GoldStandard.GoldRelation g = s == null || o == null ? null : goldRelations.get(key);
            if (g != null && matchedRelations.add(key)) {
                if (spo[1].equals("hasRole")) {
                    boolean right = st.getValue().stream().anyMatch(t -> Labels.normalise(t).equals(Labels.normalise(g.qualifier())));
                    if (right) {
                        titlesRight++;
                    } else {
                        wrongTitles.add(key + ": " + st.getValue() + " instead of " + g.qualifier());
                    }
                }
            } else {
                spuriousPerPredicate.merge(spo[1], 1, Integer::sum);
                spuriousRelations.add(name(graph, spo[0], s) + " " + spo[1] + " " + name(graph, spo[2], o)
                        + (st.getValue().isEmpty() ? "" : " " + st.getValue()));
            }
        }
        List<String> missedRelations = goldRelations.entrySet().stream().filter(e -> !matchedRelations.contains(e.getKey()))
                .map(e -> e.getKey() + (e.getValue().qualifier().isEmpty() ? "" : " " + e.getValue().qualifier())
                        + "   « " + e.getValue().evidence() + " »").toList();
        int titlesScored = (int) matchedRelations.stream().filter(k -> k.split(" ")[1].equals("hasRole")).count();
        Counts relations = new Counts(statements.size(), goldRelations.size(), matchedRelations.size(), 0);
        AttributeComparison attributes = attributes(graph, gold, match);
        return new Score(entities, relations, titlesRight, titlesScored, attributes.counts(),
                missedEntities, spuriousEntities, missedRelations, spuriousRelations, wrongTitles,
                attributes.missed(), attributes.wrong(), spuriousPerPredicate);
    }

    /**
     * Which gold entity each entity the graph's articles mention stands for, by IRI: the same matching the scores
     * use, for those who label extracted pairs with the gold (the relation model's training).
     */
    public static Map<String, String> entityMatches(Model graph, GoldStandard gold) {
        Map<String, String> out = new LinkedHashMap<>();
        EntityMatching.match(extractedEntities(graph), gold.entities().values()).forEach((r, g) -> out.put(r.getURI(), g));
        return out;
    }

    /** The entities the articles of the graph mention, of the classes scored, with their types. */
    private static Map<Resource, Set<String>> extractedEntities(Model graph) {
        Map<Resource, Set<String>> out = new LinkedHashMap<>();
        graph.listObjectsOfProperty(SG.mentions).forEachRemaining(node -> {
            if (!node.isURIResource()) {
                return;
            }
            Resource r = node.asResource();
            Set<String> types = new HashSet<>();
            r.listProperties(RDF.type).forEachRemaining(t -> {
                if (t.getObject().isURIResource() && t.getResource().getURI().startsWith(SG.NS)) {
                    types.add(t.getResource().getLocalName());
                }
            });
            types.retainAll(ENTITY_TYPES);
            if (!types.isEmpty()) {
                out.put(r, types);
            }
        });
        return out;
    }

    static Set<String> labels(Resource r) {
        Set<String> out = new HashSet<>();
        for (Property p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
            r.listProperties(p).forEachRemaining(s -> {
                if (s.getObject().isLiteral()) {
                    out.add(Labels.normalise(s.getLiteral().getLexicalForm()));
                }
            });
        }
        return out;
    }

    /** "subjectIri predicate objectIri" of each statement between extracted entities, with role titles. */
    private static Map<String, Set<String>> statements(Model graph, Set<Resource> entities) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        graph.listStatements().forEachRemaining(st -> {
            Property p = st.getPredicate();
            if (!p.getURI().startsWith(SG.NS) || NOT_RELATIONS.contains(p) || !st.getObject().isURIResource()
                    || !entities.contains(st.getSubject())) {
                return;
            }
            if (p.equals(SG.hasRole)) {
                Resource role = st.getResource();
                Statement title = role.getProperty(SG.roleTitle);
                role.listProperties(SG.roleIn).forEachRemaining(in -> {
                    if (entities.contains(in.getObject())) {
                        out.computeIfAbsent(st.getSubject().getURI() + " hasRole " + in.getResource().getURI(), k -> new TreeSet<>())
                                .add(title == null ? "" : title.getLiteral().getLexicalForm());
                    }
                });
            } else if (entities.contains(st.getObject())) {
                out.computeIfAbsent(st.getSubject().getURI() + " " + p.getLocalName() + " " + st.getResource().getURI(),
                        k -> new TreeSet<>());
            }
        });
        return out;
    }

    /** The attributes compared, with the gold ones not extracted and the extracted ones the gold does not state. */
    private record AttributeComparison(Counts counts, List<String> missed, List<String> wrong) {
    }

    /** Only the attributes of extracted entities that match a gold one: a summit not found is counted among the entities. */
    private static AttributeComparison attributes(Model graph, GoldStandard gold, Map<Resource, String> match) {
        Set<String> extracted = new TreeSet<>();
        for (Map.Entry<Resource, String> m : match.entrySet()) {
            for (Property p : ATTRIBUTES) {
                m.getKey().listProperties(p).forEachRemaining(s -> {
                    RDFNode v = s.getObject();
                    if (v.isLiteral()) {
                        extracted.add(m.getValue() + " " + p.getLocalName() + " " + v.asLiteral().getLexicalForm());
                    }
                });
            }
        }
        Set<String> goldKeys = new TreeSet<>();
        gold.attributes().forEach(a -> goldKeys.add(a.subject() + " " + a.property() + " " + a.value()));
        List<String> missed = goldKeys.stream().filter(k -> !extracted.contains(k)).toList();
        List<String> wrong = extracted.stream().filter(k -> !goldKeys.contains(k)).toList();
        Counts counts = new Counts(extracted.size(), goldKeys.size(), extracted.size() - wrong.size(), 0);
        return new AttributeComparison(counts, missed, wrong);
    }

    private static String describe(Resource r) {
        return r.getURI() + " " + new TreeSet<>(labels(r));
    }

    private static String name(Model graph, String iri, String goldId) {
        if (goldId != null) {
            return goldId;
        }
        Set<String> labels = labels(graph.createResource(iri));
        return labels.isEmpty() ? iri : new TreeSet<>(labels).first();
    }
}
