package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chair of a project's PMC told by a verb: "chairs the PMC of X", "who leads its PMC", "heads the X PMC". */
class PmcChairFinderTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void whoChairsThePmcOfAProjectIsItsPmcChair() {
        Set<String> facts = english("Maria Santos chairs the PMC of Apache Kafka and works on the storage layer.");

        assertTrue(facts.contains("Maria Santos hasRole Apache Kafka [PMC Chair]"), facts::toString);
    }

    @Test
    void whoLeadsItsPmcChairsTheProjectNamedBefore() {
        Set<String> facts = english("Apache Pulsar was presented by Omar Nasser, who leads its PMC, in the afternoon.");

        assertTrue(facts.contains("Omar Nasser hasRole Apache Pulsar [PMC Chair]"), facts::toString);
    }

    @Test
    void aPronounHeadingTheProjectsPmcChairsIt() {
        Set<String> facts = english("Li Wen spoke first. She also heads the Apache Doris PMC.");

        assertTrue(facts.contains("Li Wen hasRole Apache Doris [PMC Chair]"), facts::toString);
        assertFalse(facts.contains("Li Wen hasRole Apache Doris [Chair]"), facts::toString);
    }

    @Test
    void leadingAMeetupOfTheProjectIsNoPmcSeat() {
        Set<String> facts = english("Li Wen spoke first. She also leads the Apache Doris meetup in Beijing.");

        assertFalse(facts.contains("Li Wen hasRole Apache Doris [PMC Chair]"), facts::toString);
    }
}
