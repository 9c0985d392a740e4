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
}
