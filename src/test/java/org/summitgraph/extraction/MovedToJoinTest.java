package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A move told by its purpose ("has moved to Singapore to join Grab"): the person now works where they went. */
class MovedToJoinTest {

    @Test
    void movingToJoinACompanyIsWorkingThere() {
        Set<String> facts = Samples.factsIn("News from the group: Lucy Wainwright, formerly of Red Hat, has moved to Berlin "
                + "to join Canonical. Marek Dvořák relocated to Munich in March to join SUSE.", "en");

        assertTrue(facts.contains("Lucy Wainwright worksFor Canonical"), facts::toString);
        assertTrue(facts.contains("Marek Dvořák worksFor SUSE"), facts::toString);
    }

    @Test
    void movingToJoinAnEventIsNoJob() {
        Set<String> facts = Samples.factsIn("Lucy Wainwright moved to Paris for a week to join the KubeCon crowd.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Lucy Wainwright worksFor")), facts::toString);
    }
}
