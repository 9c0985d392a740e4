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
}
