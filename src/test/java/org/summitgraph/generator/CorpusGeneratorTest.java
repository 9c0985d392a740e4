package org.summitgraph.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitgraph.evaluation.GoldStandard;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    private static org.apache.jena.rdf.model.Model reference;
    private static List<CorpusGenerator.GeneratedArticle> fifty;

    @BeforeAll
    static void generateFifty() {
        reference = BundledKnowledge.fromClasspath().reference();
        CorpusGenerator g = new CorpusGenerator(11, reference);
        fifty = new ArrayList<>();
        for (int k = 1; k <= 50; k++) {
            fifty.add(g.article(k));
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(3, reference).write(12, a);
        new CorpusGenerator(3, reference).write(12, b);
        List<Path> first = files(a);
        assertEquals(24, first.size());
        assertEquals(first.stream().map(Path::getFileName).toList(), files(b).stream().map(Path::getFileName).toList());
        for (Path p : first) {
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(b.resolve(p.getFileName())), p.toString());
        }
    }

    @Test
    void articleKIsTheSameWhateverHowManyAreWritten(@TempDir Path five, @TempDir Path many) throws IOException {
        new CorpusGenerator(5, reference).write(5, five);
        new CorpusGenerator(5, reference).write(50, many);
        assertEquals(100, files(many).size());
        for (Path p : files(five)) {
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(many.resolve(p.getFileName())), p.toString());
        }
    }

    @Test
    void anotherSeedWritesOtherArticles() {
        CorpusGenerator other = new CorpusGenerator(12, reference);
        assertNotEquals(fifty.get(0).text(), other.article(1).text());
    }

    @Test
    void everyGoldFileParsesAndEveryNameFormAndEvidenceOccursInItsArticle() {
        for (CorpusGenerator.GeneratedArticle a : fifty) {
            GoldStandard gold = GoldStandard.parse(a.gold(), a.goldFile());
            assertTrue(gold.entities().size() >= 8, a.name());
            assertTrue(gold.relations().size() >= 8, a.name());
            assertEquals(a.language(), gold.article().get("language"));
            assertTrue(gold.entities().containsKey(gold.article().get("publisher")), a.name());
            assertTrue(gold.entities().containsKey(gold.article().get("about")), a.name());
            for (String line : a.gold().split("\n")) {
                String[] c = line.split("\t", -1);
                if (c[0].equals("entity")) {
                    assertTrue(a.text().contains(c[3]), a.name() + ": name " + c[3]);
                    for (String form : c[4].split("\\|")) {
                        assertTrue(a.text().contains(form), a.name() + ": form " + form);
                    }
                } else if (c[0].equals("relation")) {
                    assertTrue(a.text().contains(c[5]), a.name() + ": evidence " + c[5]);
                }
            }
        }
    }

    @Test
    void articlesHaveTheirHeaderAUniqueUrlAndARealisticLength() {
        Set<String> urls = new HashSet<>();
        for (CorpusGenerator.GeneratedArticle a : fifty) {
            String[] lines = a.text().split("\n");
            assertTrue(lines[0].startsWith("title: "), a.name());
            assertTrue(lines[1].startsWith("url: https://"), a.name());
            assertTrue(lines[2].matches("date: \\d{4}-\\d{2}-\\d{2}"), a.name());
            assertEquals("language: " + a.language(), lines[3]);
            assertTrue(lines[4].startsWith("publisher: "), a.name());
            assertEquals("", lines[5]);
            assertTrue(urls.add(lines[1]), "url used twice: " + lines[1]);
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= 2000 && bytes <= 12000, a.name() + " has " + bytes + " bytes");
        }
    }

    @Test
    void bothLanguagesAndEveryRegisterAppear() {
        assertEquals(25, fifty.stream().filter(a -> a.language().equals("zh")).count());
        assertTrue(fifty.stream().anyMatch(a -> a.text().contains("\nQ: ") || a.text().contains("\n问：")), "an interview");
    }

    @Test
    void aFewEntitiesAreInManyArticlesAndMostInventedOnesInFew() {
        Map<String, Integer> articlesPerEntity = new HashMap<>();
        for (CorpusGenerator.GeneratedArticle a : fifty) {
            GoldStandard.parse(a.gold(), a.goldFile()).entities().keySet()
                    .forEach(id -> articlesPerEntity.merge(id, 1, Integer::sum));
        }
        int top = articlesPerEntity.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long few = articlesPerEntity.values().stream().filter(n -> n <= 2).count();
        assertTrue(top >= 15, "the most popular entity is in " + top + " of 50 articles");
        assertTrue(few > articlesPerEntity.size() * 2 / 5, few + " of " + articlesPerEntity.size() + " entities in one or two articles");
    }

    @Test
    void inventedPeopleComeBackWithTheSameEmployer() {
        Map<String, Set<String>> employers = new HashMap<>();
        for (CorpusGenerator.GeneratedArticle a : fifty) {
            GoldStandard.parse(a.gold(), a.goldFile()).relations().stream().filter(r -> r.predicate().equals("worksFor"))
                    .forEach(r -> employers.computeIfAbsent(r.subject(), k -> new HashSet<>()).add(r.object()));
        }
        assertTrue(employers.values().stream().allMatch(s -> s.size() == 1), employers.toString());
    }
}
