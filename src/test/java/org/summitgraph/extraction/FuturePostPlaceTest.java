package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a person will be based is no place of the organisation named before them. */
class FuturePostPlaceTest {

    @Test
    void whereAPersonWillBeBasedIsNoPlaceOfTheirFormerEmployer() {
        Set<String> facts = Samples.factsIn("Marta Lind, a former engineer at Ericsson, will be based in Lisbon "
                + "and will travel often. Ericsson is based in Stockholm.", "en");

        assertFalse(facts.contains("Ericsson locatedIn Lisbon"), facts::toString);
        assertTrue(facts.contains("Ericsson locatedIn Stockholm"), facts::toString);
    }
}
