package org.summitgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphStoreTest {

    private final Dataset dataset = StoreFactory.open(StoreFactory.IN_MEMORY);
    private final GraphStore store = new GraphStore(dataset);

    @AfterEach
    void close() {
        dataset.close();
    }

    private static Model article(String id, String title, String url, String text) {
        Model m = ModelFactory.createDefaultModel();
        var a = m.createResource(SG.ID + "article/" + id, SG.Article)
                .addProperty(RDFS.label, title, "en").addProperty(SG.title, title).addProperty(SG.language, "en")
                .addProperty(SG.text, text);
        if (url != null) {
            a.addProperty(SG.url, m.createTypedLiteral(url, org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI));
        }
        return m;
    }

    private long countArticles() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset)
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?a a <" + SG.Article.getURI() + "> }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void queriesSeeTheUnionOfTheNamedGraphs() {
        store.putArticle("a1", article("a1", "One", null, "one"), null, "one");
        store.putArticle("a2", article("a2", "Two", null, "two"), null, "two");
        assertEquals(2, countArticles());
    }

    @Test
    void theSameTextStoredAgainReplacesTheArticle() {
        assertFalse(store.putArticle("a1", article("a1", "One", null, "same text"), null, "same text").replaced());
        long size = store.size();
        assertTrue(store.putArticle("a1", article("a1", "One", null, "same text"), null, "same text").replaced());
        assertEquals(size, store.size());
        assertEquals(1, countArticles());
    }

    @Test
    void theSameUrlWithNewTextReplacesTheOldVersionEvenUnderAnotherId() {
        store.putArticle("old", article("old", "Old", "https://example.org/a", "old text"), "https://example.org/a", "old text");
        store.putArticle("new", article("new", "New", "https://example.org/a", "new text"), "https://example.org/a", "new text");
        assertEquals(List.of("New"), store.articles().stream().map(ArticleSummary::title).toList());
        assertFalse(store.containsArticle("old"));
    }

    @Test
    void deletingRemovesTheArticleGraphAndSaysWhetherThereWasOne() {
        store.putArticle("a1", article("a1", "One", null, "one"), null, "one");
        assertTrue(store.deleteArticle("a1"));
        assertFalse(store.deleteArticle("a1"));
        assertEquals(0, store.size());
    }

    @Test
    void aStoreInAFolderKeepsItsArticlesAcrossOpenings(@TempDir Path dir) {
        Dataset first = StoreFactory.open(dir.toString());
        new GraphStore(first).putArticle("a1", article("a1", "One", null, "one"), null, "one");
        first.close();
        Dataset second = StoreFactory.open(dir.toString());
        try {
            assertTrue(new GraphStore(second).containsArticle("a1"));
        } finally {
            second.close();
        }
    }

    @Test
    void aFileIsNoStoreFolder(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("store"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreFactory.open(file.toString()));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void articlesPutIntoAnOpenTransactionLandTogetherOnCommit() {
        try (GraphStore.ArticleTransaction txn = store.beginArticles()) {
            assertFalse(txn.put(new GraphStore.ArticleWrite("a1", article("a1", "One", null, "one"), null, "one")).replaced());
            txn.put(new GraphStore.ArticleWrite("a2", article("a2", "Two", "https://example.org/2", "two"), "https://example.org/2", "two"));
            // a later version in the same transaction replaces the one put before it, unwritten as it still is
            assertTrue(txn.put(new GraphStore.ArticleWrite("a3", article("a3", "Two again", "https://example.org/2", "two, again"),
                    "https://example.org/2", "two, again")).replaced());
            assertFalse(CompletableFuture.supplyAsync(() -> store.containsArticle("a1")).join(),
                    "another thread sees nothing before the commit");
            txn.commit();
        }
        assertEquals(List.of("One", "Two again"), store.articles().stream().map(ArticleSummary::title).sorted().toList());
        assertFalse(store.containsArticle("a2"));
    }

    @Test
    void aTransactionLargerThanOneRunOfSortedQuadsKeepsEveryQuadAndStillFindsEarlierVersions() {
        GraphStore store = new GraphStore(dataset, 100);
        Model big = article("big", "Big", "https://example.org/big", "big text");
        for (int i = 0; i < 60; i++) {
            big.createResource(SG.ID + "article/big/mention/" + i, SG.Mention).addLiteral(SG.beginOffset, i);
        }
        try (GraphStore.ArticleTransaction txn = store.beginArticles()) {
            txn.put(new GraphStore.ArticleWrite("a1", article("a1", "One", null, "one"), null, "one"));
            txn.put(new GraphStore.ArticleWrite("big", big, "https://example.org/big", "big text"));
            assertTrue(txn.put(new GraphStore.ArticleWrite("big2", article("big2", "Big, shorter", "https://example.org/big", "new text"),
                    "https://example.org/big", "new text")).replaced(), "the big one, already in the indexes, is replaced");
            txn.commit();
        }
        assertEquals(List.of("Big, shorter", "One"), store.articles().stream().map(ArticleSummary::title).sorted().toList());
        assertEquals(article("a1", "One", null, "one").size() + article("big2", "Big, shorter", "https://example.org/big", "new text").size(),
                store.size());
    }

    @Test
    void anOpenTransactionClosedWithoutCommitLeavesTheStoreAsItWas() {
        store.putArticle("a1", article("a1", "One", null, "one"), null, "one");
        long size = store.size();
        try (GraphStore.ArticleTransaction txn = store.beginArticles()) {
            txn.put(new GraphStore.ArticleWrite("a2", article("a2", "Two", null, "two"), null, "two"));
            txn.put(new GraphStore.ArticleWrite("a1", article("a1", "One", null, "one"), null, "one"));
        }
        assertEquals(size, store.size());
        assertEquals(List.of("One"), store.articles().stream().map(ArticleSummary::title).toList());
        assertFalse(dataset.isInTransaction(), "the transaction is over");
        store.putArticle("a3", article("a3", "Three", null, "three"), null, "three");
        assertTrue(store.containsArticle("a3"), "the store takes writes again");
    }

    /** The store, counting the write transactions begun on it. */
    private static final class CountingWrites extends DatasetGraphWrapper {
        int writes;

        CountingWrites(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void begin(TxnType type) {
            writes += type == TxnType.WRITE ? 1 : 0;
            super.begin(type);
        }

        @Override
        public void begin(ReadWrite mode) {
            writes += mode == ReadWrite.WRITE ? 1 : 0;
            super.begin(mode);
        }
    }

    @Test
    void aKnowledgeGraphIsWrittenOnlyWhenItsTriplesChanged() {
        CountingWrites counted = new CountingWrites(dataset.asDatasetGraph());
        GraphStore knowledge = new GraphStore(DatasetFactory.wrap(counted));
        Model shapes = BundledKnowledge.fromClasspath().shapesModel();
        knowledge.replaceGraph(GraphNames.SHAPES, shapes);
        assertEquals(1, counted.writes);
        // the shapes are full of blank nodes: read again, they are other blank nodes, and still the same graph
        knowledge.replaceGraph(GraphNames.SHAPES, ModelFactory.createDefaultModel().add(shapes));
        assertEquals(1, counted.writes);
        Model changed = ModelFactory.createDefaultModel().add(shapes);
        changed.removeAll(null, RDFS.label, null);
        knowledge.replaceGraph(GraphNames.SHAPES, changed);
        assertEquals(2, counted.writes);
        assertEquals(changed.size(), Txn.calculateRead(dataset, () -> dataset.getNamedModel(GraphNames.SHAPES.getURI()).size()));
    }
}
