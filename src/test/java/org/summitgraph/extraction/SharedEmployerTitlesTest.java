package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people of one organisation, the organisation written once before the first one's title. */
class SharedEmployerTitlesTest {

    @Test
    void theSecondTitleAfterAndSharesTheFirstOnesOrganisation() {
        Set<String> facts = Samples.factsIn("Red Hat CEO Jim Whitehurst and CTO Chris Wright opened the second day.", "en");

        assertTrue(facts.contains("Chris Wright worksFor Red Hat"), facts::toString);
        assertTrue(facts.contains("Chris Wright hasRole Red Hat [CTO]"), facts::toString);
    }

    @Test
    void aListOfThreeTitledPeopleSharesTheOrganisationToTheEnd() {
        Set<String> facts = Samples.factsIn("Mirantis CEO Adrian Ionel, CTO Boris Renski and chief architect Dmitri Volkov met the press.", "en");

        assertTrue(facts.contains("Boris Renski worksFor Mirantis"), facts::toString);
        assertTrue(facts.contains("Dmitri Volkov worksFor Mirantis"), facts::toString);
    }

    @Test
    void chineseTitlesJoinedBy和ShareTheCompany() {
        Set<String> facts = Samples.factsIn("腾讯CEO马化腾和CTO张志东一起出席了开幕式。", "zh");

        assertTrue(facts.contains("张志东 worksFor Tencent"), facts::toString);
        assertTrue(facts.contains("张志东 hasRole Tencent [CTO]"), facts::toString);
    }

    @Test
    void aSecondTitleWithItsOwnOrganisationKeepsIt() {
        Set<String> facts = Samples.factsIn("Red Hat CEO Jim Whitehurst and Google CTO Jane Doe shared the stage.", "en");

        assertFalse(facts.contains("Jane Doe worksFor Red Hat"), facts::toString);
        assertTrue(facts.contains("Jane Doe worksFor Google"), facts::toString);
    }

    @Test
    void anAnalystNextToAnOfficerIsNoStaffOfTheCompany() {
        Set<String> facts = Samples.factsIn("Red Hat CEO Jim Whitehurst and analyst Mike Smith debated the numbers.", "en");

        assertFalse(facts.contains("Mike Smith worksFor Red Hat"), facts::toString);
    }
}
