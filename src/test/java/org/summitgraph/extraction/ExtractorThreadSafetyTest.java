package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.article.ArticleSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One extractor is shared by every thread of an ingest: what it finds in an article must not depend on what the
 * other threads extract at the same time.
 */
class ExtractorThreadSafetyTest {

    /** {@code -Dthread.safety.articles=DIR} runs the same check on another folder, e.g. a generated corpus. */
    @Test
    void articlesExtractedOnSeveralThreadsAtOnceGiveWhatOneThreadGives() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("thread.safety.articles", "src/test/resources/eval")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new ArticleReader(1 << 22).read(new ArticleSource(Files.readAllBytes(file), null,
                        file.getFileName().toString())));
            }
        }
        assertTrue(articles.size() >= 20, "the test articles are there");
        Extractor fresh = Extractor.standard(Samples.KNOWLEDGE);
        List<String> alone = articles.stream().map(a -> summary(fresh.extract(a))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> running = new ArrayList<>();
                for (Article a : articles) {
                    running.add(pool.submit(() -> summary(fresh.extract(a))));
                }
                for (int i = 0; i < articles.size(); i++) {
                    assertEquals(alone.get(i), running.get(i).get(), articles.get(i).title());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every entity with its kind and labels, every statement with its sentence, method and confidence. */
    private static String summary(Extraction e) {
        TreeSet<String> lines = new TreeSet<>();
        e.entities().values().forEach(x -> lines.add(x.iri() + " " + x.kind() + " " + new TreeSet<>(x.labels().values())));
        e.facts().forEach(f -> lines.add(f.key() + " @" + f.sentence().index() + " " + f.method() + " " + f.confidence()));
        e.mentions().forEach(m -> lines.add(m.begin() + "-" + m.end() + " " + m.entity().iri() + " " + m.method()));
        return String.join("\n", lines);
    }
}
