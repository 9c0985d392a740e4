package org.summitgraph.extraction;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real pages hold what no test article does: a "!" inside a name, a line broken in mid-sentence, a stray bracket or
 * quote, a text cut short. The test articles, each changed at random places the same way every run, go through the
 * extractor, and no finder may fail on them: each failure found this way was a rule reading outside its sentence.
 */
class MutatedArticlesTest {

    private static final Path ARTICLES = Path.of("src/test/resources/eval");
    /** What is inserted: sentence ends, line ends, brackets, quotes, commas, spaces, a character outside the BMP. */
    private static final String[] INSERTED = {"!", ". ", "。", "\n", "“", "，", "(", " ", "、", "😀"};

    private final ListAppender<ILoggingEvent> failures = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(FinderFailures.class);

    @BeforeEach
    void listen() {
        failures.start();
        log.addAppender(failures);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(failures);
    }

    /** A failure is logged and the article extracted without that finder, so only the log shows it. */
    @Test
    void noFinderFailsOnTheTestArticlesAsTheyAre() throws IOException {
        List<String> failed = new ArrayList<>();
        for (Path file : articles()) {
            failures.list.clear();
            Samples.EXTRACTOR.extract(Samples.article(Files.readString(file), file.toString().contains(".zh.") ? "zh" : "en",
                    LocalDate.of(2020, 1, 1)));
            failures.list.forEach(e -> failed.add(file.getFileName() + ": " + e.getFormattedMessage()));
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void noFinderFailsOnTestArticlesWithStrayCharactersInserted() throws IOException {
        Random random = new Random(23);
        List<String> failed = new ArrayList<>();
        for (Path file : articles()) {
            String text = mutated(Files.readString(file), random);
            failures.list.clear();
            Samples.EXTRACTOR.extract(Samples.article(text, file.toString().contains(".zh.") ? "zh" : "en", LocalDate.of(2020, 1, 1)));
            failures.list.forEach(e -> failed.add(file.getFileName() + ": " + e.getFormattedMessage()));
        }
        assertEquals(List.of(), failed);
    }

    private static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The text with up to forty characters inserted, deleted or the text cut short, at random places. */
    private static String mutated(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(40);
        for (int e = 0; e < edits && b.length() > 2; e++) {
            int at = random.nextInt(b.length());
            int kind = random.nextInt(INSERTED.length + 2);
            if (kind < INSERTED.length) {
                b.insert(at, INSERTED[kind]);
            } else if (kind == INSERTED.length) {
                b.deleteCharAt(at);
            } else if (random.nextInt(10) == 0) {
                b.setLength(Math.max(1, at));
            }
        }
        return b.toString();
    }
}
