package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A series' Latin name with a known city written in Han inside it: before a Latin event word ("Tabby上海Meetup"), or before
 * the year when the series is one brand in camel case ("DataSea深圳2024"). Made-up series in made-up sentences.
 */
class HanCityInEventNameTest {

    private static Set<String> summits(String text) {
        return MainEventTest.summits(MainEventTest.extract("", text, "zh", LocalDate.of(2024, 9, 20)));
    }

    @Test
    void aCityBetweenASeriesAndAnEventWordIsTheEditionThereOfTheArticlesYear() {
        assertEquals(Set.of("Tabby Shanghai Meetup 2024"), summits("9月16日，Tabby上海Meetup在徐汇区举行，来了一百多位开发者。"));
        assertEquals(Set.of("Quarry Shenzhen Hackathon 2022"), summits("2022年Quarry深圳Hackathon的冠军来自一所大学。"));
    }

    @Test
    void aCityBeforeNoEventWordMakesNoEdition() {
        assertTrue(summits("Tabby上海团队今年扩招了二十人。").isEmpty());
    }

    @Test
    void aCamelCaseBrandACityAndAYearBeforeATrackAreAnEdition() {
        assertEquals(Set.of("DataSea Shenzhen 2024"), summits("专访DataSea深圳2024数据库专场出品人李明：分布式数据库的下一步"));
    }

    @Test
    void aCamelCaseBrandACityAndAYearOutsideTalkOfEventsAreNoEdition() {
        assertTrue(summits("WaveSoft上海2023财报显示营收增长了两成。").isEmpty());
    }
}
