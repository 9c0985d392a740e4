package org.summitgraph.linkeddata;

import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.knowledge.KnowledgeGraphs;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A store in memory as the server has it: ontology, shapes, reference knowledge and the sample article. */
final class SampleDataset {

    static final Path SAMPLE = Path.of("data/articles/openstack-sydney-summit-2017-day1.zh.txt");
    private static GraphStore shared;

    private SampleDataset() {
    }

    /** Built once per test run: extraction takes seconds. Tests only read it. */
    static synchronized GraphStore store() {
        if (shared == null) {
            BundledKnowledge knowledge = BundledKnowledge.fromClasspath();
            GraphStore store = new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY));
            KnowledgeGraphs.install(knowledge, store);
            Pipeline pipeline = Pipeline.standard(knowledge, 1 << 22);
            try {
                Article article = pipeline.read(new ArticleSource(Files.readAllBytes(SAMPLE), null, null));
                store.putArticle(article.id(), pipeline.graph(pipeline.extract(article)), article.url(), article.text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = store;
        }
        return shared;
    }
}
