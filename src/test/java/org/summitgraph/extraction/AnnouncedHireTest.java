package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer who "joins as" a title, with nothing joined named, joins the organisation that announced the hires a few
 * sentences before; with no announcement, nothing is read.
 */
class AnnouncedHireTest {

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    @Test
    void aHireListedUnderAnAnnouncementJoinsTheAnnouncer() {
        Set<String> facts = english("Red Hat also announced two further hires for its open source office:\n\n"
                + "- Marta Kowalska joins as Open Source Compliance Manager. She was previously at Nokia.\n\n"
                + "- Pavel Novak, a former engineer at Siemens, joins as Senior Kernel Engineer.");

        assertTrue(facts.contains("Marta Kowalska worksFor Red Hat"), facts::toString);
        assertTrue(facts.contains("Pavel Novak hasRole Red Hat [Senior Kernel Engineer]"), facts::toString);
        assertFalse(facts.contains("Pavel Novak worksFor Siemens"), facts::toString);
    }

    @Test
    void joiningAsATitleWithNoAnnouncementJoinsNobody() {
        Set<String> facts = english("Red Hat sponsored the meetup in Brno. Marta Kowalska joins as a speaker this year.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Marta Kowalska worksFor")), facts::toString);
    }
}
