package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dates a text gives a summit: one start and one end however many ranges its sentences name; made-up events. */
class SummitDatesTest {

    private static List<String> dates(Extraction e) {
        return e.attributes().stream().filter(a -> !a.predicate().getLocalName().equals("edition"))
                .map(a -> a.predicate().getLocalName() + "=" + a.value()).distinct().sorted().toList();
    }

    @Test
    void theFirstRangeATextGivesASummitIsItsDatesAndALaterOneIsNotASecondStart() {
        Extraction e = MainEventTest.extract("Tidepool Open 2025 in Porto",
                "Tidepool Open 2025 (May 12-14, Porto) drew 900 people. The conference took talk proposals from January 6 "
                        + "to 30.",
                "en", LocalDate.of(2025, 6, 1));

        assertEquals(List.of("endDate=2025-05-14", "startDate=2025-05-12"), dates(e));
    }

    @Test
    void aChineseTextThatDatesASummitTwiceKeepsTheFirstRange() {
        Extraction e = MainEventTest.extract("Lantern Data Asia 2025回顾",
                "Lantern Data Asia 2025于9月3日至5日在上海举行。大会的议题征集从6月1日至30日开放。",
                "zh", LocalDate.of(2025, 9, 8));

        assertEquals(List.of("endDate=2025-09-05", "startDate=2025-09-03"), dates(e));
    }

    private static List<String> datesOf(Extraction e) {
        return e.attributes().stream().filter(a -> !a.predicate().getLocalName().equals("edition"))
                .map(a -> a.subject().substring(a.subject().lastIndexOf('/') + 1) + " " + a.predicate().getLocalName()
                        + "=" + a.value()).distinct().sorted().toList();
    }

    @Test
    void theDatesAChineseSentenceGivesTheConferenceAreNotTheGatheringsBesideIt() {
        Extraction e = MainEventTest.extract("Fernleaf贡献者峰会首次在里斯本举办",
                "Fernleaf贡献者峰会在里斯本举行。本次峰会是QuaysideCon 2025的同期活动。"
                        + "大会由Quayside基金会主办,于10月14日至16日在里斯本举行,贡献者峰会则安排在首日。",
                "zh", LocalDate.of(2025, 10, 20));

        assertEquals(List.of("quaysidecon-2025 endDate=2025-10-16", "quaysidecon-2025 startDate=2025-10-14"), datesOf(e));
    }

    @Test
    void theMainConferencesRangeInASentenceAboutAContributorSummitIsTheConferences() {
        Extraction e = MainEventTest.extract("What happened at the Lisbon Contributor Summit",
                "The Fernleaf Contributor Summit met the day before Quayside Summit 2025 opened in Lisbon "
                        + "(the main conference ran October 14 to 16).",
                "en", LocalDate.of(2025, 10, 20));

        assertEquals(List.of("quayside-summit-2025 endDate=2025-10-16", "quayside-summit-2025 startDate=2025-10-14"),
                datesOf(e));
    }

    @Test
    void aContributorSummitsOwnRangeStaysItsOwn() {
        Extraction e = MainEventTest.extract("Fernleaf Contributor Summit recap",
                "The Fernleaf Contributor Summit ran October 13-14 in Lisbon, before the main conference, Quayside Summit 2025.",
                "en", LocalDate.of(2025, 10, 20));

        assertEquals(List.of("fernleaf-contributor-summit-2025 endDate=2025-10-14",
                "fernleaf-contributor-summit-2025 startDate=2025-10-13"), datesOf(e));
    }

    private static List<String> editions(Extraction e) {
        return e.attributes().stream().filter(a -> a.predicate().getLocalName().equals("edition"))
                .map(a -> a.subject().substring(a.subject().lastIndexOf('/') + 1) + " edition=" + a.value()).distinct().sorted().toList();
    }

    @Test
    void twoDaysJoinedByAndTakeTheirYearFromTheSummitsNameWhenThePageIsUndated() {
        Extraction e = MainEventTest.extract("KelpCon 2019 recap",
                "KelpCon 2019 took place on 2 and 3 February on the campus of the university, and it was the biggest yet.",
                "en", null);

        assertEquals(List.of("endDate=2019-02-03", "startDate=2019-02-02"), dates(e));
    }

