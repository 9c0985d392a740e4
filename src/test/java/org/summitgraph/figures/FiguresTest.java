package org.summitgraph.figures;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresTest {

    private static final String ENTITY = SG.ID + "project/openstack";

    private final Dataset dataset = StoreFactory.open(StoreFactory.IN_MEMORY);
    private final GraphStore store = new GraphStore(dataset);

    @AfterEach
    void close() {
        dataset.close();
    }

    @Test
    void figuresOfExtractedArticlesEqualARebuildAfterIngestReplaceAndDelete() throws Exception {
        BundledKnowledge knowledge = BundledKnowledge.fromClasspath();
        store.replaceGraph(GraphNames.REFERENCE, knowledge.reference());
        Pipeline pipeline = Pipeline.standard(knowledge, 1 << 22);
        List<String> ids = new ArrayList<>();
        for (String name : List.of("data/articles/openstack-sydney-summit-2017-day1.zh.txt",
                "src/test/resources/eval/openstack-boston-2017.en.txt",
                "src/test/resources/eval/open-infrastructure-denver-2019.en.txt",
                "src/test/resources/eval/openstack-tokyo-2015-recap.zh.txt")) {
            ids.add(put(pipeline, Files.readString(Path.of(name))));
        }
        assertEqualsRebuild("after ingest");
        assertTrue(count(FigureNodes.entity(ENTITY), FIG.articles) >= 3, "OpenStack is mentioned by the articles");

        String boston = Files.readString(Path.of("src/test/resources/eval/openstack-boston-2017.en.txt"));
        put(pipeline, boston.replace("date: 2017-05-", "date: 2016-05-").replace("OpenStack", "OpenStack cloud"));
        assertEqualsRebuild("after replacing an article");

        assertTrue(store.deleteArticle(ids.get(0)));
        assertEqualsRebuild("after deleting an article");
        assertEquals(articlesMentioning(ENTITY), count(FigureNodes.entity(ENTITY), FIG.articles));
    }

    @Test
    void anEntityKeepsItsNewestArticlesThroughDeletesOfTheNewest() {
        for (int i = 0; i < 30; i++) {
            store.putArticle("a" + i, article("a" + i, i % 7 == 0 ? null : String.format("2019-01-%02d", i % 28 + 1),
                    ENTITY), null, "text " + i);
        }
        Node figure = FigureNodes.entity(ENTITY);
        assertEquals(30, count(figure, FIG.articles));
        assertEquals(newestArticles(Figures.RECENT_ARTICLES), recent(figure, FIG.recentArticle));
        for (int i = 27; i >= 20; i--) {
            store.deleteArticle("a" + i);
            assertEquals(newestArticles(Figures.RECENT_ARTICLES), recent(figure, FIG.recentArticle), "after deleting a" + i);
            assertEqualsRebuild("after deleting a" + i);
        }
        for (int i = 0; i < 30; i++) {
            store.deleteArticle("a" + i);
        }
        assertFalse(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(FIG.GRAPH, figure, Node.ANY, Node.ANY)),
                "an entity no article mentions has no figures");
        assertEqualsRebuild("after deleting every article");
    }

    @Test
    void aFactCountsItsStatementsAndArticlesAndKeepsTheNewestFive() {
        for (int i = 0; i < 8; i++) {
            Model m = article("f" + i, String.format("2020-02-%02d", i + 1), ENTITY);
            statement(m, "f" + i, 0.5 + i / 100.0);
            statement(m, "f" + i + "b", 0.4);
            store.putArticle("f" + i, m, null, "fact " + i);
        }
        Node fact = FigureNodes.fact(NodeFactory.createURI(SG.ID + "organization/x"), SG.uses.asNode(),
                NodeFactory.createURI(ENTITY));
        assertEquals(16, count(fact, FIG.statements));
        assertEquals(8, count(fact, FIG.articles));
        // newest article first, then the higher confidence
        assertEquals(Set.of(st("f7"), st("f7b"), st("f6"), st("f6b"), st("f5")), recent(fact, FIG.recentStatement));
        store.deleteArticle("f7");
        assertEquals(Set.of(st("f6"), st("f6b"), st("f5"), st("f5b"), st("f4")), recent(fact, FIG.recentStatement));
        assertEquals(14, count(fact, FIG.statements));
        assertEqualsRebuild("after deleting the newest statement's article");
    }

    @Test
    void aBatchOfArticlesKeepsTheFiguresAsSingleWritesDo() {
        store.putArticles(List.of(
                new GraphStore.ArticleWrite("b1", withText(article("b1", "2021-05-01", ENTITY), "batch one"), null, "batch one"),
                new GraphStore.ArticleWrite("b2", withText(article("b2", "2021-05-02", ENTITY), "batch two"), null, "batch two"),
                new GraphStore.ArticleWrite("b3", withText(article("b3", "2021-05-03", ENTITY), "batch one"), null, "batch one")));
        assertEquals(2, count(FigureNodes.entity(ENTITY), FIG.articles), "the third replaced the first in the batch");
        assertEquals(Set.of(NodeFactory.createURI(SG.ID + "article/b2"), NodeFactory.createURI(SG.ID + "article/b3")),
                recent(FigureNodes.entity(ENTITY), FIG.recentArticle));
        assertEqualsRebuild("after a batch");
    }

    @Test
    void aStoreWithoutFiguresGetsThemWhenOpened() {
        store.putArticle("a1", article("a1", "2018-03-28", ENTITY), null, "one");
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().deleteAny(FIG.GRAPH, Node.ANY, Node.ANY, Node.ANY));
        new GraphStore(dataset);
        assertEquals(1, count(FigureNodes.entity(ENTITY), FIG.articles));
    }

    private String put(Pipeline pipeline, String text) {
        Article article = pipeline.read(new ArticleSource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        store.putArticle(article.id(), pipeline.graph(pipeline.extract(article)), article.url(), article.text());
        return article.id();
    }

    private void assertEqualsRebuild(String when) {
        Model incremental = figures();
        Txn.executeWrite(dataset, () -> Figures.rebuild(dataset));
        Model rebuilt = figures();
        assertTrue(incremental.size() > 0, "figures exist " + when);
        assertEquals(rebuilt.listStatements().toSet(), incremental.listStatements().toSet(), "figures " + when);
    }

    private Model figures() {
        return Txn.calculateRead(dataset,
                () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(FIG.GRAPH.getURI())));
    }

    private long count(Node figure, Node property) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(FIG.GRAPH, figure, property, Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0L;
        });
    }

    private Set<Node> recent(Node figure, Node property) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> out = new HashSet<>();
            dataset.asDatasetGraph().find(FIG.GRAPH, figure, property, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            return out;
        });
    }

    private long articlesMentioning(String entity) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query("PREFIX sg: <" + SG.NS + "> "
                    + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a sg:mentions|sg:about <" + entity + "> }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** The newest articles as the page's query without figures orders them. */
    private Set<Node> newestArticles(int limit) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> out = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query("PREFIX sg: <" + SG.NS + "> "
                    + "SELECT ?a (MAX(?d) AS ?date) WHERE { ?a sg:mentions <" + ENTITY + "> OPTIONAL { ?a sg:datePublished ?d } }"
                    + " GROUP BY ?a ORDER BY DESC(?date) ?a LIMIT " + limit).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.getResource("a").asNode()));
            }
            return out;
        });
    }

    private static Model article(String id, String date, String mentioned) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(SG.ID + "article/" + id, SG.Article).addProperty(SG.title, "Article " + id)
                .addProperty(SG.mentions, m.createResource(mentioned));
        if (date != null) {
            a.addLiteral(SG.datePublished, m.createTypedLiteral(date, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        }
        return m;
    }

    private static Model withText(Model m, String text) {
        m.listSubjectsWithProperty(RDF.type, SG.Article).next().addProperty(SG.text, text);
        return m;
    }

    private static void statement(Model m, String name, double confidence) {
        String article = m.listSubjectsWithProperty(RDF.type, SG.Article).next().getURI();
        m.createResource(st(name).getURI(), SG.Statement)
                .addProperty(RDF.subject, m.createResource(SG.ID + "organization/x"))
                .addProperty(RDF.predicate, SG.uses)
                .addProperty(RDF.object, m.createResource(ENTITY))
                .addProperty(SG.inArticle, m.createResource(article))
                .addLiteral(SG.confidence, m.createTypedLiteral(confidence));
    }

    private static Node st(String name) {
        return NodeFactory.createURI(SG.ID + "statement/" + name);
    }
}
