package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who organises an event, said with the organiser as the subject ("The Kelpwise Foundation organises it"), in a relative
 * clause before the event's name, or through the volunteers of a group it was organised by; made-up events and groups.
 */
class OrganizerSubjectAndVolunteersTest {

    @Test
    void anOrganisationThatOrganisesItOrganisesTheEventSpokenOf() {
        Set<String> it = EventCuesTest.en("The Kelpwise Foundation organises it, but the programme is set by a committee.");
        Set<String> which = EventCuesTest.en("The Kelpwise Foundation, which organises Tidepool Open, announced the next city.");

        assertTrue(it.contains("Tidepool Open 2025 organizedBy Kelpwise Foundation"), it.toString());
        assertTrue(which.contains("Tidepool Open 2025 organizedBy Kelpwise Foundation"), which.toString());
    }

    @Test
    void anOrganisationHostingItOrOrganisingItWithoutAnEventSpokenOfOrganisesNothing() {
        // "it" is a project here: the sentence before speaks of no event
        Set<String> project = EventCuesTest.en("We moved our tracing to Harborlight last spring. The Kelpwise Foundation hosts it now.");

        assertFalse(project.stream().anyMatch(f -> f.contains("organizedBy Kelpwise")), project.toString());
    }

    @Test
    void volunteersFromAGroupMakeTheGroupTheOrganiser() {
        Set<String> community = EventCuesTest.en("The event, organised by volunteers from the Lanternfish Society, drew 900 people.");
        Set<String> group = EventCuesTest.en("The event was organised by a group of volunteers from our meetup and from the Lanternfish Society.");

        assertTrue(community.contains("Tidepool Open 2025 organizedBy Lanternfish Society"), community.toString());
        assertTrue(group.contains("Tidepool Open 2025 organizedBy Lanternfish Society"), group.toString());
    }

    @Test
    void theRunnerOfAnEventNamedWithItsCityInARelativeClauseOrganisesIt() {
        Set<String> facts = EventCuesTest.en("This week we are at Tidepool Open 2025 in Porto, which the Kelpwise Foundation has run here since 2019.");

        assertTrue(facts.contains("Tidepool Open 2025 organizedBy Kelpwise Foundation"), facts.toString());
    }
}
