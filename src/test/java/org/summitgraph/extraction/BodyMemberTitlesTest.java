package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seat on a committee is titled by the committee, without the committee's owner. */
class BodyMemberTitlesTest {

    @Test
    void aCommitteeMembershipIsTitledByTheCommitteeWithoutItsOwner() {
        Set<String> facts = Samples.factsIn(
                "Tomasz Wieczorek, a long-time member of the OpenStack Technical Committee, opened the session.", "en");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Tomasz Wieczorek hasRole") && f.endsWith("[Technical Committee Member]")),
                facts::toString);
    }

    @Test
    void aCommitteeKnownByItsInitialsGivesTheInitials() {
        assertEquals(Optional.of("TOC Member"), BodyMemberTitles.seat("CNCF TOC"));
        assertEquals(Optional.of("PMC Member"), BodyMemberTitles.seat("Apache Kafka PMC"));
    }

    @Test
    void aTechnicalBodyOfThreeWordsGoesByItsInitials() {
        assertEquals(Optional.of("TOC Member"), BodyMemberTitles.seat("CNCF Technical Oversight Committee"));
        assertEquals(Optional.of("TSC Member"), BodyMemberTitles.seat("Zephyr Technical Steering Committee"));
        assertEquals(Optional.of("Technical Committee Member"), BodyMemberTitles.seat("OpenStack Technical Committee"));
    }

    @Test
    void aLowerCaseTeamIsTitledInTitleCase() {
        assertEquals(Optional.of("Core Team Member"), BodyMemberTitles.seat("PostgreSQL core team"));
        assertEquals(Optional.of("Steering Committee Member"), BodyMemberTitles.seat("Kubernetes Steering Committee"));
    }

    @Test
    void aBodyThatDoesNotSayWhatKindItIsKeepsTheBareTitle() {
        assertEquals(Optional.empty(), BodyMemberTitles.seat("Kata Containers team"));
        assertEquals(Optional.empty(), BodyMemberTitles.seat("OpenInfra Foundation Board"));
        assertEquals(Optional.empty(), BodyMemberTitles.seat("Apache Software Foundation"));
        assertEquals(Optional.empty(), BodyMemberTitles.seat("openEuler技术委员会"));
    }
}
