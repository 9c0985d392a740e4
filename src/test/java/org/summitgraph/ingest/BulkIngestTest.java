package org.summitgraph.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.store.ArticleSummary;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.validation.ShapeValidator;
import org.summitgraph.vocab.SG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkIngestTest {

    private static final BundledKnowledge KNOWLEDGE = BundledKnowledge.fromClasspath();
    private static final Pipeline PIPELINE = Pipeline.standard(KNOWLEDGE, 1 << 22);

    private final List<Dataset> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Dataset::close);
    }

    private GraphStore store() {
        Dataset dataset = StoreFactory.open(StoreFactory.IN_MEMORY);
        opened.add(dataset);
        return new GraphStore(dataset);
    }

    /** Short English articles, each with its own url, title and people. */
    private static List<Path> articles(Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve("a" + i + ".txt"), """
                    title: Summit report %d
                    url: https://example.org/reports/%d
                    date: 2018-05-2%d
                    language: en

                    At the OpenStack Summit in Vancouver, Jonathan Bryce of the OpenStack Foundation opened day %d.
                    Mark Collier, COO of the OpenStack Foundation, announced the Kata Containers project.
                    """.formatted(i, i, i % 10, i)));
        }
        return files;
    }

    /** Records what the listener hears. */
    private static final class Heard implements BulkListener {
        final List<Integer> storedAfterCommit = new ArrayList<>();
        final List<String> doneAndStored = new ArrayList<>();
        final List<String> stored = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> refused = new ArrayList<>();

        @Override
        public void stored(Path file, IngestResult result) {
            stored.add(file.getFileName().toString());
        }

        @Override
        public void skipped(Path file, String articleId) {
            skipped.add(file.getFileName().toString());
        }

        @Override
        public void refused(Path file, String reason) {
            refused.add(file.getFileName() + ": " + reason);
        }

        @Override
        public void progress(BulkProgress progress) {
            doneAndStored.add(progress.done() + "/" + progress.stored());
            if (storedAfterCommit.isEmpty() || storedAfterCommit.get(storedAfterCommit.size() - 1) != progress.stored()) {
                storedAfterCommit.add(progress.stored());
            }
        }
    }

    private static BulkIngest bulk(GraphStore store, int batch) {
        return new BulkIngest(PIPELINE, store, new BulkIngest.Options(batch, 2, false));
    }

    @Test
    void articlesAreStoredInBatchesEachCommittedWhole(@TempDir Path dir) throws IOException {
        GraphStore store = store();
        Heard heard = new Heard();
        BulkSummary summary = bulk(store, 2).run(articles(dir, 5), heard);
        assertEquals(List.of(0, 2, 4, 5), heard.storedAfterCommit);
        assertEquals(5, summary.ingested());
        assertEquals(List.of("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt"), heard.stored);
        assertEquals(5, store.articles().size());
        assertTrue(summary.triples() > 5 * 20, "triples: " + summary.triples());
    }

    @Test
    void articlesInTheWritersOpenTransactionCountAsDoneBeforeTheirBatchCommits(@TempDir Path dir) throws IOException {
        Heard heard = new Heard();
        bulk(store(), 10).run(articles(dir, 5), heard);
        assertEquals(List.of("1/0", "2/0", "3/0", "4/0", "5/0", "5/5"), heard.doneAndStored);
    }

    @Test
    void aSecondRunAfterAnInterruptedOneStoresTheRestAndDuplicatesNothing(@TempDir Path dir) throws IOException {
        List<Path> files = articles(dir, 6);
        GraphStore oneShot = store();
        bulk(oneShot, 4).run(files, new Heard());

        GraphStore resumed = store();
        bulk(resumed, 4).run(files.subList(0, 3), new Heard());
        Heard second = new Heard();
        BulkSummary summary = bulk(resumed, 4).run(files, second);

        assertEquals(List.of("a0.txt", "a1.txt", "a2.txt"), second.skipped);
        assertEquals(List.of("a3.txt", "a4.txt", "a5.txt"), second.stored);
        assertEquals(3, summary.ingested());
        assertEquals(0, summary.replaced());
        assertEquals(oneShot.size(), resumed.size());
        assertEquals(6, resumed.articles().size());
    }

    @Test
    void anArticleWhoseTextChangedUnderTheSameUrlIsReplacedNotSkipped(@TempDir Path dir) throws IOException {
        GraphStore store = store();
        List<Path> files = articles(dir, 2);
        bulk(store, 10).run(files, new Heard());
        Files.writeString(files.get(1), Files.readString(files.get(1)).replace("Kata Containers", "Zuul"));
        Heard heard = new Heard();
        BulkSummary summary = bulk(store, 10).run(files, heard);
        assertEquals(List.of("a0.txt"), heard.skipped);
        assertEquals(1, summary.replaced());
        assertEquals(2, store.articles().size());
    }

    @Test
    void replacingStoredArticlesExtractsThemAgainWithoutDuplicating(@TempDir Path dir) throws IOException {
        GraphStore store = store();
        List<Path> files = articles(dir, 3);
        bulk(store, 10).run(files, new Heard());
        long size = store.size();
        BulkSummary summary = new BulkIngest(PIPELINE, store, new BulkIngest.Options(10, 2, true)).run(files, new Heard());
        assertEquals(3, summary.replaced());
        assertEquals(0, summary.skipped());
        assertEquals(size, store.size());
    }

    @Test
    void anArticleRefusedByTheShapesIsReportedWithTheirMessageAndTheOthersAreStored(@TempDir Path dir) throws IOException {
        Model shapes = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix sg: <https://summitgraph.org/ontology#> .
                <urn:test:no-report-3> a sh:NodeShape ;
                    sh:targetClass sg:Article ;
                    sh:property [ sh:path sg:title ; sh:not [ sh:hasValue "Summit report 3" ] ;
                                  sh:message "report 3 is not wanted" ] .
                """).lang(Lang.TURTLE).parse(shapes);
        Pipeline strict = new Pipeline(new ArticleReader(1 << 22),
                Extractor.standard(ReferenceKnowledge.from(KNOWLEDGE.reference())),
                new ShapeValidator(Shapes.parse(shapes), KNOWLEDGE.ontology()));
        GraphStore store = store();
        Heard heard = new Heard();
        BulkSummary summary = new BulkIngest(strict, store, new BulkIngest.Options(10, 2, false))
                .run(articles(dir, 5), heard);
        assertEquals(4, summary.ingested());
        assertEquals(1, summary.refused().size());
        assertEquals(dir.resolve("a3.txt"), summary.refused().get(0).file());
        assertTrue(summary.refused().get(0).reason().contains("report 3 is not wanted"), summary.refused().get(0).reason());
        assertEquals(List.of("Summit report 0", "Summit report 1", "Summit report 2", "Summit report 4"),
                store.articles().stream().map(ArticleSummary::title).sorted().toList());
    }

    /** A store whose next write transactions fail at their commit, as a full disk would make them. */
    private static final class FailingCommits extends DatasetGraphWrapper {
        int failing;
        int failed;

        FailingCommits(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void commit() {
            if (failing > 0 && transactionMode() == ReadWrite.WRITE) {
                failing--;
                failed++;
                throw new IllegalStateException("disk full");
            }
            super.commit();
        }
    }

    @Test
    void aBatchTheStoreCannotCommitIsRolledBackAndItsArticlesAreWrittenOneByOneFromTheirFiles(@TempDir Path dir) throws IOException {
        List<Path> files = articles(dir, 5);
        GraphStore oneShot = store();
        bulk(oneShot, 10).run(files, new Heard());

        Dataset dataset = StoreFactory.open(StoreFactory.IN_MEMORY);
        opened.add(dataset);
        FailingCommits failing = new FailingCommits(dataset.asDatasetGraph());
        GraphStore store = new GraphStore(DatasetFactory.wrap(failing));
        failing.failing = 1;
        Heard heard = new Heard();
        BulkSummary summary = bulk(store, 3).run(files, heard);

        assertEquals(1, failing.failed, "the first batch failed");
        assertEquals(5, summary.ingested());
        assertEquals(List.of(), heard.refused);
        assertEquals(List.of("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt"), heard.stored);
        assertEquals(oneShot.size(), store.size(), "the same quads as a run without the failure, none twice");
        assertEquals(5, store.articles().size());
    }

    @Test
    void everyArticleOfARunOfManyBatchesIsStoredExactlyOnceInTheFilesOrder(@TempDir Path dir) throws IOException {
        List<Path> files = articles(dir, 40);
        GraphStore oneBatch = store();
        bulk(oneBatch, 1000).run(files, new Heard());

        GraphStore store = store();
        Heard heard = new Heard();
        BulkSummary summary = bulk(store, 3).run(files, heard);

        assertEquals(40, summary.ingested());
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(), heard.stored);
        assertEquals(40, store.articles().size());
        assertEquals(oneBatch.size(), store.size(), "the same quads as one batch gives, none twice");
        assertEquals(summary.triples(), store.size() - knowledgeQuads(store), "every triple reported is in the store");
    }

    /** Quads of the store outside article graphs (ontology, shapes, reference): none in these tests' stores. */
    private static long knowledgeQuads(GraphStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream()
                .filter(q -> !org.summitgraph.vocab.GraphNames.isArticleGraph(q.getGraph())
                        && !org.summitgraph.figures.FIG.GRAPH.equals(q.getGraph()))
                .count());
    }

    /** A store that cannot read what it holds about one article's text, as a bad disk block would make it. */
    private static final class FailingOnOneText extends DatasetGraphWrapper {
        private final String marker;
        int failed;

        FailingOnOneText(DatasetGraph dsg, String marker) {
            super(dsg);
            this.marker = marker;
        }

        @Override
        public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(Node g, Node s, Node p, Node o) {
            if (SG.text.asNode().equals(p) && o.isLiteral() && o.getLiteralLexicalForm().contains(marker)) {
                failed++;
                throw new IllegalStateException("bad block");
            }
            return super.find(g, s, p, o);
        }
    }

    @Test
    void anArticleTheStoreFailsOnInTheMiddleOfABatchRollsItBackAndOnlyThatArticleIsRefused(@TempDir Path dir) throws IOException {
        List<Path> files = articles(dir, 6);
        GraphStore withoutIt = store();
        List<Path> others = new ArrayList<>(files);
        others.remove(4);
        bulk(withoutIt, 10).run(others, new Heard());

        Dataset dataset = StoreFactory.open(StoreFactory.IN_MEMORY);
        opened.add(dataset);
        FailingOnOneText failing = new FailingOnOneText(dataset.asDatasetGraph(), "opened day 4.");
        GraphStore store = new GraphStore(DatasetFactory.wrap(failing));
        Heard heard = new Heard();
        BulkSummary summary = bulk(store, 3).run(files, heard);

        assertEquals(2, failing.failed, "in its batch, then alone");
        assertEquals(5, summary.ingested());
        assertEquals(1, summary.refused().size());
        assertEquals(dir.resolve("a4.txt"), summary.refused().get(0).file());
        assertTrue(summary.refused().get(0).reason().contains("bad block"), summary.refused().get(0).reason());
        assertEquals(List.of("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a5.txt"), heard.stored);
        assertFalse(store.containsArticle(articleId(files.get(4))), "nothing of the refused article is stored");
        assertEquals(withoutIt.size(), store.size(), "the others' quads, as a run without the refused article stores them");
    }

    private static String articleId(Path file) {
        return PIPELINE.read(ArticleFiles.read(file)).id();
    }

    @Test
    void anUnreadableFileIsRefusedAndTheOthersAreStored(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>(articles(dir, 2));
        files.add(1, Files.write(dir.resolve("binary.txt"), new byte[]{0, 1, 2, (byte) 0xff, (byte) 0xfe, 0}));
        files.add(dir.resolve("vanished.txt"));
        GraphStore store = store();
        Heard heard = new Heard();
        BulkSummary summary = bulk(store, 10).run(files, heard);
        assertEquals(2, summary.ingested());
        assertEquals(2, heard.refused.size(), heard.refused::toString);
        assertTrue(heard.refused.get(0).startsWith("binary.txt: "), heard.refused.get(0));
        assertTrue(heard.refused.get(1).startsWith("vanished.txt: cannot read"), heard.refused.get(1));
        assertEquals(2, store.articles().size());
    }
}
