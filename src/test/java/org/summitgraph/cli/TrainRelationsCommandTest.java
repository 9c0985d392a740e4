package org.summitgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainRelationsCommandTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");


    /** Two short test articles with their gold: enough to train on in a few seconds. */
    private static Path twoArticles(Path dir) throws Exception {
        for (String name : new String[]{"openinfra-shanghai-2019-brief.zh", "vancouver-2018-news-brief.en"}) {
            Files.copy(EVAL.resolve(name + ".txt"), dir.resolve(name + ".txt"));
            Files.copy(EVAL.resolve(name + ".tsv"), dir.resolve(name + ".tsv"));
        }
        return dir;
    }

    @Test
    void aModelWithAGivenThresholdIsWrittenGzippedWhenItsNameEndsInGz(@TempDir Path dir) throws Exception {
        Path articles = twoArticles(Files.createDirectory(dir.resolve("articles")));
        Path model = dir.resolve("relations.tsv.gz");

        CliRun r = CliRun.of("train-relations", "--threshold", "0.65", "--out", model.toString(), articles.toString());

        assertEquals(0, r.exit(), r.err());
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(model))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("\nthreshold\t0.650\n"), text.substring(0, Math.min(600, text.length())));
        assertTrue(text.contains("threshold 0.65 given by --threshold"), text.substring(0, Math.min(600, text.length())));
        assertTrue(text.lines().anyMatch(l -> l.startsWith("w\t")), "weights");
    }

    @Test
    void aThresholdThatIsNoProbabilityIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path articles = twoArticles(Files.createDirectory(dir.resolve("articles")));
        Path model = dir.resolve("relations.tsv");

        for (String bad : new String[]{"1.5", "0", "high"}) {
            CliRun r = CliRun.of("train-relations", "--threshold", bad, "--out", model.toString(), articles.toString());

            assertEquals(2, r.exit(), bad);
            assertTrue(r.err().contains("--threshold needs a number over 0 and under 1, not '" + bad + "'"), r.err());
        }
        assertFalse(Files.exists(model));
    }
}
