package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisations a list says all sit under one umbrella organisation, in made-up sentences. */
class UmbrellaListsTest {

    private static Set<String> facts(String text) {
        return Samples.factsIn(text, "en");
    }

    @Test
    void everyItemOfAListThatAllSitsUnderAnUmbrellaIsPartOfIt() {
        Set<String> facts = facts("The Cloud Native Computing Foundation, the OpenJS Foundation and LF Energy all sit under "
                + "the Linux Foundation umbrella.");

        assertTrue(facts.contains("LF Energy partOf Linux Foundation"), facts::toString);
        assertTrue(facts.contains("OpenJS Foundation partOf Linux Foundation"), facts::toString);
    }

    @Test
    void bothItemsOfAPairThatSitInsideAFoundationArePartOfIt() {
        Set<String> facts = facts("Hyperledger and LF Edge both sit inside the Linux Foundation, with their own boards.");

        assertTrue(facts.contains("Hyperledger partOf Linux Foundation"), facts::toString);
        assertTrue(facts.contains("LF Edge partOf Linux Foundation"), facts::toString);
    }

    @Test
    void companiesThatAllSitOnAPanelAreNoPartOfIt() {
        Set<String> facts = facts("Google, Intel and Red Hat all sit on the OpenSSF governing board.");

        assertFalse(facts.contains("Google partOf Open Source Security Foundation"), facts::toString);
    }
}
