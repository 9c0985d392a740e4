package org.summitgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalFolderTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final String ZH = "openinfra-shanghai-2019-brief.zh";
    private static final String EN = "vancouver-2018-news-brief.en";

    private static String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedExit, exit, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    /** The "(M of G gold found; E extracted" counts of a line of the report. */
    private static int[] counts(String report, String line) {
        Matcher m = Pattern.compile("(?m)^" + line + " .*\\((\\d+) of (\\d+) gold found; (\\d+) extracted").matcher(report);
        assertTrue(m.find(), line + " in\n" + report);
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static void copy(String name, Path dir) throws IOException {
        Files.copy(EVAL.resolve(name + ".txt"), dir.resolve(name + ".txt"));
        Files.copy(EVAL.resolve(name + ".tsv"), dir.resolve(name + ".tsv"));
    }

    @Test
    void aFolderIsScoredAsTheSumOfItsArticlesWithOneLinePerLanguage(@TempDir Path dir) throws IOException {
        copy(ZH, dir);
        copy(EN, dir);
        Files.writeString(dir.resolve("no-gold.en.txt"), "An article nobody annotated.\n\nIt mentions OpenStack.\n");
        String zh = run(0, "eval", EVAL.resolve(ZH + ".tsv").toString(), EVAL.resolve(ZH + ".txt").toString());
        String en = run(0, "eval", EVAL.resolve(EN + ".tsv").toString(), EVAL.resolve(EN + ".txt").toString());
        String all = run(0, "eval", dir.toString());

        assertTrue(all.contains("articles     2 scored (1 en, 1 zh)"), all);
        assertTrue(all.contains("1 article(s) without a gold file were not scored"), all);
        for (String line : new String[]{"entities", "relations", "attributes"}) {
            int[] a = counts(zh, line);
            int[] b = counts(en, line);
            assertEquals(java.util.List.of(a[0] + b[0], a[1] + b[1], a[2] + b[2]),
                    java.util.Arrays.stream(counts(all, line)).boxed().toList(), line);
        }
        assertTrue(all.matches("(?s).*\\nen +1 articles: entities P .*\\nzh +1 articles: entities P .*"), all);
    }

    @Test
    void verboseListsRecallPerPredicateAndEachArticle(@TempDir Path dir) throws IOException {
        copy(EN, dir);
        String out = run(0, "eval", "--verbose", dir.toString());
        assertTrue(out.contains("Recall per gold predicate:"), out);
        assertTrue(out.matches("(?s).*\\n  hasRole +\\d+ of +3 .*"), out);
        assertTrue(out.contains(EN + ".txt"), out);
    }

    @Test
    void eachGivesEveryArticlesOwnReportAfterTheTotalsAndIsRefusedForOneArticle(@TempDir Path dir) throws IOException {
        copy(ZH, dir);
        copy(EN, dir);
        String zh = run(0, "eval", "--verbose", EVAL.resolve(ZH + ".tsv").toString(), EVAL.resolve(ZH + ".txt").toString());
        String out = run(0, "eval", "--each", dir.toString());

        assertTrue(out.indexOf("=== " + ZH + ".txt") > out.indexOf("relations "), out);
        assertTrue(out.contains("=== " + EN + ".txt"), out);
        assertTrue(out.contains("=== " + ZH + ".txt" + System.lineSeparator() + zh), out);
        assertTrue(run(2, "eval", "--each", EVAL.resolve(ZH + ".tsv").toString(), EVAL.resolve(ZH + ".txt").toString())
                .contains("--each is for a folder"));
    }

    @Test
    void verboseTablesPerTypeAndPredicateAddUpToTheTotals(@TempDir Path dir) throws IOException {
        copy(ZH, dir);
        copy(EN, dir);
        String out = run(0, "eval", "--verbose", dir.toString());
        String table = out.substring(out.indexOf("Precision per extracted predicate:"), out.indexOf("Per article"));
        Matcher row = Pattern.compile("(?m)^  \\w+ +(\\d+) of +(\\d+) ").matcher(table);
        int right = 0;
        int extracted = 0;
        while (row.find()) {
            right += Integer.parseInt(row.group(1));
            extracted += Integer.parseInt(row.group(2));
        }
        int[] relations = counts(out, "relations");
        int[] entities = counts(out, "entities");
        Matcher type = Pattern.compile("(?m)^  \\w+ +(\\d+) of +(\\d+) ").matcher(
                out.substring(out.indexOf("Recall per gold entity type:"), out.indexOf("Recall per gold predicate:")));
        int found = 0;
        int gold = 0;
        while (type.find()) {
            found += Integer.parseInt(type.group(1));
            gold += Integer.parseInt(type.group(2));
        }
        assertEquals(List.of(entities[0], entities[1]), List.of(found, gold), out);
        assertEquals(relations[0], right, out);
        assertEquals(relations[2], extracted, out);
    }

    @Test
    void aFolderWithoutGoldFilesIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.en.txt"), "Text.\n");
        assertTrue(run(2, "eval", dir.toString()).contains("no article"));
    }

    @Test
    void theSingleArticleFormStillWorks() {
        String out = run(0, "eval", EVAL.resolve(EN + ".tsv").toString(), EVAL.resolve(EN + ".txt").toString());
        assertTrue(out.startsWith("entities "), out);
    }
}
