package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "who runs the bank's open source program office", "who runs clinical informatics there": the head of a unit or a
 * line of work at the organisation named just before, which the clause points back to.
 */
class HeadThereFinderTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void theBanksUnitIsTheUnitOfTheBankNamedBefore() {
        Set<String> facts = english("Harbor Savings Bank brought six engineers. Laura Benson, who runs the bank's new "
                + "data platform team, gave the best talk of the day.");

        assertTrue(facts.contains("Laura Benson hasRole Harbor Savings Bank [Head of Data Platform]"), facts::toString);
        assertTrue(facts.contains("Laura Benson worksFor Harbor Savings Bank"), facts::toString);
    }

    @Test
    void aLineOfWorkRunThereIsHeadedAtTheOrganisationNamedBefore() {
        Set<String> facts = english("Quarry Health Systems sent four people. Dr. Daniel Okafor, who runs clinical "
                + "analytics there, walked us through the pipeline.");

        assertTrue(facts.contains("Daniel Okafor hasRole Quarry Health Systems [Head of Clinical Analytics]"), facts::toString);
        assertTrue(facts.contains("Daniel Okafor worksFor Quarry Health Systems"), facts::toString);
    }

    @Test
    void somethingRunThereThatIsNoLineOfWorkIsNoPost() {
        Set<String> facts = english("Quarry Health Systems sent four people. Daniel Okafor, who runs the numbers there, "
                + "walked us through the pipeline.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Daniel Okafor hasRole")), facts::toString);
    }

    @Test
    void theBanksUnitNeedsABankNamedBefore() {
        Set<String> facts = english("Quarry Health Systems sent four people. Daniel Okafor, who runs the bank's data "
                + "platform team, walked us through the pipeline.");

        assertFalse(facts.contains("Daniel Okafor worksFor Quarry Health Systems"), facts::toString);
    }
}
