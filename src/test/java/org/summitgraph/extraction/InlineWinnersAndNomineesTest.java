package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Winners listed inline after a colon, one to each part between semicolons, and a subject said to be one of the
 * nominees; made-up people and a made-up award at a made-up event.
 */
class InlineWinnersAndNomineesTest {

    private static Set<String> facts(String text) {
        return Samples.facts(MainEventTest.extract(EventCuesTest.EN_TITLE, "Tidepool Open 2025 (May 12-14, Porto) was busy. The Harbour "
                + "Community Award was handed out on Thursday. " + text, "en", LocalDate.of(2025, 5, 20)));
    }

    @Test
    void everyPartBetweenSemicolonsNamesOneWinner() {
        Set<String> found = facts("This year's winners, in no particular order: Marta Oliveira, for her mentoring work; Bram Oosterhuis, "
                + "who maintains the docs; and, as a company, Kelpwise Labs.");

        assertTrue(found.contains("Marta Oliveira wonAward Harbour Community Award"), found.toString());
        assertTrue(found.contains("Bram Oosterhuis wonAward Harbour Community Award"), found.toString());
        assertTrue(found.contains("Kelpwise Labs wonAward Harbour Community Award"), found.toString());
    }

    @Test
    void lastYearsWinnersWonNoPrizeOfThisYear() {
        Set<String> found = facts("Last year's winners: Marta Oliveira, for her mentoring work; Bram Oosterhuis, for the docs.");

        assertFalse(found.stream().anyMatch(f -> f.contains("wonAward")), found.toString());
    }

    @Test
    void oneOfTheNomineesIsAFinalist() {
        Set<String> found = facts("Marta Oliveira gave a talk on Tuesday. She was also one of this year's nominees for the award.");

        assertTrue(found.contains("Marta Oliveira finalistFor Harbour Community Award"), found.toString());
        assertFalse(found.contains("Marta Oliveira wonAward Harbour Community Award"), found.toString());
    }

    @Test
    void aNomineeRelaxedAboutNotHavingWonWonNothing() {
        Extraction e = MainEventTest.extract(EventCuesTest.EN_TITLE, "Tidepool Open 2025 (May 12-14, Porto) was busy. Marta Oliveira "
                + "works at Kelpwise Labs. She was one of the nominees for an O'Malley Open Source Award and is relaxed about not having won.",
                "en", LocalDate.of(2025, 5, 20));
        Set<String> facts = Samples.facts(e);

        assertFalse(facts.stream().anyMatch(f -> f.contains("wonAward")), facts.toString());
    }
}
