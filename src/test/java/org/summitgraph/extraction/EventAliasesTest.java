package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An event written by part of its name after the full name, in sentences written for these tests. */
class EventAliasesTest {

    @Test
    void partOfTheNameOfAnEventTheArticleNamesInFullIsThatEvent() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("A talk with Ingrid Solberg at the Fjord Member Summit 2024\n\n"
                + "We caught up with Ingrid Solberg on the second day of the Fjord Member Summit, which ran May 7 to 9 in Halden.\n\n"
                + "Nordic Weekly: Your first Member Summit as a board director. How is it different?", "en", LocalDate.of(2024, 5, 10)));
        Set<String> events = e.entities().values().stream().filter(x -> x.kind().isEvent()).map(x -> x.label("en"))
                .collect(java.util.stream.Collectors.toSet());

        assertEquals(Set.of("Fjord Member Summit 2024"), events);
    }

    @Test
    void aSeriesNameInTheTitleIsTheEditionOfThatYearTheTextNamesMoreNarrowly() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("大阪两日:我的第一次 Kubernetes Community Days\n\n"
                + "11月初,我请了两天假,飞去大阪,参加了Kubernetes Community Days Osaka 2023。\n\n"
                + "KCD Osaka 2023于11月4日举行,会场不大,气氛很好。", "zh", LocalDate.of(2023, 11, 20)));

        assertEquals(Set.of("Kubernetes Community Days Osaka 2023"), eventNames(e));
    }

    @Test
    void aSeriesNameStaysApartWhenTwoEditionsOfTheYearAreNamedMoreNarrowly() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("两座城市:我今年的 Kubernetes Community Days\n\n"
                + "6月,我参加了Kubernetes Community Days Osaka 2023。KCD Osaka 2023于6月3日举行。\n\n"
                + "10月,我又参加了Kubernetes Community Days Lagos 2023。KCD Lagos 2023于10月7日举行。", "zh",
                LocalDate.of(2023, 11, 20)));

        assertEquals(Set.of("Kubernetes Community Days 2023", "Kubernetes Community Days Osaka 2023",
                "Kubernetes Community Days Lagos 2023"), eventNames(e));
    }

    private static Set<String> eventNames(Extraction e) {
        return e.entities().values().stream().filter(x -> x.kind().isEvent()).map(x -> x.label("en"))
                .collect(java.util.stream.Collectors.toSet());
    }
}
