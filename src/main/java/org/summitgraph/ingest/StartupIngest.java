package org.summitgraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.summitgraph.SummitGraphProperties;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.knowledge.KnowledgeGraphs;
import org.summitgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * At start-up: the bundled knowledge into its graphs, then every article of the articles folder that the store does
 * not hold yet, as the command line's bulk ingest does it (all cores, batches). A bad file is logged and skipped; it
 * does not stop the server.
 */
@Component
@Order(0)
class StartupIngest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupIngest.class);
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final BundledKnowledge knowledge;
    private final GraphStore store;
    private final Pipeline pipeline;
    private final SummitGraphProperties properties;

    StartupIngest(BundledKnowledge knowledge, GraphStore store, Pipeline pipeline, SummitGraphProperties properties) {
        this.knowledge = knowledge;
        this.store = store;
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        KnowledgeGraphs.install(knowledge, store);
        Path folder = Path.of(properties.articles());
        if (!Files.isDirectory(folder)) {
            log.info("No articles folder at {}; nothing to ingest at start-up", folder.toAbsolutePath());
            return;
        }
        BulkSummary s = new BulkIngest(pipeline, store, BulkIngest.Options.defaults())
                .run(ArticleFiles.in(folder), new LoggedProgress());
        log.info("Articles folder {}: {} ingested, {} replaced, {} already stored, {} skipped as unreadable, in {} ms",
                folder.toAbsolutePath(), s.ingested(), s.replaced(), s.skipped(), s.refused().size(),
                s.elapsed().toMillis());
    }

    /** Refusals as warnings, progress in the log every ten seconds. */
    private static final class LoggedProgress implements BulkListener {

        private long lastShown = System.nanoTime();

        @Override
        public void refused(Path file, String reason) {
            log.warn("Skipped {}: {}", file, reason);
        }

        @Override
        public void progress(BulkProgress p) {
            if (System.nanoTime() - lastShown >= PROGRESS_EVERY_NANOS && p.done() < p.total()) {
                lastShown = System.nanoTime();
                log.info("Ingesting the articles folder: {} of {} articles, {} articles/s", p.done(), p.total(),
                        Math.round(p.rate()));
            }
        }
    }
}
