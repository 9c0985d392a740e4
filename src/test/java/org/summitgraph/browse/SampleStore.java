package org.summitgraph.browse;

import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.GraphNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A store in memory with the ontology, the reference knowledge and the sample article, as the server has it. */
final class SampleStore {

    static final Path SAMPLE = Path.of("data/articles/openstack-sydney-summit-2017-day1.zh.txt");

    private SampleStore() {
    }

    static GraphStore withSample() {
        BundledKnowledge knowledge = BundledKnowledge.fromClasspath();
        GraphStore store = new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY));
        store.replaceGraph(GraphNames.ONTOLOGY, knowledge.ontology());
        store.replaceGraph(GraphNames.REFERENCE, knowledge.reference());
        Pipeline pipeline = Pipeline.standard(knowledge, 1 << 22);
        try {
            put(store, pipeline, Files.readAllBytes(SAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** Reads, extracts and stores an article; gives its id. */
    static String put(GraphStore store, Pipeline pipeline, byte[] bytes) {
        Article article = pipeline.read(new ArticleSource(bytes, null, null));
        store.putArticle(article.id(), pipeline.graph(pipeline.extract(article)), article.url(), article.text());
        return article.id();
    }
}
