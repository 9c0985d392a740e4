package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every speaker a session is run by, and the talks a live report names by what they are: an update, a welcome. */
class SpeakerListsTest {

    @Test
    void everyoneAWorkshopIsRunBySpeaks() {
        Set<String> facts = EventCuesTest.en("The newcomer workshop was run by Ingrid Solvang and Bram Oosterhuis.");

        assertTrue(facts.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), facts.toString());
        assertTrue(facts.contains("Bram Oosterhuis speaksAt Tidepool Open 2025"), facts.toString());
    }

    @Test
    void theHostsOfAShowAreNoSpeakersListed() {
        Set<String> facts = EventCuesTest.en("Episode 12 · 58 minutes · Hosted by Ingrid Solvang and Bram Oosterhuis.");

        assertFalse(facts.contains("Bram Oosterhuis speaksAt Tidepool Open 2025"), facts.toString());
    }

    @Test
    void anUpdateOrAWelcomeGivenIsATalk() {
        Set<String> update = EventCuesTest.en("Priya Venkatesh, who chairs the steering committee, gave the project update.");
        Set<String> housekeeping = EventCuesTest.en("Marta Kowal, the foundation's COO, takes over for the housekeeping.");

        assertTrue(update.contains("Priya Venkatesh speaksAt Tidepool Open 2025"), update.toString());
        assertTrue(housekeeping.contains("Marta Kowal speaksAt Tidepool Open 2025"), housekeeping.toString());
    }
}
