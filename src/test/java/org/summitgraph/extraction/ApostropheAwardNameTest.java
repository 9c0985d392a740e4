package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An award named after a surname with an apostrophe keeps the whole surname; made-up awards at a made-up event. */
class ApostropheAwardNameTest {

    private static Set<String> awards(String text) {
        Extraction e = MainEventTest.extract(EventCuesTest.EN_TITLE, "Tidepool Open 2025 (May 12-14, Porto) was busy. " + text, "en",
                LocalDate.of(2025, 5, 20));
        return e.entities().values().stream().filter(x -> x.kind() == EntityKind.AWARD).map(x -> x.label("en")).collect(Collectors.toSet());
    }

    @Test
    void aSurnameWithAnApostropheIsPartOfTheAwardsName() {
        Set<String> nominee = awards("Marta Oliveira was one of this year's nominees for an O'Malley Open Source Award.");
        Set<String> winner = awards("Bram Oosterhuis won the D'Souza Community Prize on Friday.");

        assertTrue(nominee.contains("O'Malley Open Source Award"), nominee.toString());
        assertFalse(nominee.contains("Open Source Award"), nominee.toString());
        assertTrue(winner.contains("D'Souza Community Prize"), winner.toString());
    }

    @Test
    void theSurnameOfAPersonNamedBeforeOpensTheAwardNamedAfterThem() {
        Set<String> found = awards("Kieran O'Malley opened the main stage. Marta Oliveira was one of the nominees for an O'Malley "
                + "Open Source Award.");

        assertTrue(found.contains("O'Malley Open Source Award"), found.toString());
    }

    @Test
    void aLowerCaseWordWithAnApostropheBeginsNoName() {
        Set<String> found = awards("The crowd's Community Prize went to a first-time speaker.");

        assertFalse(found.stream().anyMatch(a -> a.contains("'")), found.toString());
    }
}
