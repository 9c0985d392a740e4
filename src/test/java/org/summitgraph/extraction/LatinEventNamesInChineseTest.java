package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese writes an event's Latin name with no space around it and its year before it in Chinese ("2019年Linux Plumbers
 * Conference于…"), and joins two brands with a plus ("Node+JS Interactive 2018"); made-up events in made-up sentences.
 */
class LatinEventNamesInChineseTest {

    private static Set<String> summits(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 10, 2)));
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT)
                .map(x -> x.label("en")).collect(Collectors.toSet());
    }

    @Test
    void aYearWrittenInChineseBeforeALatinNameIsItsEdition() {
        assertEquals(Set.of("Tallbridge Storage Summit 2021"), summits("编者按：2021年Tallbridge Storage Summit于9月在里斯本举行。"));
        assertEquals(Set.of("Quillon Data Forum 2022"), summits("2022年的Quillon Data Forum在新加坡召开，来了八百人。"));
    }

    @Test
    void theYearOfADateBeforeTheNameIsNotItsEdition() {
        // "2023年5月": the year belongs to the date, and the name alone carries no edition
        assertTrue(summits("2023年5月，Fernleaf Harbour Summit的门票开售。").isEmpty());
    }

    @Test
    void twoBrandsJoinedByAPlusAreOneName() {
        assertEquals(Set.of("Rust+Wasm Gathering 2023"), summits("我们去了在首尔举行的Rust+Wasm Gathering 2023。"));
        assertEquals(Set.of("Vue+Vite Meet Asia 2022"), summits("在杭州召开的Vue+Vite Meet Asia 2022吸引了五百人。"));
    }

    @Test
    void aNameWithAPlusAndAYearInASentenceAboutNoEventIsNone() {
        assertTrue(summits("我们把项目迁到了Vue+Vite Starter 2023模板，构建快了一倍。").isEmpty());
    }

    @Test
    void notesFromAnEventNameTheEdition() {
        // "参会笔记": notes from attending, a page's heading
        assertEquals(Set.of("TSConf Europe 2021"), summits("TSConf Europe 2021 参会笔记"));
        assertTrue(summits("TSConf Europe 2021 视频合集").isEmpty());
    }
}
