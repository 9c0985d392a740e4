package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project written as living under another ("Kolla lives under the OpenStack project") or as a described component
 * inside it ("OpenStack中的网络组件Neutron") is part of it. Made-up sentences about real projects.
 */
class PartInsideWholeTest {

    @Test
    void aProjectThatLivesUnderAnotherIsPartOfIt() {
        Set<String> facts = Samples.factsIn("Magnum lives under the OpenStack project, so its releases follow the same cycle.", "en");

        assertTrue(facts.contains("Magnum partOf OpenStack"), facts::toString);
    }

    @Test
    void aComponentDescribedInsideAProjectIsPartOfIt() {
        Set<String> facts = Samples.factsIn("他们重点介绍了OpenStack中的网络组件Neutron在多租户场景下的改造。", "zh");

        assertTrue(facts.contains("Neutron partOf OpenStack"), facts::toString);
    }

    @Test
    void aProjectThatLivesInACityIsNoPartOfIt() {
        Set<String> facts = Samples.factsIn("Its maintainer lives under the flight path near Heathrow and works on Magnum.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Magnum partOf")), facts::toString);
    }
}
