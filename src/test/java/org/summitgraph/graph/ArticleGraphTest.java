package org.summitgraph.graph;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.validation.ShapeValidator;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleGraphTest {

    private static final BundledKnowledge KNOWLEDGE = BundledKnowledge.fromClasspath();
    private static final Article ARTICLE = sample();
    private static final Model GRAPH = ArticleGraph.of(
            Extractor.standard(ReferenceKnowledge.from(KNOWLEDGE.reference())).extract(ARTICLE));

    private static Article sample() {
        try (InputStream in = ArticleGraphTest.class.getResourceAsStream("/extraction/sample.zh.txt")) {
            return new ArticleReader(1 << 22).read(new ArticleSource(in.readAllBytes(), null, "sample.zh.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<QuerySolution> select(String sparql) {
        try (QueryExecution qe = QueryExecution.model(GRAPH).query(sparql).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void theSampleGraphConformsToTheShapes() {
        assertEquals(List.of(), new ShapeValidator(KNOWLEDGE.shapes(), KNOWLEDGE.ontology()).problems(GRAPH));
    }

    @Test
    void theArticleNodeCarriesItsMetadata() {
        List<QuerySolution> rows = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                SELECT ?title ?date ?lang ?publisher ?about WHERE {
                  ?a a sg:Article ; sg:title ?title ; sg:datePublished ?date ; sg:language ?lang ;
                     sg:publisher ?publisher ; sg:about ?about }""");
        assertEquals(1, rows.size());
        assertEquals("【OpenStack悉尼峰会快报】峰会Day 1:老而弥坚", rows.get(0).getLiteral("title").getString());
        assertEquals("2018-03-28", rows.get(0).getLiteral("date").getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", rows.get(0).getLiteral("date").getDatatypeURI());
        assertEquals("https://summitgraph.org/id/summit/sydney-2017", rows.get(0).getResource("about").getURI());
    }

    @Test
    void everyMentionedEntityHasATypeAndALabel() {
        List<QuerySolution> unlabelled = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?e WHERE { ?a sg:mentions ?e . FILTER NOT EXISTS { ?e a ?type ; rdfs:label ?label } }""");
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void statementsPointToTheSentenceThatStatesThemWithOffsetsIntoTheText() {
        List<QuerySolution> rows = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?text ?begin ?end ?confidence WHERE {
                  ?st a sg:Statement ; rdf:predicate sg:worksFor ; rdf:subject ?p ; rdf:object ?o ;
                      sg:confidence ?confidence ; sg:evidence ?s .
                  ?s sg:anchorOf ?text ; sg:beginOffset ?begin ; sg:endOffset ?end .
                  ?p sg:hasRole ?r . ?r sg:roleTitle "COO" }""");
        assertTrue(!rows.isEmpty());
        for (QuerySolution row : rows) {
            String text = ARTICLE.text();
            int begin = text.offsetByCodePoints(0, row.getLiteral("begin").getInt());
            int end = text.offsetByCodePoints(0, row.getLiteral("end").getInt());
            assertEquals(row.getLiteral("text").getString(), text.substring(begin, end));
            double confidence = row.getLiteral("confidence").getDouble();
            assertTrue(confidence > 0 && confidence <= 1);
        }
    }

    @Test
    void aRoleIsANodeWithTitleAndTarget() {
        List<QuerySolution> rows = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?target WHERE { ?p rdfs:label "孔令贤"@zh ; sg:hasRole ?r . ?r a sg:Role ; sg:roleTitle "PTL" ; sg:roleIn ?target }""");
        assertEquals(List.of("https://summitgraph.org/id/project/qinling"), rows.stream().map(r -> r.getResource("target").getURI()).toList());
    }
    @Test
    void aMentionIsItsOffsetsEntityMethodConfidenceAndSentenceWhoseArticleAndTextLeadToIt() {
        List<QuerySolution> rows = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                SELECT ?m ?begin ?end ?sentenceBegin ?sentenceEnd ?text WHERE {
                  ?m sg:refersTo <https://summitgraph.org/id/person/kong-lingxian> ; sg:beginOffset ?begin ;
                     sg:endOffset ?end ; sg:method ?method ; sg:confidence ?confidence ; sg:inSentence ?s .
                  ?s sg:inArticle ?a ; sg:beginOffset ?sentenceBegin ; sg:endOffset ?sentenceEnd .
                  ?a sg:text ?text }""");
        java.util.Set<String> written = new java.util.HashSet<>();
        for (QuerySolution row : rows) {
            String text = row.getLiteral("text").getString();
            int begin = row.getLiteral("begin").getInt();
            int end = row.getLiteral("end").getInt();
            written.add(text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end)));
            assertTrue(row.getLiteral("sentenceBegin").getInt() <= begin && end <= row.getLiteral("sentenceEnd").getInt());
        }
        assertTrue(written.contains("孔令贤"), written::toString);
    }

    @Test
    void aMentionInASentenceCarriesNeitherTypeNorTextNorArticle() {
        List<QuerySolution> rows = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                SELECT ?m WHERE { ?m sg:refersTo ?e ; sg:inSentence ?s .
                  FILTER EXISTS { { ?m a ?type } UNION { ?m sg:anchorOf ?x } UNION { ?m sg:inArticle ?y } } }""");
        assertEquals(List.of(), rows);
    }

    @Test
    void onlySentencesThatAStatementOrAMentionPointToAreWritten() {
        List<QuerySolution> all = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                SELECT ?s WHERE { ?s a sg:Sentence }""");
        List<QuerySolution> idle = select("""
                PREFIX sg: <https://summitgraph.org/ontology#>
                SELECT ?s WHERE { ?s a sg:Sentence .
                  FILTER NOT EXISTS { { ?m sg:inSentence ?s } UNION { ?st sg:evidence ?s } } }""");
        assertTrue(all.size() > 10, () -> all.size() + " sentences");
        assertEquals(List.of(), idle);
    }
}
