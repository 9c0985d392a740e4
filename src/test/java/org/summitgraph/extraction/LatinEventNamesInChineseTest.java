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
        return summits(text, LocalDate.of(2024, 10, 2));
    }

    private static Set<String> summits(String text, LocalDate published) {
        // a scraped page: its first line is the title too
        Extraction e = MainEventTest.extract(text.lines().findFirst().orElse(""), text, "zh", published);
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
        assertTrue(summits("会议快讯\n\n2023年5月，Fernleaf Harbour Summit的门票开售。").isEmpty());
    }

    @Test
    void onAPageWithoutADateTheYearWrittenAfterTheNameIsTheEditionsYear() {
        // the heading names the event without its year; the text, glued to the Chinese, with it
        String page = "参加 Lantern Summit 是一种怎样的体验?\n\n今年的Lantern Summit 2023是6月在河内开的，我讲了一个lightning talk。";

        assertEquals(Set.of("Lantern Summit 2023"), summits(page, null));
    }

    @Test
    void twoYearsWrittenAfterTheNameLeaveItWithoutOne() {
        String page = "参加 Lantern Summit 是一种怎样的体验?\n\n去年的Lantern Summit 2022在新加坡，今年的Lantern Summit 2023在河内。";

        assertEquals(Set.of("Lantern Summit"), summits(page, null));
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
