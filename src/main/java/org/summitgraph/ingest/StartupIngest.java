package org.summitgraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.summitgraph.SummitGraphProperties;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.knowledge.KnowledgeGraphs;
import org.summitgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * At start-up: the bundled knowledge into its graphs, then every article of the articles folder that the
 * store does not hold yet. A bad file is logged and skipped; it does not stop the server.
 */
@Component
@Order(0)
class StartupIngest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupIngest.class);

    private final BundledKnowledge knowledge;
    private final GraphStore store;
    private final IngestionService ingestion;
    private final SummitGraphProperties properties;

    StartupIngest(BundledKnowledge knowledge, GraphStore store, IngestionService ingestion,
                  SummitGraphProperties properties) {
        this.knowledge = knowledge;
        this.store = store;
        this.ingestion = ingestion;
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
        long start = System.nanoTime();
        int ingested = 0;
        int present = 0;
        for (Path file : ArticleFiles.in(folder)) {
            try {
                var source = ArticleFiles.read(file);
                if (ingestion.isStored(source)) {
                    present++;
                } else {
                    ingestion.ingest(source);
                    ingested++;
                }
            } catch (InvalidArticleException e) {
                log.warn("Skipped {}: {}", file, e.getMessage());
            }
        }
        log.info("Articles folder {}: {} ingested, {} already stored, in {} ms", folder.toAbsolutePath(), ingested,
                present, (System.nanoTime() - start) / 1_000_000);
    }
}
