package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A local meetup or user group written with its city ("the Rust meetup in Accra") is named by that city and is there;
 * a month before "meetup" dates an evening and names no group. Made-up sentences.
 */
class LocalGroupCityTest {

    @Test
    void aMeetupInACityIsNamedByItAndIsThere() {
        Set<String> facts = Samples.factsIn("Kwame Osei, who runs the Rust meetup in Accra, gave the closing talk.", "en");

        assertTrue(facts.contains("Rust meetup in Accra locatedIn Accra"), facts::toString);
        assertTrue(facts.contains("Kwame Osei leads Rust meetup in Accra"), facts::toString);
    }

    @Test
    void aUserGroupInACityIsThere() {
        Set<String> facts = Samples.factsIn("Later that week she joined the Terraform User Group in Lyon as a co-organizer.", "en");

        assertTrue(facts.contains("Terraform User Group in Lyon locatedIn Lyon"), facts::toString);
    }

    @Test
    void aGroupTheArticleAlsoNamesByItsCityIsOneGroup() {
        Set<String> facts = Samples.factsIn("Kofi Mensah, who runs the Kubernetes meetup in Nantes, came with six members. "
                + "The Nantes meetup now has four hundred members.", "en");

        assertTrue(facts.contains("Nantes meetup locatedIn Nantes"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Kubernetes meetup")), facts::toString);
    }

    @Test
    void aMonthsMeetupNamesNoGroup() {
        Set<String> facts = Samples.factsIn("Petra Lind presented the roadmap at the March meetup in Oslo.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("March meetup")), facts::toString);
    }
}
