package org.summitgraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitgraph.article.Article;
import org.summitgraph.extraction.Attribute;
import org.summitgraph.extraction.Entity;
import org.summitgraph.extraction.EntityKind;
import org.summitgraph.extraction.Extraction;
import org.summitgraph.extraction.Fact;
import org.summitgraph.extraction.Mention;
import org.summitgraph.extraction.Sentence;
import org.summitgraph.vocab.Digests;
import org.summitgraph.vocab.SG;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what was extracted from one article as the RDF of its named graph: the article node, the entities it
 * mentions with their types and names, the statements, and for each statement a reified {@code sg:Statement}
 * with its sentence, method and confidence. Offsets are counted in Unicode code points, as RDF consumers in
 * other languages count them.
 */
public final class ArticleGraph {

    private ArticleGraph() {
    }

    public static String articleIri(String articleId) {
        return SG.ID + "article/" + articleId;
    }

    public static Model of(Extraction extraction) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.ALL);
        Article article = extraction.article();
        String text = article.text();
        Resource a = model.createResource(articleIri(article.id()), SG.Article);
        a.addProperty(RDFS.label, article.title(), article.language());
        a.addProperty(SG.title, article.title());
        article.optionalUrl().ifPresent(u -> a.addProperty(SG.url, model.createTypedLiteral(u, XSDDatatype.XSDanyURI)));
        article.optionalDatePublished().ifPresent(d -> a.addProperty(SG.datePublished,
                model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        a.addProperty(SG.language, article.language());
        a.addProperty(SG.text, text);
        // the file name is not written: the same article sent over HTTP must give the same graph
        extraction.optionalAbout().ifPresent(e -> a.addProperty(SG.about, model.createResource(e.iri())));
        extraction.optionalPublisher().ifPresent(e -> a.addProperty(SG.publisher, model.createResource(e.iri())));

        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        extraction.mentions().forEach(m -> surfaces.computeIfAbsent(m.entity().iri(), k -> new HashSet<>()).add(m.surface()));
        for (Entity e : extraction.entities().values()) {
            a.addProperty(SG.mentions, entity(model, e, surfaces.getOrDefault(e.iri(), Set.of())));
        }

        // a sentence gets a node only if a statement, an attribute or a mention points to it: the others would be
        // five quads each that nothing reads (10 of the 39 sentences of the first generated article of seed 1)
        List<Sentence> all = extraction.sentences();
        List<Mention> mentions = extraction.mentions();
        Sentence[] sentenceOfMention = new Sentence[mentions.size()];
        Set<Integer> carrying = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            sentenceOfMention[i] = sentenceAt(all, mentions.get(i).begin());
            if (sentenceOfMention[i] != null) {
                carrying.add(sentenceOfMention[i].index());
            }
        }
        extraction.facts().forEach(f -> carrying.add(f.sentence().index()));
        extraction.attributes().forEach(attr -> carrying.add(attr.sentence().index()));
        Map<Integer, Resource> sentences = new LinkedHashMap<>();
        for (Sentence s : all) {
            if (carrying.contains(s.index())) {
                Resource r = span(model, text, a.getURI() + "/sentence/" + s.index(), s.begin(), s.end())
                        .addProperty(RDF.type, SG.Sentence)
                        .addProperty(SG.inArticle, a)
                        .addProperty(SG.anchorOf, text.substring(s.begin(), s.end()));
                sentences.put(s.index(), r);
            }
        }
        // A mention is its offsets, its entity, its method and confidence, and its sentence: its type follows from
        // sg:refersTo (rdfs:domain), its text from the offsets, its article from the sentence; only a mention outside
        // every sentence names its article itself. Six quads instead of nine: mentions are most of an article's quads.
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Resource r = span(model, text, a.getURI() + "/mention/" + i, m.begin(), m.end());
            r.addProperty(SG.refersTo, model.createResource(m.entity().iri()));
            r.addProperty(SG.method, m.method());
            r.addLiteral(SG.confidence, confidence(model, m.confidence()));
            if (sentenceOfMention[i] != null) {
                r.addProperty(SG.inSentence, sentences.get(sentenceOfMention[i].index()));
            } else {
                r.addProperty(SG.inArticle, a);
            }
        }
        for (Fact f : extraction.facts()) {
            statement(model, a, f, sentences.get(f.sentence().index()));
        }
        for (Attribute attr : extraction.attributes()) {
            attribute(model, a, attr, sentences.get(attr.sentence().index()));
        }
        return model;
    }

    private static Resource entity(Model model, Entity e, Set<String> surfaces) {
        Resource r = model.createResource(e.iri(), e.kind().type());
        if (e.kind() == EntityKind.COMPANY) {
            r.addProperty(RDF.type, SG.Organization);
        } else if (e.kind() == EntityKind.SUMMIT) {
            r.addProperty(RDF.type, SG.Event);
        }
        e.labels().forEach((lang, label) -> r.addProperty(RDFS.label, label, lang));
        for (String surface : surfaces) {
            if (!e.labels().containsValue(surface)) {
                r.addProperty(SKOS.altLabel, surface, languageOf(surface));
            }
        }
        e.sameAs().forEach(iri -> r.addProperty(OWL.sameAs, model.createResource(iri)));
        return r;
    }

    private static Resource span(Model model, String text, String iri, int begin, int end) {
        return model.createResource(iri)
                .addLiteral(SG.beginOffset, model.createTypedLiteral(codePoints(text, begin), XSDDatatype.XSDinteger))
                .addLiteral(SG.endOffset, model.createTypedLiteral(codePoints(text, end), XSDDatatype.XSDinteger));
    }

    private static void statement(Model model, Resource article, Fact f, Resource sentence) {
        Resource subject = model.createResource(f.subject());
        Resource object = model.createResource(f.object());
        Property predicate = f.predicate();
        if (f.roleTitle() != null) {
            Resource role = model.createResource(SG.ID + "role/" + hash(f.subject() + " " + f.roleTitle() + " " + f.object()), SG.Role)
                    .addProperty(SG.roleTitle, f.roleTitle())
                    .addProperty(SG.roleIn, object);
            subject.addProperty(SG.hasRole, role);
            object = role;
            predicate = SG.hasRole;
        } else {
            subject.addProperty(predicate, object);
        }
        String key = article.getURI() + " " + f.key();
        Resource st = model.createResource(SG.ID + "statement/" + hash(key));
        if (!st.hasProperty(RDF.type)) {
            st.addProperty(RDF.type, SG.Statement)
                    .addProperty(RDF.subject, subject)
                    .addProperty(RDF.predicate, predicate)
                    .addProperty(RDF.object, object)
                    .addProperty(SG.inArticle, article)
                    .addProperty(SG.method, f.method())
                    .addLiteral(SG.confidence, confidence(model, f.confidence()));
        } else {
            keepBest(model, st, f);
        }
        st.addProperty(SG.evidence, sentence);
    }

    private static void attribute(Model model, Resource article, Attribute attr, Resource sentence) {
        Resource subject = model.createResource(attr.subject());
        Literal value = model.createTypedLiteral(attr.value(), attr.datatype());
        subject.addLiteral(attr.predicate(), value);
        Resource st = model.createResource(SG.ID + "statement/" + hash(article.getURI() + " " + attr.subject() + " "
                + attr.predicate().getURI() + " " + attr.value()));
        if (!st.hasProperty(RDF.type)) {
            st.addProperty(RDF.type, SG.Statement)
                    .addProperty(RDF.subject, subject)
                    .addProperty(RDF.predicate, attr.predicate())
                    .addLiteral(RDF.object, value)
                    .addProperty(SG.inArticle, article)
                    .addProperty(SG.method, attr.method())
                    .addLiteral(SG.confidence, confidence(model, attr.confidence()));
        }
        st.addProperty(SG.evidence, sentence);
    }

    /** A statement found in several sentences keeps the method and confidence of its best finding. */
    private static void keepBest(Model model, Resource st, Fact f) {
        double current = st.getProperty(SG.confidence).getDouble();
        if (f.confidence() > current) {
            st.removeAll(SG.confidence).removeAll(SG.method);
            st.addProperty(SG.method, f.method()).addLiteral(SG.confidence, confidence(model, f.confidence()));
        }
    }

    /** The sentence that holds the offset, or null; the sentences come in text order and do not overlap. */
    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Sentence s = sentences.get(middle);
            if (offset < s.begin()) {
                high = middle - 1;
            } else if (offset >= s.end()) {
                low = middle + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private static Literal confidence(Model model, double value) {
        return model.createTypedLiteral(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), XSDDatatype.XSDdecimal);
    }

    private static int codePoints(String text, int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }

    private static String languageOf(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }

    static String hash(String s) {
        return Digests.hex(s, 8);
    }
}
