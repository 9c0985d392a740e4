package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Ines Duarte, a data scientist with Feedzai": an occupation with no title in the graph still names the employer. */
class OccupationAppositionTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void anOccupationAtAnOrganisationInTheAppositionIsAJobThere() {
        Set<String> facts = english("Ines Duarte, a data scientist with Feedzai, explained the fraud models.");
        assertTrue(facts.contains("Ines Duarte worksFor Feedzai"), facts::toString);

        Set<String> second = english("Pieter Claes, a consultant at Capgemini and a volunteer at the meetup, joined us.");
        assertTrue(second.contains("Pieter Claes worksFor Capgemini"), second::toString);
    }

    @Test
    void aFormerOccupationOrSomeoneElsesIsNoJobNow() {
        Set<String> former = english("Karel Nowak, a former consultant at Capgemini, talked about migrations.");
        assertFalse(former.contains("Karel Nowak worksFor Capgemini"), former::toString);

        Set<String> hired = english("The talk by Karel Nowak, who hired a consultant at Capgemini, was short.");
        assertFalse(hired.contains("Karel Nowak worksFor Capgemini"), hired::toString);
    }
}
