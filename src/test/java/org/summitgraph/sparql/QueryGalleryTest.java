package org.summitgraph.sparql;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitgraph.ingest.ArticleFiles;
import org.summitgraph.ingest.IngestionService;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.knowledge.KnowledgeGraphs;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryGalleryTest {

    private static final List<QueryGallery.Example> EXAMPLES = new QueryGallery().examples();
    private static Dataset dataset;

    @BeforeAll
    static void storeWithTheSample() {
        dataset = StoreFactory.open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        BundledKnowledge knowledge = BundledKnowledge.fromClasspath();
        KnowledgeGraphs.install(knowledge, store);
        new IngestionService(Pipeline.standard(knowledge, 1 << 22), store)
                .ingest(ArticleFiles.read(Path.of("data/articles/openstack-sydney-summit-2017-day1.zh.txt")));
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    @Test
    void theGalleryHasAtLeastTwelveExamplesTitledInEnglishAndChinese() {
        assertTrue(EXAMPLES.size() >= 12, "examples: " + EXAMPLES.size());
        for (QueryGallery.Example e : EXAMPLES) {
            assertTrue(!e.title().equals(e.id()) && e.title().matches("[\\x20-\\x7E]+"), e.id() + ": " + e.title());
            assertTrue(e.titleZh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    e.id() + ": " + e.titleZh());
        }
    }

    @Test
    void everySelectInTheGalleryAnswersOnTheSampleWithAtLeastOneRow() {
        for (QueryGallery.Example e : EXAMPLES) {
            Query query = QueryFactory.create(e.query());
            if (!query.isSelectType()) {
                continue;
            }
            int rows = Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    int n = 0;
                    var rs = qe.execSelect();
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
            });
            assertTrue(rows >= 1, e.id() + " returned no row");
        }
    }
}
