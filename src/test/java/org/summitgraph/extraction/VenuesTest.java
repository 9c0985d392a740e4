package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words of a venue's name name nothing else; the city it is named after, right before its words, stays a place. */
class VenuesTest {

    private static List<String> mentions(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2014, 5, 13)));
        return e.mentions().stream().map(m -> m.surface() + "=" + m.entity().kind()).toList();
    }

    @Test
    void theWordsOfAVenuesNameAreNoPersonAndNoProject() {
        List<String> found = mentions("Good morning from the Georgia World Congress Center, where the keynotes begin at nine.");
        assertTrue(found.stream().noneMatch(m -> m.endsWith("=PERSON") || m.endsWith("=PROJECT")), found.toString());
    }

    @Test
    void theCityRightBeforeAVenuesWordsIsAPlace() {
        assertEquals(List.of("Vancouver=PLACE"), mentions("Lunch is served in the Vancouver Convention Centre today."));
    }
}