    @Test
    void aRangeMayNameItsMonthTwiceOrSpanTwoMonths() {
        assertEquals(List.of("endDate=2024-05-23", "startDate=2024-05-15"), dates(MainEventTest.extract("Harbourline Summit 2024",
                "Harbourline Summit 2024 ran from May 15 to May 23 at the convention center, tutorials first.", "en", null)));
        assertEquals(List.of("endDate=2023-06-02", "startDate=2023-05-30"), dates(MainEventTest.extract("Harbourline Summit 2023",
                "Harbourline Summit 2023 ran from May 30 to June 2 in Halifax.", "en", null)));
        assertEquals(List.of("endDate=2022-10-01", "startDate=2022-09-29"), dates(MainEventTest.extract("Harbourline Summit 2022",
                "Harbourline Summit 2022 was held from 29 September to 1 October in Halifax.", "en", null)));
    }

    @Test
    void aDayASummitIsHeldOnIsItsStartAndADayThingsHappenAtItIsNot() {
        assertEquals(List.of("startDate=2023-04-19"), dates(MainEventTest.extract("如何评价4月19日的Lantern开发者大会2023?",
                "4月19日在深圳举办的Lantern开发者大会2023吸引了三千多名开发者。", "zh", null)));
        assertEquals(List.of("startDate=2021-03-08"), dates(MainEventTest.extract("Tidepool Summit 2021",
                "Tidepool Summit 2021 took place on Monday, March 8 in Porto, with 600 people.", "en", null)));
        assertEquals(List.of(), dates(MainEventTest.extract("Ferro发布新版本",
                "9月10日,Ferro公司在Lantern开发者大会2023上发布了新版本。", "zh", null)));
        assertEquals(List.of(), dates(MainEventTest.extract("Ferro ships 2.0",
                "On March 9, at Tidepool Summit 2021, Ferro announced version 2.0 of its gateway.", "en", null)));
    }

    @Test
    void aDayIsNotASecondStartBesideARange() {
        Extraction e = MainEventTest.extract("Tidepool Summit 2021",
                "Tidepool Summit 2021 ran March 8-10 in Porto. The Tidepool Summit 2021 keynote day opened on March 9 with a demo.",
                "en", null);

        assertEquals(List.of("endDate=2021-03-10", "startDate=2021-03-08"), dates(e));
    }

    @Test
    void anEditionMayBeWrittenInChineseNumeralsOrAsTheFirst() {
        assertEquals(List.of("edition=7"), editions(MainEventTest.extract("第七届Lantern开发者大会2022",
                "10月29日至30日,第七届Lantern开发者大会2022如期举行。", "zh", null)).stream()
                .map(s -> s.substring(s.indexOf(' ') + 1)).toList());
        assertEquals(1, editions(MainEventTest.extract("首届Lantern峰会2021",
                "6月22日到24日,首届Lantern峰会2021在上海举办。", "zh", null)).size());
        assertEquals(List.of("edition=12"), editions(MainEventTest.extract("第十二届Lantern峰会2021",
                "第十二届Lantern峰会2021在上海举办。", "zh", null)).stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList());
        assertEquals(List.of("edition=1"), editions(MainEventTest.extract("KelpCon 2019",
                "The 900 people came to the inaugural edition of KelpCon 2019 in Porto.", "en", null)).stream()
                .map(s -> s.substring(s.indexOf(' ') + 1)).toList());
    }

    @Test
    void aFirstSaidOfSomethingElseThanTheSummitNamedAfterItIsNoEdition() {
        assertEquals(List.of(), editions(MainEventTest.extract("KelpCon 2019",
                "KelpCon 2019 was bigger than last year's first edition, and my slot was on the first afternoon.", "en", null)));
        assertEquals(List.of(), editions(MainEventTest.extract("Lantern峰会2021",
                "Lantern峰会2021在上海举办,这是更名后的首届,首届的志愿者也都回来了。", "zh", null)));
    }

    @Test
    void chineseNumbersAreReadUpToNinetyNine() {
        assertEquals(7, SummitAttributeFinder.chineseNumber("七"));
        assertEquals(10, SummitAttributeFinder.chineseNumber("十"));
        assertEquals(12, SummitAttributeFinder.chineseNumber("十二"));
        assertEquals(20, SummitAttributeFinder.chineseNumber("二十"));
        assertEquals(21, SummitAttributeFinder.chineseNumber("二十一"));
    }
}
