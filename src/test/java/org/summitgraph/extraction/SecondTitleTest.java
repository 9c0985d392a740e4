package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second title joined by "and" after the first one's project, which a common noun may describe ("the Larkspur build
 * tool"), is held by the same person; a title that another person named in between holds is not.
 */
class SecondTitleTest {

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    @Test
    void aSecondTitleAfterADescribedProjectIsHeldByTheSamePerson() {
        Set<String> tool = english("Guest one: Ines Moreau, a maintainer of the Kubernetes container orchestrator and a "
                + "principal engineer at Spotify.");
        Set<String> library = english("Karl Jensen, a maintainer of the Envoy proxy and a staff engineer at Lyft, spoke next.");

        assertTrue(tool.contains("Ines Moreau hasRole Spotify [Principal Engineer]"), tool::toString);
        assertTrue(library.contains("Karl Jensen hasRole Lyft [Staff Engineer]"), library::toString);
    }

    @Test
    void aTitleOfAnotherPersonNamedInBetweenIsNotChained() {
        Set<String> facts = english("Guests: Ines Moreau, a maintainer of the Kubernetes container orchestrator, and Tom Ek, "
                + "a principal engineer at Spotify.");

        assertFalse(facts.contains("Ines Moreau hasRole Spotify [Principal Engineer]"), facts::toString);
    }
}
