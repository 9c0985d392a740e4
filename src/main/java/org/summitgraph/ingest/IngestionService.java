package org.summitgraph.ingest;

import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.extraction.Extraction;
import org.summitgraph.graph.ArticleGraph;
import org.summitgraph.store.GraphStore;

/**
 * Article in, graph stored: read, extract, check against the shapes, then store in one transaction. Nothing
 * is written unless every step before succeeded.
 */
public class IngestionService {

    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);

    private final Pipeline pipeline;
    private final GraphStore store;

    public IngestionService(Pipeline pipeline, GraphStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    public IngestResult ingest(ArticleSource source) {
        long start = System.nanoTime();
        Article article = pipeline.read(source);
        Extraction extraction = pipeline.extract(article);
        Model graph = pipeline.graph(extraction);
        GraphStore.Written written = store.putArticle(article.id(), graph, article.url(), article.text());
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("{} article {} \"{}\"{}: {} entities, {} facts, {} triples in {} ms",
                written.replaced() ? "Replaced" : "Ingested", article.id(), article.title(),
                source.fileName() == null ? "" : " from " + source.fileName(), extraction.entities().size(),
                extraction.facts().size(), written.triples(), millis);
        return new IngestResult(article.id(), ArticleGraph.articleIri(article.id()), article.title(),
                written.replaced(), written.triples(), extraction.entities().size(), millis);
    }
}
