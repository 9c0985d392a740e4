package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contributors and users listed after a word for them, of the project the sentence or the article is about. */
class ProjectCommunityFinderTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void maintainersFromAListOfCompaniesContributeToTheArticlesProject() {
        Set<String> facts = english("Envoy graduated in 2018. Envoy is a proxy. Envoy now has a large community. "
                + "Today it counts 14 maintainers from Lyft, Red Hat and Tetrate.");

        assertTrue(facts.contains("Lyft contributesTo Envoy"), facts::toString);
        assertTrue(facts.contains("Red Hat contributesTo Envoy"), facts::toString);
        assertTrue(facts.contains("Tetrate contributesTo Envoy"), facts::toString);
    }

    @Test
    void usersListedAfterTheProjectInTheSentenceUseIt() {
        Set<String> facts = english("Kubernetes and Envoy both came up. For Envoy, end users in production include "
                + "Airbnb and Pinterest.");

        assertTrue(facts.contains("Airbnb uses Envoy"), facts::toString);
        assertTrue(facts.contains("Pinterest uses Envoy"), facts::toString);
    }

    @Test
    void withoutAProjectInTheSentenceOrATopicNobodyIsSaidToContribute() {
        Set<String> facts = english("Kubernetes and Envoy both came up. Today it counts 14 maintainers from Lyft and Red Hat.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("contributesTo")), facts::toString);
    }

    @Test
    void engineersFromCompaniesAtTheSummitContributeNothing() {
        Set<String> facts = english("Envoy graduated in 2018. Envoy is a proxy. Envoy now has a large community. "
                + "Engineers from Lyft and Red Hat took part in the summit.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("contributesTo")), facts::toString);
    }

    @Test
    void usersListedBeforeTheProjectTheSentenceNamesUseThatProject() {
        Set<String> facts = english("Envoy graduated in 2018. Envoy is a proxy. Envoy now has a large community. "
                + "Users such as Airbnb and Pinterest run Kubernetes in production.");

        assertTrue(facts.contains("Airbnb uses Kubernetes"), facts::toString);
        assertFalse(facts.contains("Airbnb uses Envoy"), facts::toString);
    }
}
