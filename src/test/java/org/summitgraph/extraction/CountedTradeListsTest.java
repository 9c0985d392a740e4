package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A list closed by how many companies it names and the trade they are in ("海光信息、飞腾和英特尔三家芯片厂商", missed
 * on the thirty-second worked-on set): every item is a company, as for "三家公司".
 */
class CountedTradeListsTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void everyItemOfAListOfCompaniesOfATradeIsACompany() {
        Set<String> chips = names("展区里，澜芯微、昆岳和北辰半导体三家芯片厂商都摆出了新板卡。");
        Set<String> clouds = names("青桐云、岚峰智算等云厂商已经完成了适配。");

        assertEquals("COMPANY", Samples.kindOf(chips, "昆岳"), chips::toString);
        assertEquals("COMPANY", Samples.kindOf(chips, "澜芯微"), chips::toString);
        assertEquals("COMPANY", Samples.kindOf(clouds, "岚峰智算"), clouds::toString);
    }

    @Test
    void aTradeWithoutAListOrAVerbAfterDengNamesNoCompany() {
        Set<String> alone = names("现场来了三家芯片厂商的代表。");
        Set<String> verb = names("他们等到公司下班才开始部署。");

        assertEquals(Set.of(), alone, alone::toString);
        assertNotEquals("COMPANY", Samples.kindOf(verb, "他们"), verb::toString);
    }
}
