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
}
