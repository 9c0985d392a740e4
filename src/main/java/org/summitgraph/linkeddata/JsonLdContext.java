package org.summitgraph.linkeddata;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.summitgraph.vocab.SG;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The JSON-LD {@code @context} SummitGraph publishes at {@code /context.jsonld} and writes into its JSON-LD: a
 * short term for every term of the ontology ({@code worksFor}, {@code Person}), for names ({@code label},
 * {@code altLabel}) and for the reification ({@code subject}, {@code predicate}, {@code object}), with links typed
 * as IRIs and dates as dates, so the JSON reads like ordinary JSON. Built from the ontology, so it cannot drift
 * from it.
 */
public final class JsonLdContext {

    /** A short name for an IRI, and what its values are coerced to: {@code @id}, a datatype IRI, or nothing. */
    record Term(String name, String iri, String coercion) {
    }

    static {
        // the prefixes below use Jena's vocabulary classes, which need Jena initialised first
        org.apache.jena.sys.JenaSystem.init();
    }

    static final Map<String, String> PREFIXES = prefixes();
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final Map<String, Term> byIri;

    private JsonLdContext(Map<String, Term> byIri) {
        this.byIri = Collections.unmodifiableMap(byIri);
    }

    /** From the ontology bundled in the application. */
    public static JsonLdContext standard() {
        Model ontology = org.apache.jena.riot.RDFParser.source(JsonLdContext.class.getResourceAsStream("/ontology/summitgraph.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).toModel();
        return fromOntology(ontology);
    }

    public static JsonLdContext fromOntology(Model ontology) {
        Map<String, Term> terms = new TreeMap<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (!s.isURIResource() || !s.getURI().startsWith(SG.NS) || s.getURI().length() == SG.NS.length()) {
                return;
            }
            String local = s.getURI().substring(SG.NS.length());
            if (s.hasProperty(RDF.type, OWL.ObjectProperty)) {
                terms.put(s.getURI(), new Term(local, s.getURI(), "@id"));
            } else if (s.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                terms.put(s.getURI(), new Term(local, s.getURI(), datatype(s)));
            } else if (s.hasProperty(RDF.type, OWL.Class) || s.hasProperty(RDF.type, RDFS.Class)) {
                terms.put(s.getURI(), new Term(local, s.getURI(), null));
            }
        });
        add(terms, "label", RDFS.label.getURI(), null);
        add(terms, "comment", RDFS.comment.getURI(), null);
        add(terms, "seeAlso", RDFS.seeAlso.getURI(), "@id");
        add(terms, "altLabel", SKOS.altLabel.getURI(), null);
        add(terms, "sameAs", OWL.sameAs.getURI(), "@id");
        add(terms, "subject", RDF.subject.getURI(), "@id");
        add(terms, "predicate", RDF.predicate.getURI(), "@id");
        add(terms, "object", RDF.object.getURI(), "@id");
        Map<String, Term> byIri = new LinkedHashMap<>();
        terms.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(t -> byIri.put(t.iri(), t));
        long names = byIri.values().stream().map(Term::name).distinct().count();
        if (names != byIri.size()) {
            throw new IllegalStateException("two terms of the JSON-LD context have the same short name");
        }
        return new JsonLdContext(byIri);
    }

    private static void add(Map<String, Term> terms, String name, String iri, String coercion) {
        terms.putIfAbsent(iri, new Term(name, iri, coercion));
    }

    /** The range of a datatype property when it is a datatype other than a plain string. */
    private static String datatype(Resource property) {
        Statement range = property.getProperty(RDFS.range);
        if (range == null) {
            return null;
        }
        RDFNode r = range.getObject();
        if (!r.isURIResource() || !r.asResource().getURI().startsWith(XSD.NS) || r.equals(XSD.xstring)) {
            return null;
        }
        return r.asResource().getURI();
    }

    Term term(String iri) {
        return byIri.get(iri);
    }

    /** The shortest name a property or class IRI has in this context: a term, a prefixed name, or itself. */
    String compact(String iri) {
        Term t = byIri.get(iri);
        if (t != null) {
            return t.name();
        }
        return prefixed(iri);
    }

    /** {@code xsd:date} for a datatype IRI, or the IRI itself. */
    static String prefixed(String iri) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getValue()) && LOCAL.matcher(iri.substring(p.getValue().length())).matches()) {
                return p.getKey() + ":" + iri.substring(p.getValue().length());
            }
        }
        return iri;
    }

    /** The context object, the value of {@code "@context"}, as JSON. */
    public String json() {
        StringBuilder out = new StringBuilder("{\n");
        PREFIXES.forEach((p, ns) -> out.append("    ").append(Json.string(p)).append(": ").append(Json.string(ns))
                .append(",\n"));
        int i = 0;
        for (Term t : byIri.values()) {
            out.append("    ").append(Json.string(t.name())).append(": ");
            String id = prefixed(t.iri());
            if (t.coercion() == null) {
                out.append(Json.string(id));
            } else {
                String type = t.coercion().equals("@id") ? "@id" : prefixed(t.coercion());
                out.append("{\"@id\": ").append(Json.string(id)).append(", \"@type\": ").append(Json.string(type)).append('}');
            }
            out.append(++i < byIri.size() ? ",\n" : "\n");
        }
        return out.append("  }").toString();
    }

    /** The document served at {@code /context.jsonld}. */
    public String document() {
        return "{\n  \"@context\": " + json() + "\n}\n";
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sg", SG.NS);
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("owl", OWL.getURI());
        p.put("xsd", XSD.NS);
        p.put("skos", SKOS.getURI());
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("schema", "https://schema.org/");
        p.put("foaf", "http://xmlns.com/foaf/0.1/");
        p.put("org", "http://www.w3.org/ns/org#");
        p.put("doap", "http://usefulinc.com/ns/doap#");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("void", "http://rdfs.org/ns/void#");
        p.put("dcat", "http://www.w3.org/ns/dcat#");
        p.put("sh", "http://www.w3.org/ns/shacl#");
        p.put("wd", "http://www.wikidata.org/entity/");
        return Collections.unmodifiableMap(p);
    }
}
