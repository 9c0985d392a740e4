package org.summitgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {


    private static long count(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    @Test
    void writesTheArticlesAndTheirGoldFiles(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("corpus");
        CliRun r = CliRun.of("generate", "--articles", "6", "--seed", "42", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Wrote 6 articles"), r.out());
        assertEquals(6, count(out, ".txt"));
        assertEquals(6, count(out, ".tsv"));
    }

    @Test
    void badNumbersAndMissingOptionsAreUsageErrors(@TempDir Path tmp) {
        String out = tmp.resolve("c").toString();
        assertEquals(2, CliRun.of("generate", "--articles", "0", "--seed", "1", "--out", out).exit());
        assertEquals(2, CliRun.of("generate", "--articles", "ten", "--seed", "1", "--out", out).exit());
        assertEquals(2, CliRun.of("generate", "--articles", "-3", "--seed", "1", "--out", out).exit());
        CliRun seed = CliRun.of("generate", "--articles", "3", "--seed", "x1", "--out", out);
        assertEquals(2, seed.exit());
        assertTrue(seed.err().contains("--seed needs a whole number"), seed.err());
        assertEquals(2, CliRun.of("generate", "--articles", "3", "--out", out).exit());
        assertEquals(2, CliRun.of("generate", "--articles", "3", "--seed", "1").exit());
        assertEquals(2, CliRun.of("generate", "--articles", "3", "--seed", "1", "--out", out, "--fast").exit());
        assertEquals(false, Files.exists(tmp.resolve("c")));
    }

    @Test
    void aFolderThatIsNotEmptyNeedsForceWhichReplacesOnlyGeneratedFiles(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun refused = CliRun.of("generate", "--articles", "2", "--seed", "1", "--out", dir.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("not empty") && refused.err().contains("--force"), refused.err());
        assertEquals(1, count(dir, ""));

        assertEquals(0, CliRun.of("generate", "--articles", "5", "--seed", "1", "--out", dir.toString(), "--force").exit());
        assertEquals(0, CliRun.of("generate", "--articles", "3", "--seed", "1", "--out", dir.toString(), "--force").exit());
        assertEquals(3, count(dir, ".tsv"), "the two articles of the larger run are gone");
        assertEquals("mine", Files.readString(mine));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals(2, CliRun.of("generate", "--articles", "2", "--seed", "1", "--out", file.toString()).exit());
    }
}
