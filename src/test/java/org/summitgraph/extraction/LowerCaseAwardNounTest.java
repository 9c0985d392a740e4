package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.AttendanceConstructionsTest.en;

/**
 * An award written with its lower-case noun ("the Data Stewards award went to …", "finalists for the Mentor of the Year
 * prize") is a prize even when no word about prizes came before it, in made-up sentences about a made-up event; and
 * the trap: title-case words that went somewhere with no prize's noun.
 */
class LowerCaseAwardNounTest {

    @Test
    void aLowerCaseAwardThatWentToSomeoneIsWonByThem() {
        Set<String> went = en("In the end the Data Stewards award went to Harborlight Systems.");
        Set<String> prize = en("After lunch the Community Builder prize went to Jana Novak of Kelpwise Analytics.");

        assertTrue(went.contains("Harborlight Systems wonAward Data Stewards award"), went.toString());
        assertTrue(prize.stream().anyMatch(f -> f.startsWith("Jana Novak wonAward Community Builder")), prize.toString());
    }

    @Test
    void finalistsForALowerCaseAwardAreItsFinalists() {
        Set<String> facts = en("Quarrystone Data and Harborlight Systems were both finalists for the Data Stewards award.");

        assertTrue(facts.contains("Quarrystone Data finalistFor Data Stewards award"), facts.toString());
        assertTrue(facts.contains("Harborlight Systems finalistFor Data Stewards award"), facts.toString());
    }

    @Test
    void titleCaseWordsThatWentSomewhereWithoutAPrizeNounAreNoAward() {
        Set<String> facts = en("The Platform Team went to Harborlight Systems for the afternoon.");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" wonAward ") || f.contains(" awardedAt ")), facts.toString());
    }
}
