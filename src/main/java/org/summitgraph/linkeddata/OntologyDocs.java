package org.summitgraph.linkeddata;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.stereotype.Component;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The view model of the ontology's documentation page, read once from the bundled OWL. */
@Component
class OntologyDocs {

    /** A link to a term: {@code #worksFor} for the ontology's own, the IRI for others, shown as a prefixed name. */
    record Link(String text, String href) {
    }

    /** One row of a term's facts: "Domain" and the classes. */
    record Fact(String label, List<Link> links) {
    }

    /** One class or property with its names and comments in both languages and what it is aligned with. */
    record Term(String name, String iri, String labelEn, String labelZh, String commentEn, String commentZh,
                List<Fact> facts) {
    }

    /** Classes, relations or attributes. */
    record Group(String id, String title, List<Term> terms) {
    }

    record Page(String iri, String titleEn, String titleZh, String descriptionEn, String descriptionZh, String version,
                List<Group> groups) {
    }

    private final Page page;

    OntologyDocs(BundledKnowledge knowledge) {
        this.page = read(knowledge.ontology());
    }

    Page page() {
        return page;
    }

    private static Page read(Model m) {
        Resource o = m.getResource(SG.ONTOLOGY);
        return new Page(SG.ONTOLOGY, text(o, DCTerms.title, "en"), text(o, DCTerms.title, "zh"),
                text(o, DCTerms.description, "en"), text(o, DCTerms.description, "zh"),
                o.hasProperty(OWL.versionInfo) ? o.getProperty(OWL.versionInfo).getString() : null,
                List.of(new Group("classes", "Classes · 类", terms(m, OWL.Class, RDFS.subClassOf, OWL.equivalentClass)),
                        new Group("object-properties", "Relations (object properties) · 关系",
                                terms(m, OWL.ObjectProperty, RDFS.subPropertyOf, OWL.equivalentProperty)),
                        new Group("datatype-properties", "Attributes (datatype properties) · 属性",
                                terms(m, OWL.DatatypeProperty, RDFS.subPropertyOf, OWL.equivalentProperty))));
    }

    private static List<Term> terms(Model m, Resource type, Property broader, Property equivalent) {
        List<Term> out = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(t -> {
            if (!t.isURIResource() || !t.getURI().startsWith(SG.NS)) {
                return;
            }
            out.add(new Term(t.getURI().substring(SG.NS.length()), t.getURI(), text(t, RDFS.label, "en"),
                    text(t, RDFS.label, "zh"), text(t, RDFS.comment, "en"), text(t, RDFS.comment, "zh"),
                    facts(new Fact("Domain", links(t, RDFS.domain)), new Fact("Range", links(t, RDFS.range)),
                            new Fact("Narrower than", links(t, broader)), new Fact("Equivalent to", links(t, equivalent)),
                            new Fact("See also", links(t, RDFS.seeAlso)))));
        });
        out.sort(Comparator.comparing(Term::name));
        return out;
    }

    private static List<Fact> facts(Fact... facts) {
        return java.util.Arrays.stream(facts).filter(f -> !f.links().isEmpty()).toList();
    }

    private static String text(Resource r, Property p, String lang) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && lang.equals(s.getLanguage())) {
                return s.getString();
            }
        }
        return null;
    }

    private static List<Link> links(Resource r, Property p) {
        List<Link> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            out.addAll(links(s.getObject()));
        }
        out.sort(Comparator.comparing(Link::text));
        return out;
    }

    /** A class, or the members of an {@code owl:unionOf}. */
    private static List<Link> links(RDFNode n) {
        if (n.isURIResource()) {
            return List.of(link(n.asResource().getURI()));
        }
        if (n.isAnon() && n.asResource().hasProperty(OWL.unionOf)) {
            RDFList members = n.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
            return members.asJavaList().stream().filter(RDFNode::isURIResource)
                    .map(x -> link(x.asResource().getURI())).toList();
        }
        return List.of();
    }

    private static Link link(String iri) {
        if (iri.startsWith(SG.NS)) {
            return new Link("sg:" + iri.substring(SG.NS.length()), "#" + iri.substring(SG.NS.length()));
        }
        return new Link(JsonLdContext.prefixed(iri), iri);
    }
}
