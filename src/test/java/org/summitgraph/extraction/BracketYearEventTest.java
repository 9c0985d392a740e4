package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A name with its year in brackets is that year's edition where the article speaks of going to it; the name alone after
 * "last year" or "next year" is the edition before or after. Made-up events in made-up sentences.
 */
class BracketYearEventTest {

    private static Set<String> summits(String text, String language) {
        Extraction e = MainEventTest.extract("", text, language, LocalDate.of(2023, 6, 2));
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT)
                .map(x -> x.label("en")).collect(Collectors.toSet());
    }

    @Test
    void aYearInBracketsAfterANameTheArticleGoesToIsItsEdition() {
        assertEquals(Set.of("RustPanda 2023"), summits("成都三日游:我的第一次RustPanda(2023)\n\n我是来参加RustPanda的，住在会场旁边。", "zh"));
        assertEquals(Set.of("Quillfest 2023"), summits("Notes from Quillfest (2023)\n\nWe spent two days at Quillfest and met the maintainers.", "en"));
    }

    @Test
    void theNameAloneAfterLastYearIsTheEditionBefore() {
        Set<String> found = summits("我的第一次RustPanda(2023)\n\n去年RustPanda在上海办的时候我没去成，今年来参加RustPanda了。", "zh");

        assertEquals(Set.of("RustPanda 2023", "RustPanda 2022"), found);
    }

    @Test
    void theNameAloneAfterNextYearIsNoEditionNamed() {
        Set<String> found = summits("我的第一次RustPanda(2023)\n\n今年来参加RustPanda了。明年RustPanda据说还在北京。", "zh");

        assertEquals(Set.of("RustPanda 2023"), found);
    }

    @Test
    void aYearInBracketsAfterANameNobodyGoesToNamesNoEvent() {
        // a product and the year it came out
        assertTrue(summits("我们用的是Tallfern(2019)，后来换成了别的数据库。", "zh").isEmpty());
        assertTrue(summits("The book cites Marlow Hensley (2019) on caching.", "en").isEmpty());
    }
}
