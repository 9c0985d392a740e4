package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finder registered for one language reads that language's articles only, and keeps its own name in the logs. */
class OneLanguageTest {

    /** A finder that states nothing but counts the articles it was given. */
    private static final class Counting implements RelationFinder {
        int read;

        @Override
        public List<Fact> find(AnnotatedText text) {
            read++;
            return List.of();
        }
    }

    private static AnnotatedText text(String body, String language) {
        ArticleText split = ArticleText.of(Samples.article(body, language, LocalDate.of(2024, 10, 2)));
        return new AnnotatedText(split, List.of(), null, Samples.KNOWLEDGE, null);
    }

    @Test
    void anEnglishOnlyFinderReadsEnglishArticlesAndNoChineseOne() {
        Counting counting = new Counting();
        RelationFinder english = OneLanguage.englishOnly(counting);

        english.find(text("Maya Okafor spoke on Monday.", "en"));
        english.find(text("刘洋在周一发表了演讲。", "zh"));

        assertEquals(1, counting.read);
    }

    @Test
    void aChineseOnlyFinderReadsChineseArticlesAndNoEnglishOne() {
        Counting counting = new Counting();
        RelationFinder chinese = OneLanguage.chineseOnly(counting);

        chinese.find(text("Maya Okafor spoke on Monday.", "en"));
        chinese.find(text("刘洋在周一发表了演讲。", "zh"));

        assertEquals(1, counting.read);
    }

    @Test
    void theWrappedFinderKeepsItsNameForTheLogs() {
        assertEquals("EmployerPhraseFinder", OneLanguage.englishOnly(new EmployerPhraseFinder()).name());
        assertTrue(RelationFinders.all().stream().anyMatch(f -> f.name().equals("EmployerPhraseFinder")));
        assertFalse(RelationFinders.all().stream().anyMatch(f -> f.name().equals("OneLanguage")));
    }
}
