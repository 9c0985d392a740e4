package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where an organisation's people work is where it is ("employs 38 people in Bengaluru and Pune", missed on the
 * twenty-seventh set), and an office in someone's possessive is no place of its own.
 */
class WorkforcePlacesTest {

    @Test
    void aCompanyIsWhereItEmploysPeople() {
        Set<String> facts = Samples.factsIn("Fernhill Analytics was founded in 2019 and now employs 60 people in Leeds and Porto.", "en");

        assertTrue(facts.contains("Fernhill Analytics locatedIn Leeds"), facts::toString);
        assertTrue(facts.contains("Fernhill Analytics locatedIn Porto"), facts::toString);
    }

    @Test
    void aPronounOpeningTheSentenceStandsForTheCompany() {
        Set<String> facts = Samples.factsIn("Korvan Systems builds billing software for utilities. It has around 120 engineers "
                + "across Lisbon, Madrid and Lyon.", "en");

        assertTrue(facts.contains("Korvan Systems locatedIn Madrid"), facts::toString);
        assertTrue(facts.contains("Korvan Systems locatedIn Lyon"), facts::toString);
    }

    @Test
    void peopleACompanyHasElsewhereInTheSentenceAreNotItsWorkforce() {
        Set<String> facts = Samples.factsIn("The meetup, sponsored by Fernhill Analytics, has 60 people in Leeds on its list.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("Fernhill Analytics locatedIn")), facts::toString);
    }

    @Test
    void anOfficeInACompanysPossessiveIsNoPlace() {
        Set<String> facts = Samples.factsIn("Lena Vogt joins as Staff Engineer and will be based in Korvan's small office in Lyon, "
                + "after six years at Siemens in Erlangen.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("locatedIn Korvan")), facts::toString);
    }
}
