package org.summitgraph.generator;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitgraph.vocab.SG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real things articles are written about, read from the bundled reference knowledge: summit editions with
 * their cities, dates, organisers and series; places; organisations and companies; projects; the people who
 * hold a title in a foundation. Everything is kept in IRI order, so that what is generated depends on the seed
 * only, never on the order a model iterates in.
 */
final class Catalog {

    /** A real thing with its names: the Chinese and English labels and the other ways articles write it. */
    record Thing(String slug, String type, String en, String zh, List<String> enAlts, List<String> zhAlts) {

        String label(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }

        Ent ent() {
            return new Ent(slug, type, en);
        }
    }

    record Place(Thing name, Thing country) {
    }

    record Summit(Thing name, String series, LocalDate start, LocalDate end, Integer edition, Place city,
                  Thing organizer) {
    }

    record Leader(Thing person, String title, Thing org) {
    }

    record Project(Thing name, Thing parent, Thing founder) {
    }

    private final Map<String, Thing> things = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final List<Summit> summits = new ArrayList<>();
    private final List<Leader> leaders = new ArrayList<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final List<Thing> companies = new ArrayList<>();
    private final Map<String, Thing> orgLocation = new LinkedHashMap<>();

    Catalog(Model reference) {
        List<Resource> subjects = reference.listSubjects().toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource r : subjects) {
            String type = type(r);
            if (type == null || r.getProperty(RDFS.label) == null) {
                continue;
            }
            Thing t = thing(r, type);
            things.put(r.getURI(), t);
        }
        for (Resource r : subjects) {
            Thing t = things.get(r.getURI());
            if (t == null) {
                continue;
            }
            switch (t.type()) {
                case "Place" -> places.put(t.slug(), new Place(t, object(r, SG.locatedIn)));
                case "Company" -> {
                    companies.add(t);
                    Thing where = object(r, SG.locatedIn);
                    if (where != null) {
                        orgLocation.put(t.slug(), where);
                    }
                }
                case "Project" -> projects.put(t.slug(), new Project(t, object(r, SG.partOf), object(r, SG.foundedBy)));
                default -> {
                }
            }
        }
        for (Resource r : subjects) {
            Thing t = things.get(r.getURI());
            if (t == null) {
                continue;
            }
            if (t.type().equals("Summit")) {
                summit(r, t);
            } else if (t.type().equals("Person")) {
                r.listProperties(SG.hasRole).forEachRemaining(st -> {
                    Resource role = st.getResource();
                    Statement title = role.getProperty(SG.roleTitle);
                    Thing in = object(role, SG.roleIn);
                    if (title != null && in != null && !in.type().equals("Project")) {
                        leaders.add(new Leader(t, title.getString(), in));
                    }
                });
            }
        }
        leaders.sort(Comparator.comparing((Leader l) -> l.person().slug()).thenComparing(Leader::title));
    }

    private void summit(Resource r, Thing t) {
        Thing city = object(r, SG.heldIn);
        Statement start = r.getProperty(SG.startDate);
        Statement end = r.getProperty(SG.endDate);
        Statement series = r.getProperty(SG.inSeries);
        if (city == null || start == null || end == null || series == null || !places.containsKey(city.slug())) {
            return; // a virtual edition, or one whose days are not known: nothing to report from
        }
        Statement edition = r.getProperty(SG.edition);
        summits.add(new Summit(t, series.getResource().getURI().replaceAll(".*/", ""),
                LocalDate.parse(start.getLiteral().getLexicalForm()), LocalDate.parse(end.getLiteral().getLexicalForm()),
                edition == null ? null : edition.getInt(), places.get(city.slug()), object(r, SG.organizedBy)));
    }

    private Thing object(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isURIResource() ? null : things.get(st.getResource().getURI());
    }

    private static String type(Resource r) {
        for (String t : List.of("Company", "Summit", "Person", "Project", "Place", "Organization")) {
            if (r.hasProperty(RDF.type, r.getModel().createResource(SG.NS + t))) {
                return t;
            }
        }
        return null;
    }

    private static Thing thing(Resource r, String type) {
        String en = null;
        String zh = null;
        for (Statement st : r.listProperties(RDFS.label).toList()) {
            Literal l = st.getLiteral();
            if (l.getLanguage().equals("en")) {
                en = l.getLexicalForm();
            } else if (l.getLanguage().equals("zh")) {
                zh = l.getLexicalForm();
            }
        }
        if (en == null) {
            en = zh;
        }
        if (zh == null) {
            zh = en;
        }
        List<String> enAlts = new ArrayList<>();
        List<String> zhAlts = new ArrayList<>();
        for (Statement st : r.listProperties(SKOS.altLabel).toList()) {
            RDFNode o = st.getObject();
            if (o.isLiteral()) {
                (o.asLiteral().getLanguage().equals("zh") ? zhAlts : enAlts).add(o.asLiteral().getLexicalForm());
            }
        }
        enAlts.sort(null);
        zhAlts.sort(null);
        return new Thing(r.getURI().replaceAll(".*/", ""), type, en, zh, List.copyOf(enAlts), List.copyOf(zhAlts));
    }

    List<Summit> summits() {
        return summits;
    }

    Optional<Thing> find(String slug) {
        return things.values().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    Thing thing(String slug) {
        return find(slug).orElseThrow(() -> new IllegalStateException("the reference knowledge has no " + slug));
    }

    Optional<Project> project(String slug) {
        return Optional.ofNullable(projects.get(slug));
    }

    Optional<Place> place(String slug) {
        return Optional.ofNullable(places.get(slug));
    }

    /** Cities (places inside a country), in slug order. */
    List<Place> cities() {
        return places.values().stream().filter(p -> p.country() != null && places.containsKey(p.country().slug())
                && places.get(p.country().slug()).country() == null).toList();
    }

    List<Thing> companies() {
        return companies;
    }

    Optional<Thing> location(Thing org) {
        return Optional.ofNullable(orgLocation.get(org.slug()));
    }

    /** People with a title in the organisation (foundation executives, for keynotes). */
    List<Leader> leadersOf(String orgSlug) {
        return leaders.stream().filter(l -> l.org().slug().equals(orgSlug)).toList();
    }
}
