package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event named after a city the text also names is held there; a later edition's name settles nothing yet. */
class EventNamedAfterCityTest {

    private static Set<String> en(String text) {
        return Samples.facts(MainEventTest.extract("Notes", text, "en", LocalDate.of(2023, 11, 30)));
    }

    private static Set<String> zh(String text) {
        return Samples.facts(MainEventTest.extract("纪要", text, "zh", LocalDate.of(2024, 11, 30)), "zh");
    }

    @Test
    void anEventNamedAfterACityIsHeldThere() {
        Set<String> facts = en("Before moving to Bengaluru she volunteered for Kubernetes Community Days Bengaluru 2023.");

        assertTrue(facts.contains("Kubernetes Community Days Bengaluru 2023 heldIn Bangalore"), facts.toString());
    }

    @Test
    void aLaterEditionNamedAfterACityIsNotPlacedYet() {
        Set<String> facts = zh("杭州的社区成员讨论了明年的Kubernetes Community Days Hangzhou 2025筹备。");

        assertFalse(facts.stream().anyMatch(f -> f.contains("2025 heldIn")), facts.toString());
    }
}
