package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A group described by its kind and its town ("Cascade Hack Nights, a beginners' meetup in Portland", missed on the
 * twenty-seventh set) is an organisation, and it is in that town.
 */
class MeetupPlacesTest {

    @Test
    void aMeetupDescribedByItsTownIsThere() {
        Set<String> facts = Samples.factsIn("The prize went to Harbour Rust Nights, a monthly meetup in Hamburg, for its "
                + "mentoring work.", "en");
        Set<String> podcast = Samples.factsIn("We talked to the hosts of Kernel Crumbs, a weekly podcast based in Dublin, "
                + "about the release.", "en");

        assertTrue(facts.contains("Harbour Rust Nights locatedIn Hamburg"), facts::toString);
        assertTrue(podcast.contains("Kernel Crumbs locatedIn Dublin"), podcast::toString);
    }

    @Test
    void aPersonWhoAttendsAMeetupIsNoGroup() {
        Set<String> facts = Samples.factsIn("The first question came from Ingrid Holm, a regular at the meetup in Oslo.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Ingrid Holm locatedIn")), facts::toString);
    }
}
