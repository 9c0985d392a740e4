package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Chinese event name made of a Latin brand, Han words and an event word ("Fernleaf开源生态大会2023"): the whole is the
 * name, the brand included, when a year or an edition's number goes with it; a brand's yearly meeting without one is no
 * name. Made-up brands.
 */
class BrandedHanEventNameTest {

    private static Set<String> summits(String text) {
        Extraction e = MainEventTest.extract("资讯", text, "zh", LocalDate.of(2023, 11, 30));
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT).map(x -> x.label("zh"))
                .collect(Collectors.toSet());
    }

    @Test
    void aBrandAndHanWordsBeforeTheEventWordAreOneName() {
        assertEquals(Set.of("Fernleaf开源生态大会 2023"), summits("11月25日，Fernleaf开源生态大会2023在深圳举行，来了两千人。"));
        assertEquals(Set.of("Quillon数据智能峰会 2022"), summits("2022 Quillon数据智能峰会在杭州召开。"));
    }

    @Test
    void aBrandsYearlyMeetingWithoutAYearIsNoName() {
        assertTrue(summits("这是第一次以开源生态为主题举办的Fernleaf年度大会。").isEmpty());
    }

    @Test
    void aBrandJoinedToADescriptionByAParticleIsNoName() {
        assertTrue(summits("我们用Fernleaf的开发者大会2023报名系统收集了反馈。").stream().noneMatch(s -> s.startsWith("Fernleaf")));
    }
}
