package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A town written before the state or province it is in, in made-up sentences about made-up events. */
class TownsInRegionsTest {

    private static Set<String> facts(String text) {
        return Samples.factsIn(text, "en");
    }

    @Test
    void aTownBeforeItsStateIsInTheState() {
        Set<String> facts = facts("The meetup took place on a Saturday in Bend, Oregon, at the public library.");

        assertTrue(facts.contains("Bend locatedIn Oregon"), facts::toString);
    }

    @Test
    void aTownBeforeItsProvinceIsInTheProvince() {
        Set<String> facts = facts("This year the hackfest moved to Kitchener, Ontario, where the local user group hosted it.");

        assertTrue(facts.contains("Kitchener locatedIn Ontario"), facts::toString);
    }

    @Test
    void citiesOfAListAreNotInEachOther() {
        Set<String> facts = facts("The roadshow stops in Boston, New York and Chicago before the summer.");

        assertFalse(facts.contains("Boston locatedIn New York"), facts::toString);
    }

    @Test
    void statesOfAListAreNotInEachOther() {
        Set<String> facts = facts("Members came from Texas, California and Oregon to the summit.");

        assertFalse(facts.contains("Texas locatedIn California"), facts::toString);
    }
}
