package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sponsors thanked in a list, the cities of an event's sub-venues, a brand's regional edition named in Chinese, and prizes
 * named the article's way (a list of those chosen, a quoted name around a known series, one of a programme's awards), in
 * made-up sentences about made-up events; and near-misses that must state nothing.
 */
class SponsorsSubVenuesAndPrizeListsTest {

    private static Set<String> zh(String text) {
        return EventCuesTest.zh(text);
    }

    private static Set<String> en(String text) {
        return EventCuesTest.en(text);
    }

    @Test
    void sponsorsAndPartnersThankedInAListAttendTheEvent() {
        Set<String> zh = zh("特别感谢本届年会的赞助与合作伙伴：腾讯、华为、云栖数据。");
        Set<String> zh2 = zh("感谢以下赞助商：阿里云、百度。");
        Set<String> en = en("Thanks to our sponsors: Kelpwise, Lanternfish Robotics and Google.");

        assertTrue(zh.contains("腾讯 attends 青岚开源年会 2025"), zh.toString());
        assertTrue(zh.contains("华为 attends 青岚开源年会 2025"), zh.toString());
        assertTrue(zh2.contains("百度 attends 青岚开源年会 2025"), zh2.toString());
        assertTrue(en.contains("Google attends Tidepool Open 2025"), en.toString());
    }

    @Test
    void sponsorsThankedWithoutAListAreNoAttendees() {
        Set<String> zh = zh("感谢赞助商的大力支持，腾讯的同事也帮了不少忙。");
        Set<String> en = en("Thanks to our sponsors, the tickets stayed cheap; Google paid for the coffee in its own office.");

        assertFalse(zh.contains("腾讯 attends 青岚开源年会 2025"), zh.toString());
        assertFalse(en.contains("Google attends Tidepool Open 2025"), en.toString());
    }

    @Test
    void theCitiesOfTheSubVenuesAreWhereTheEventWasHeld() {
        Set<String> two = zh("深圳、杭州两个线下分会场各来了一百多位朋友。");
        Set<String> one = zh("西安分会场的志愿者最多。");

        assertTrue(two.contains("青岚开源年会 2025 heldIn 深圳"), two.toString());
        assertTrue(two.contains("青岚开源年会 2025 heldIn 杭州"), two.toString());
        assertTrue(one.contains("青岚开源年会 2025 heldIn 西安"), one.toString());
    }

    @Test
    void aSubVenueCalledOffOrPlannedIsNoPlaceTheEventMet() {
        Set<String> off = zh("原定的武汉分会场因为场地问题取消了。");
        Set<String> next = zh("明年计划增设南京分会场。");

        assertFalse(off.contains("青岚开源年会 2025 heldIn 武汉"), off.toString());
        assertFalse(next.contains("青岚开源年会 2025 heldIn 南京"), next.toString());
    }

    @Test
    void aBrandAndARegionInChineseNameAnEditionOfTheYear() {
        Set<String> facts = Samples.facts(MainEventTest.extract("游记：我的第一次Kestrel-V中国峰会",
                "6月22日到24日，首届Kestrel-V中国峰会在上海举办。峰会由上海科技大学、中国科学院计算技术研究所等单位联合主办。",
                "zh", LocalDate.of(2021, 6, 27)), "zh");

        assertTrue(facts.contains("Kestrel-V中国峰会 2021 organizedBy 上海科技大学"), facts.toString());
        assertTrue(facts.contains("Kestrel-V中国峰会 2021 heldIn 上海"), facts.toString());
    }

    @Test
    void aRegionalChineseNameBesideTheEnglishNameOfTheSameBrandIsNoSecondEvent() {
        Set<String> facts = Samples.facts(MainEventTest.extract("亮相2023 Marlin全球峰会",
                "10月，2023 Marlin Global Summit在圣何塞举行。2023 Marlin全球峰会上，星澜科技展示了液冷方案。",
                "zh", LocalDate.of(2023, 10, 20)), "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("Marlin全球峰会")), facts.toString());
    }

    @Test
    void theListOfThoseChosenForATitleWinsIt() {
        Set<String> facts = zh("年会第二天，我们公布了2025年度“青岚开源之星”名单。几位入选者的简单介绍（完整名单见官网）：\n\n"
                + "- 腾讯云：贡献了大量的文档。\n- 云栖数据：维护着两个核心仓库。\n");

        assertTrue(facts.contains("青岚开源之星 awardedAt 青岚开源年会 2025"), facts.toString());
        assertTrue(facts.contains("腾讯云 wonAward 青岚开源之星"), facts.toString());
        assertTrue(facts.contains("云栖数据 wonAward 青岚开源之星"), facts.toString());
    }

    @Test
    void aListUnderAnotherHeadWinsNothing() {
        Set<String> facts = zh("我们公布了“青岚开源之星”名单。几位志愿者的简单介绍：\n\n- 腾讯云：贡献了大量的文档。\n");

        assertFalse(facts.stream().anyMatch(f -> f.contains("wonAward")), facts.toString());
    }

    @Test
    void aKnownSeriesAtTheEndOfALongerQuotedNameIsNamedTheArticlesWay() {
        Extraction x = MainEventTest.extract(EventCuesTest.ZH_TITLE, "青岚开源年会2025于5月在成都举行。下午有一个“年度社区贡献奖”的颁奖环节。"
                + "同样入围的还有深开鸿的一个驱动团队和东华大学的学生社团。", "zh", LocalDate.of(2025, 5, 20));
        Set<String> facts = Samples.facts(x, "zh");

        assertTrue(x.mentions().stream().anyMatch(m -> m.surface().equals("年度社区贡献奖") && m.entity().kind() == EntityKind.AWARD),
                x.mentions().toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("东华大学 finalistFor")), facts.toString());
    }

    @Test
    void oneOfAProgrammesAwardsIsWonAndTheOthersWereFinalists() {
        Set<String> facts = en("Tidewater Rail won one of this year's Kelpwise Innovation Awards, presented at the conference; "
                + "Lanternfish Robotics was among the finalists.");

        assertTrue(facts.contains("Tidewater Rail wonAward Kelpwise Innovation Awards"), facts.toString());
        assertTrue(facts.contains("Lanternfish Robotics finalistFor Kelpwise Innovation Awards"), facts.toString());
    }

    @Test
    void aPluralOfAwardsWithoutOneOfNamesNoPrize() {
        Set<String> facts = en("In the Kelpwise Community Awards, the Rising Star Award went to Tidewater Rail.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("Community Awards")), facts.toString());
    }
}
