package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A foundation's name before 项目 says whose project it is; in sentences written for these tests. */
class ProjectOfFoundationTest {

    @Test
    void aFoundationWhoseProjectsWereStartedByACompanyWasNeitherFoundedNorLedByIt() {
        Set<String> facts = Samples.factsIn("她讲了Dragonfly和Nydus两个由阿里巴巴发起的CNCF项目的近况。", "zh");

        assertFalse(facts.contains("CNCF foundedBy Alibaba Group"), facts::toString);
        assertFalse(facts.contains("Alibaba Group leads CNCF"), facts::toString);
        assertTrue(facts.contains("Dragonfly foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void theProjectNamedAfterTheFoundationsProjectNounIsTheOneLed() {
        Set<String> facts = Samples.factsIn("由华为云主导的CNCF孵化项目Volcano发布了新版本。", "zh");

        assertFalse(facts.contains("Huawei Cloud leads CNCF"), facts::toString);
        assertTrue(facts.contains("Huawei Cloud leads Volcano"), facts::toString);
    }

    @Test
    void aFoundationLedWithoutAProjectNounAfterItIsStillLed() {
        Set<String> facts = Samples.factsIn("这个工作组由Linux基金会牵头的OpenSSF负责。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Linux Foundation leads")), facts::toString);
    }
}
