package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editions named the way series write them ("Mantacon APAC 2019", "QuillCon 北美站"), where they met, the events of a
 * newsletter's sections, and prizes named in English, in made-up sentences about made-up events.
 */
class EditionsSectionsAndPrizesTest {

    private static Extraction extract(String text, String language) {
        return Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2)));
    }

    private static Set<String> facts(String text, String language) {
        return Samples.facts(extract(text, language));
    }

    private static Set<String> summits(Extraction e) {
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT).map(x -> x.label("en"))
                .collect(Collectors.toSet());
    }

    @Test
    void oneWordEndingInLowerCaseConWithARegionInCapitalsAndAYearIsAnEdition() {
        Extraction e = extract("Mantacon APAC 2019 opened in Singapore on Monday with four hundred storage engineers.", "en");
        Extraction other = extract("我们去了 Tesseracon 2023,两天都在会场。", "zh");

        assertEquals(Set.of("Mantacon APAC 2019"), summits(e));
        assertEquals(Set.of("Tesseracon 2023"), summits(other));
    }

    @Test
    void everydayWordsEndingInConAndBareNamesWithoutAYearAreNoEvents() {
        Extraction falcon = extract("The Falcon 2019 update shipped a new flight computer.", "en");
        Extraction bare = extract("Mantacon was mentioned twice in the mailing list thread.", "en");

        assertEquals(Set.of(), summits(falcon));
        assertEquals(Set.of(), summits(bare));
    }

    @Test
    void aBareNameBesideTheOneDatedEditionItsSentenceNamesIsThatEdition() {
        Extraction e = extract("如何评价首届 Mantacon(Mantacon APAC 2019)?\n\n原计划在波士顿举办的 Mantacon 2017 才是第一届。", "zh");

        Mention first = e.mentions().stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT).findFirst().orElseThrow();
        assertEquals("Mantacon APAC 2019", first.entity().label("en"));
        assertEquals(Set.of("Mantacon APAC 2019", "Mantacon 2017"), summits(e));
    }

    @Test
    void aRegionWrittenInChineseAfterASeriesNameIsTheEditionOfThatRegion() {
        Extraction e = extract("时隔三年,QuillCon 北美站终于回到了线下。QuillCon North America 2024 于 9 月在丹佛举行。", "zh");
        Extraction next = extract("明年 Harbour Connect 欧洲站会回到里斯本,时间还没定。", "zh");

        assertEquals(Set.of("QuillCon North America 2024"), summits(e));
        assertEquals(Set.of("Harbour Connect Europe 2025"), summits(next));
    }

    @Test
    void aSeriesNameInAnArticleAboutOneEditionOfItIsThatEditionAndItsHostIsReadPastWhenAndForWhom() {
        Set<String> facts = facts("8月6日至8日,QuillCon Asia 2024 在线上落下帷幕。这是开源桥基金会第一次专门为亚洲社区举办的 QuillCon,"
                + "三天全部线上直播。", "zh");
        Set<String> guest = facts("开源桥基金会第一次为亚洲社区派出了讲者,在 QuillCon Asia 2024 上分享了三个议题。", "zh");

        assertTrue(facts.contains("QuillCon Asia 2024 organizedBy 开源桥基金会"), facts::toString);
        assertFalse(guest.stream().anyMatch(f -> f.contains("organizedBy")), guest::toString);
    }

    @Test
    void aSeriesNameBesideTwoEditionsOfItStaysTheSeriesOfTheYear() {
        Extraction e = extract("QuillCon Asia 2024 在杭州举行。QuillCon Europe 2024 在里斯本举行。两场 QuillCon 都有存储分论坛。", "zh");

        assertTrue(summits(e).contains("QuillCon 2024"), summits(e)::toString);
    }

    @Test
    void aCityStopIsStillAnEditionOfItsCity() {
        Extraction e = extract("2024年 Harbour Meetup 杭州站吸引了两百多位开发者参加。", "zh");

        assertTrue(summits(e).contains("Harbour Meetup Hangzhou 2024"), summits(e)::toString);
    }

    @Test
    void anEventThatMetInACityInAYearIsThatYearsEditionHeldThere() {
        Set<String> facts = facts("When QuillCon Europe met in Lisbon in 2016, only two talks were about storage.", "en");
        Set<String> opened = facts("FernCon opened in Tallinn on a rainy Tuesday.", "en");

        assertTrue(facts.contains("QuillCon Europe 2016 heldIn Lisbon"), facts::toString);
        assertTrue(opened.contains("FernCon 2024 heldIn Tallinn"), opened::toString);
    }

    @Test
    void anEventThatMetItsGoalMetNowhere() {
        Set<String> facts = facts("QuillCon Europe met its fundraising goal in 2016.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("heldIn")), facts::toString);
    }

    @Test
    void theCityAfterTheCountryIsWhereTheEventMet() {
        Set<String> facts = facts("10月22日至24日,QFDC 2019 在德国柏林的会展中心举办。", "zh");
        Set<String> us = facts("Harbour Connect 2022 于 10 月 3 日至 6 日在美国丹佛举行。", "zh");

        assertTrue(facts.contains("QFDC 2019 heldIn Berlin"), facts::toString);
        assertFalse(facts.contains("QFDC 2019 heldIn Germany"), facts::toString);
        assertTrue(us.contains("Harbour Connect 2022 heldIn Denver"), us::toString);
        assertFalse(us.contains("Harbour Connect 2022 heldIn United States"), us::toString);
    }

    @Test
    void aCityBeforeADistrictIsStillWhereTheEventMet() {
        Set<String> facts = facts("QFDC 2024 将于11月2日至3日在北京中关村的会议中心举行。", "zh");

        assertTrue(facts.contains("QFDC 2024 heldIn Beijing"), facts::toString);
    }

    @Test
    void anEditionPlannedAndCalledOffMetNowhere() {
        Set<String> zh = facts("原计划 2017 年 8 月在波士顿举办的 Mantacon 2017 后来因为赞助不足直接取消了。", "zh");
        Set<String> en = facts("FernCon 2020 was scheduled to be held in Tallinn in May, but was cancelled.", "en");

        assertFalse(zh.stream().anyMatch(f -> f.contains("heldIn")), zh::toString);
        assertFalse(en.stream().anyMatch(f -> f.contains("heldIn")), en::toString);
    }

    private static final String NEWSLETTER = """
            本期导读
            一、Harbour Connect 2024:丹佛见
            二、Fernleaf Summit 2024:回到里斯本

            一、Harbour Connect 2024:丹佛见

            Harbour Connect 2024 于 10 月 3 日至 6 日在丹佛举行。社区成员林晓雨在主题演讲中介绍了调度器的实践。Harbour Connect 2024 的展区比往年大。

            二、Fernleaf Summit 2024:回到里斯本

            10 月 24 日至 27 日,Fernleaf Summit 2024 在里斯本举行。大会由开源桥基金会主办。工程师周启明在专场上演示了设备互联。
            """;

    @Test
    void whatASectionUnderAnotherEventsHeadingTellsIsOfThatEvent() {
        Set<String> facts = facts(NEWSLETTER, "zh");

        assertTrue(facts.contains("周启明 speaksAt Fernleaf Summit 2024"), facts::toString);
        assertFalse(facts.contains("周启明 speaksAt Harbour Connect 2024"), facts::toString);
        assertTrue(facts.contains("Fernleaf Summit 2024 organizedBy 开源桥基金会"), facts::toString);
        assertFalse(facts.contains("Harbour Connect 2024 organizedBy 开源桥基金会"), facts::toString);
    }

    @Test
    void aHeadingThatNamesATrackOfTheArticlesEventOpensNoSectionOfAnother() {
        Set<String> facts = facts("""
                Harbour Connect 2024 于 10 月 3 日至 6 日在丹佛举行,Harbour Connect 2024 有三个分论坛。

                三、Fernleaf Summit分论坛

                工程师周启明在分论坛上演示了设备互联。
                """, "zh");

        assertTrue(facts.contains("周启明 speaksAt Harbour Connect 2024"), facts::toString);
    }

    @Test
    void aSectionThatNamesTheArticlesEventIsAboutIt() {
        Set<String> facts = facts("""
                Harbour Connect 2024 于 10 月 3 日至 6 日在丹佛举行,Harbour Connect 2024 的展区比往年大。

                【大会速递】Fernleaf Summit 2024:三天回顾

                Harbour Connect 2024 大会的第二天,工程师周启明在专场上演示了设备互联。
                """, "zh");

        assertFalse(facts.contains("周启明 speaksAt Fernleaf Summit 2024"), facts::toString);
    }

    @Test
    void aPrizeBeforeWentToUnderTheAwardsIsWonByWhoItWentTo() {
        Set<String> facts = facts("""
                FernCon 2024 closed on Thursday in Tallinn.

                The annual Fernleaf Community Awards were handed out on Tuesday night:

                - Best Reviewer went to Ana Souza, a maintainer who works at Brightwater.
                - Rising Star went to Tomasz Wicher.
                - Alex Kimura, an independent developer from Osaka, and Bo Lindgren, a Malmö-based contributor, were the other finalists for Rising Star.
                """, "en");

        assertTrue(facts.contains("Ana Souza wonAward Best Reviewer"), facts::toString);
        assertTrue(facts.contains("Tomasz Wicher wonAward Rising Star"), facts::toString);
        assertTrue(facts.contains("Best Reviewer awardedAt FernCon 2024"), facts::toString);
        assertTrue(facts.contains("Alex Kimura finalistFor Rising Star"), facts::toString);
        assertTrue(facts.contains("Bo Lindgren finalistFor Rising Star"), facts::toString);
    }

    @Test
    void aPrizeNamedWithALowerCaseAwardKeepsThatWordInItsName() {
        Set<String> went = facts("FernCon 2024 closed on Thursday. The community awards came last: the Quiet Hero award went to "
                + "Ana Souza.", "en");
        Set<String> finalists = facts("FernCon 2024 closed on Thursday. The community awards came last. Alex Kimura, an independent "
                + "developer from Osaka, and Bo Lindgren were the other finalists for the Harbour Impact prize.", "en");

        assertTrue(went.contains("Ana Souza wonAward Quiet Hero award"), went::toString);
        assertTrue(went.contains("Quiet Hero award awardedAt FernCon 2024"), went::toString);
        assertTrue(finalists.contains("Bo Lindgren finalistFor Harbour Impact prize"), finalists::toString);
    }

    @Test
    void anAwardWordThatRunsOnIntoAnotherWordNamesNoPrizeOfThatName() {
        Set<String> facts = facts("FernCon 2024 closed on Thursday. The Quiet Hero awardees went to dinner with the award jury.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("Quiet Hero award")), facts::toString);
    }

    @Test
    void whatWentToSomeoneWhereNoPrizeIsSpokenOfIsNoAward() {
        Extraction e = extract("FernCon 2024 closed on Thursday. The Closing Keynote went to Ana Souza, who spoke on review culture.", "en");

        assertFalse(e.entities().values().stream().anyMatch(x -> x.kind() == EntityKind.AWARD), e.entities()::toString);
    }
}
