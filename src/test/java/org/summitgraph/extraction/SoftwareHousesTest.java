package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Companies described as a trade's house ("the Verona software house Brenta Lavori"), in made-up sentences. */
class SoftwareHousesTest {

    private static Extraction extract(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 10, 2)));
    }

    @Test
    void aCityBeforeASoftwareHouseIsWhereTheNamedCompanyIs() {
        Set<String> facts = Samples.facts(extract("Luca works as a developer at the Verona software house Brenta Lavori "
                + "and maintains a few KDE packages."));

        assertTrue(facts.contains("Brenta Lavori locatedIn Verona"), facts::toString);
        assertTrue(facts.contains("Luca worksFor Brenta Lavori"), facts::toString);
    }

    @Test
    void aGuestHouseIsNoCompanyDescription() {
        Set<String> facts = Samples.facts(extract("We stayed at the Verona guest house Villa Serena during the sprint."));

        assertFalse(facts.contains("Villa Serena locatedIn Verona"), facts::toString);
    }
}
