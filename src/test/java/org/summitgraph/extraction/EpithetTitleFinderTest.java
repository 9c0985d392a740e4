package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "X takes the stage. The founder and CTO of Y …": a sentence that speaks of the person before by their titles. */
class EpithetTitleFinderTest {

    private static Set<String> facts(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void theTitlesOfTheNextSentencesSubjectAreThoseOfThePersonBefore() {
        Set<String> facts = facts("9:19 — Maya Okafor takes the stage. The co-founder and CEO of Grafana Labs gets the "
                + "loudest applause of the morning.");

        assertTrue(facts.contains("Maya Okafor hasRole Grafana Labs [CEO]"), facts::toString);
        assertTrue(facts.contains("Grafana Labs foundedBy Maya Okafor"), facts::toString);
    }

    @Test
    void anEpithetIsNotReadWhenItsSentencePointsAtSomeoneElse() {
        Set<String> facts = facts("Maya Okafor spoke first. The CEO of Grafana Labs followed her with a demo.");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Maya Okafor hasRole")), facts::toString);
    }

    @Test
    void anEpithetAfterASentenceThatNamesTwoPeopleIsNotRead() {
        Set<String> facts = facts("Maya Okafor introduced Raj Patel. The CEO of Grafana Labs showed the new release.");

        assertTrue(facts.stream().noneMatch(f -> f.contains("hasRole Grafana Labs")), facts::toString);
    }

    @Test
    void anEpithetAfterASentenceThatDoesNotOpenWithItsPersonIsNotRead() {
        Set<String> facts = facts("After lunch we met Maya Okafor. The CEO of Grafana Labs showed the new release.");

        assertTrue(facts.stream().noneMatch(f -> f.contains("hasRole Grafana Labs")), facts::toString);
    }
}
