package org.summitgraph.ingest;

import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitgraph.article.Article;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.extraction.Extraction;
import org.summitgraph.store.GraphStore;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Many article files into the store. Reading, extraction, graph building and the shape check run on several
 * threads; one writer thread stores the checked graphs in batches, one transaction each, while the next batch is
 * prepared. Articles the store already holds unchanged are skipped before extraction, so an ingest that was
 * interrupted continues where it stopped when run again. An article that cannot be read, extracted, checked or
 * stored is refused and reported; the others are stored.
 */
public final class BulkIngest {

    private static final Logger log = LoggerFactory.getLogger(BulkIngest.class);

    /**
     * @param batchSize articles per write transaction
     * @param threads threads that prepare articles
     * @param replaceStored extract and store again articles the store holds unchanged (after the extractor improved)
     */
    public record Options(int batchSize, int threads, boolean replaceStored) {

        /**
         * TDB2 copies every B+tree block a transaction touches once per transaction, and the figures are flushed once
         * per batch: over 3,000 generated articles one transaction instead of three took a fifth less of the
         * writer's CPU and left a fifth less on disk (BENCHMARKS.md). Of the heap, only the batch's figures' sums grow
         * with it (3,000 articles in one transaction stayed within a 1 GB heap); an interrupted ingest redoes at
         * most one batch.
         */
        public static final int DEFAULT_BATCH = 2500;

        public Options {
            if (batchSize < 1 || threads < 1) {
                throw new IllegalArgumentException("batch size and threads must be positive");
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_BATCH, Runtime.getRuntime().availableProcessors(), false);
        }
    }

    /** What preparing one file gave. */
    sealed interface Outcome permits Ready, Skipped, Refused {
        Path file();
    }

    /** A checked graph, ready to store: made ready for the writer here, on the preparing thread. */
    record Ready(Path file, Article article, GraphStore.Prepared graph, int entities, long millis) implements Outcome {
    }

    record Skipped(Path file, String articleId) implements Outcome {
    }

    record Refused(Path file, String reason) implements Outcome {
    }

    private final Pipeline pipeline;
    private final GraphStore store;
    private final Options options;

    public BulkIngest(Pipeline pipeline, GraphStore store, Options options) {
        this.pipeline = pipeline;
        this.store = store;
        this.options = options;
    }

    /** Ingests the files, in their order where two are versions of the same article, and says what it did. */
    public BulkSummary run(List<Path> files, BulkListener listener) {
        return new BulkRun(this, store, options, listener).run(files);
    }

    /** Read, skip when stored unchanged, extract, build and check the graph; runs on the preparing threads. */
    Outcome prepare(Path file) {
        return prepare(file, !options.replaceStored());
    }

    /** The same, skipping an article stored unchanged only when asked to; never gives Skipped otherwise. */
    Outcome prepare(Path file, boolean skipStored) {
        long start = System.nanoTime();
        try {
            Article article = pipeline.read(ArticleFiles.read(file));
            if (skipStored && store.holdsArticle(article.id(), article.text())) {
                return new Skipped(file, article.id());
            }
            Extraction extraction = pipeline.extract(article);
            Model graph = pipeline.graph(extraction);
            GraphStore.Prepared prepared = GraphStore.Prepared.of(
                    new GraphStore.ArticleWrite(article.id(), graph, article.url(), article.text()));
            return new Ready(file, article, prepared, extraction.entities().size(), (System.nanoTime() - start) / 1_000_000);
        } catch (InvalidArticleException e) {
            return new Refused(file, e.getMessage());
        } catch (UncheckedIOException e) {
            return new Refused(file, e.getMessage() + ": " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            // a fault of the extractor on one article must not cost the others; the trace is for whoever fixes it
            log.warn("Extraction failed on {}", file, e);
            return new Refused(file, "extraction failed: " + e);
        }
    }
}
