package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company that goes by its product's name is the company where the words around it say so. */
class MakerNamesTest {

    @Test
    void aPostAtTheProductsNameIsAPostAtItsMaker() {
        Set<String> facts = Samples.factsIn("Scott Johnston, Docker's CEO, opened the keynote.", "en");

        assertTrue(facts.contains("Scott Johnston worksFor Docker, Inc."), facts::toString);
    }

    @Test
    void joiningTheProductsNameIsJoiningItsMaker() {
        Set<String> facts = Samples.factsIn("Kira Olsen joined Grafana last spring and now runs its community programme.", "en");

        assertTrue(facts.contains("Kira Olsen worksFor Grafana Labs"), facts::toString);
    }

    @Test
    void aChineseEngineerFromTheProductsNameWorksForItsMaker() {
        Set<String> facts = Samples.factsIn("来自ClickHouse的工程师陈立群介绍了新的存储引擎。", "zh");

        assertTrue(facts.contains("陈立群 worksFor ClickHouse, Inc."), facts::toString);
    }

    @Test
    void theSoftwareItselfStaysTheProduct() {
        Set<String> used = Samples.factsIn("Brightline Bank runs Docker on every build agent.", "en");
        Set<String> movedAway = Samples.factsIn("Moving from Docker to containerd took Brightline Bank a week.", "en");

        assertTrue(used.contains("Brightline Bank uses Docker"), used::toString);
        assertFalse(used.stream().anyMatch(f -> f.contains("Docker, Inc.")), used::toString);
        assertFalse(movedAway.stream().anyMatch(f -> f.contains("Docker, Inc.")), movedAway::toString);
    }
}
