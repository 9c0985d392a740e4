package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A company's own open-source or developer day, named in quotes where the text says it was held, is an edition of its
 * own; made-up companies in made-up sentences.
 */
class QuotedEventNameTest {

    private static Extraction extract(String title, String text) {
        return MainEventTest.extract(title, text, "zh", LocalDate.of(2024, 10, 2));
    }

    private static Set<String> summits(Extraction e) {
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT)
                .map(x -> x.label("zh")).collect(Collectors.toSet());
    }

    @Test
    void aQuotedNameWithItsYearHeldSomewhereIsThatEdition() {
        Extraction e = extract("", "9月14日，“2023青岚开源日”在杭州青岚大厦举行，来了四百多人。");

        assertEquals(Set.of("青岚开源日 2023"), summits(e));
    }

    @Test
    void aQuotedNameWithoutAYearIsTheEditionOfTheArticlesYear() {
        Extraction e = extract("", "这次“星河科技开发者日”是9月在深圳的园区办的，主会场加两个分会场。");

        assertEquals(Set.of("星河科技开发者日 2024"), summits(e));
    }

    @Test
    void theTitleWritingTheYearInsideTheNameNamesTheSameEdition() {
        String text = "如何评价星河科技2024开发者日?\n\n先说背景：“星河科技开发者日”是9月在深圳办的。";
        Extraction e = extract("如何评价星河科技2024开发者日?", text);

        assertEquals(Set.of("星河科技开发者日 2024"), summits(e));
        assertEquals(1, MainEventTest.summitIris(e).size());
        assertTrue(e.mentions().stream().anyMatch(m -> m.surface().equals("星河科技2024开发者日")));
    }

    @Test
    void aQuotedEventWordWithoutABrandOrWithoutBeingHeldNamesNothing() {
        // "本届大会" says which event only by pointing; a name in quotes nobody holds is a word being discussed
        assertTrue(summits(extract("", "“本届大会”在杭州举行。")).isEmpty());
        assertTrue(summits(extract("", "他们内部把这个活动叫作“星河科技开发者日”，听起来很正式。")).isEmpty());
    }
}
