package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editions written as a series and its year where nothing in the name says "conference": a "-Con" word with two digits
 * against it, a "-Con" word made of a common word behind its brand, and a one-word name the article describes as a
 * gathering elsewhere. Made-up events in made-up sentences.
 */
class SeriesYearEventNamesTest {

    private static Set<String> summits(String text, String language) {
        return MainEventTest.summits(MainEventTest.extract("", text, language, LocalDate.of(2023, 6, 2)));
    }

    @Test
    void aConWordWithTwoDigitsAgainstItIsThatYearsEdition() {
        assertEquals(Set.of("FooConf 2023"), summits("About 300 people came to FooConf23, the project's annual conference.", "en"));
        assertEquals(Set.of("BarCon 2024"), summits("At the closing session the committee confirmed that BarCon24 will be held in Lisbon.", "en"));
    }

    @Test
    void aConWordWithDigitsOutsideTalkOfEventsIsNoEdition() {
        assertTrue(summits("Our ReCon32 board ships with 32 GB of memory.", "en").isEmpty());
    }

    @Test
    void aCommonConWordTakesTheBrandBeforeIt() {
        assertEquals(Set.of("Acme DevCon 2021"), summits("Acme DevCon 2021 took place online over two days.", "en"));
        assertEquals(Set.of("Quarry DevCon 2022"), summits("Quarry DevCon 2022是Quarry主办的年度开发者大会,今年改成了线上。", "zh"));
    }

    @Test
    void aCommonConWordAfterAWordThatIsNoBrandStaysAlone() {
        assertEquals(Set.of("DevCon 2021"), summits("The DevCon 2021 keynote was about storage engines.", "en"));
    }

    @Test
    void aOneWordNameTheArticleDescribesAsAConferenceIsAnEditionWithItsYear() {
        assertEquals(Set.of("Brindle 2022"), summits("Brindle 2022 came to Porto, and we carried the chairs. "
                + "Brindle, the Python community's yearly conference, was held at the university.", "en"));
        assertEquals(Set.of("Quorra 2021"), summits("This issue is mostly about Quorra 2021. "
                + "Quorra, Acme's annual developer summit, ran for three days in May.", "en"));
    }

    @Test
    void aOneWordNameDescribedAsSomethingBesideAConferenceIsNoEvent() {
        assertTrue(summits("We moved to Tallfern 2019 last year. Tallfern, the company behind the summit, sells databases.", "en").isEmpty());
        assertTrue(summits("This issue is mostly about Brindle 2022, and the install party.", "en").isEmpty());
    }

    @Test
    void theNameBeforeAwardsIsTheAwardsNotTheEdition() {
        Extraction e = MainEventTest.extract("", "Brindle 2022 came to Porto. Brindle, the community's yearly conference, was held there. "
                + "The Brindle Awards were presented at the end.", "en", LocalDate.of(2022, 9, 2));

        assertEquals(2, e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT).count());
    }
}
