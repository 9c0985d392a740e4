package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisers of a user group lead it: "this group" in the group's own newsletter is the publisher, and "one of the
 * organisers of" a named group leads that group. A past post, or an event organised, leads nothing.
 */
class GroupOrganizerFinderTest {

    private static Set<String> byGroup(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20),
                "Lisbon Rust User Group")));
    }

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20), null)));
    }

    @Test
    void whoCoOrganisesThisGroupLeadsThePublisher() {
        Set<String> facts = byGroup("Marta Sousa, who co-organizes this group with Rui Lopes, gave a talk on async Rust.");

        assertTrue(facts.contains("Marta Sousa leads Lisbon Rust User Group"), facts::toString);
        assertTrue(facts.contains("Rui Lopes leads Lisbon Rust User Group"), facts::toString);
    }

    @Test
    void anEmployerBeforeTheClauseIsSkipped() {
        Set<String> facts = byGroup("Tiago Reis of Halcyon Data, who runs this group with me, gave the first talk.");

        assertTrue(facts.contains("Tiago Reis leads Lisbon Rust User Group"), facts::toString);
    }

    @Test
    void oneOfTheOrganisersOfThisUserGroupLeadsIt() {
        Set<String> facts = byGroup("Congratulations to Ines Carvalho. Ines has been one of the organisers of this user group since 2019.");

        assertTrue(facts.contains("Ines Carvalho leads Lisbon Rust User Group"), facts::toString);
    }

    @Test
    void oneOfTheOrganizersOfANamedGroupLeadsThatGroup() {
        Set<String> facts = english("Outside work Pavel Novak is one of the organizers of the Prague Go User Group, which he started in 2016.");

        assertTrue(facts.contains("Pavel Novak leads Prague Go User Group"), facts::toString);
    }

    @Test
    void aNewsletterTitleNamesTheGroupWhereNoPublisherIsGiven() {
        Set<String> facts = english("Berlin Kotlin User Group Newsletter, May 2024: spring news\n\n"
                + "Jonas Weber, who co-organizes this group with Lea Braun, spoke at KotlinConf.");

        assertTrue(facts.contains("Jonas Weber leads Berlin Kotlin User Group"), facts::toString);
    }

    @Test
    void aPostGivenUpLeadsNothing() {
        Set<String> facts = byGroup("Marta Sousa, who organized this group until 2019, now lives in Porto. "
                + "Rui Lopes was one of the organizers of the Porto Go User Group.");

        assertFalse(facts.contains("Marta Sousa leads Lisbon Rust User Group"), facts::toString);
        assertFalse(facts.contains("Rui Lopes leads Porto Go User Group"), facts::toString);
    }

    @Test
    void withoutAGroupPublisherThisGroupIsNobodys() {
        Set<String> facts = english("Marta Sousa, who co-organizes this group with Rui Lopes, works at Halcyon Data.");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Marta Sousa leads")), facts::toString);
    }
}
