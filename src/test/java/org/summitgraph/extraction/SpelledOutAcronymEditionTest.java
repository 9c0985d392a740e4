package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An edition written by its acronym and by its words in full ("ODD Tallbridge 2023", "Open Data Days Tallbridge") is one
 * node, named in full; made-up events.
 */
class SpelledOutAcronymEditionTest {

    private static Set<String> summits(String title, String text) {
        Extraction e = MainEventTest.extract(title, text, "en", LocalDate.of(2023, 6, 12));
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.SUMMIT).map(x -> x.label("en")).collect(Collectors.toSet());
    }

    @Test
    void theAcronymAndTheWordsInFullNameOneEdition() {
        Set<String> found = summits("Kelpwise Labs at Open Data Days Tallbridge",
                "Kelpwise Labs gave a talk at Open Data Days Tallbridge 2023. The company was a silver sponsor of ODD Tallbridge 2023 "
                        + "and ran a booth.");

        assertEquals(Set.of("Open Data Days Tallbridge 2023"), found);
    }

    @Test
    void anAcronymTheArticleDoesNotSpellOutKeepsItsName() {
        Set<String> found = summits("Kelpwise Labs at ODD Tallbridge", "The company was a silver sponsor of ODD Tallbridge 2023 and ran a booth.");

        assertEquals(Set.of("ODD Tallbridge 2023"), found);
    }
}
