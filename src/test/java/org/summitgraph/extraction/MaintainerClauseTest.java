package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "She maintains Envoy", "Tobias, who maintains parts of Kubernetes": a person who maintains a project is its maintainer;
 * "has become a reviewer of Kubernetes": a post taken up and held since.
 */
class MaintainerClauseTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2021, 5, 4))));
    }

    @Test
    void aPronounThatMaintainsAProjectIsItsMaintainer() {
        Set<String> facts = english("Priya Raman spoke next. She maintains Envoy, a proxy used across the fleet.");

        assertTrue(facts.contains("Priya Raman hasRole Envoy [Maintainer]"), facts::toString);
    }

    @Test
    void aPersonWhoMaintainsPartsOfAProjectIsItsMaintainer() {
        Set<String> facts = english("Jonas Berg, who maintains parts of Kubernetes and works at Google, gave the keynote.");

        assertTrue(facts.contains("Jonas Berg hasRole Kubernetes [Maintainer]"), facts::toString);
    }

    @Test
    void aCompanyThatMaintainsAProjectHoldsNoPost() {
        Set<String> facts = english("Maria Lopez thanked Red Hat. The company also maintains Podman.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("[Maintainer]")), facts::toString);
    }

    @Test
    void whoHasBecomeAReviewerOfAProjectHoldsThePost() {
        Set<String> facts = english("One of them, Jaap Mulder, has become a reviewer of Kubernetes. Mei Lin has become a committer of Apache Kafka.");

        assertTrue(facts.contains("Jaap Mulder hasRole Kubernetes [Reviewer]"), facts::toString);
        assertTrue(facts.contains("Mei Lin hasRole Apache Kafka [Committer]"), facts::toString);
    }

    @Test
    void aProjectThatHasBecomeAStandardHoldsNoPost() {
        Set<String> facts = english("Kubernetes has become a standard of the industry, Mei Lin said.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("hasRole")), facts::toString);
    }
}
