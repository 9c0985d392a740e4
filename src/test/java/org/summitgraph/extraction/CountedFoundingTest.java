package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projects listed, counted, then said to be started by an organisation ("A和B两个由X发起的项目"); in sentences written for these tests. */
class CountedFoundingTest {

    @Test
    void projectsCountedBeforeTheirFounderWereFoundedByIt() {
        Set<String> facts = Samples.factsIn("他介绍了Dragonfly和Nydus两个由阿里巴巴发起的CNCF项目。", "zh");

        assertTrue(facts.contains("Dragonfly foundedBy Alibaba Group"), facts::toString);
        assertTrue(facts.contains("Nydus foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void projectsListedWithDengBeforeTheirFounderWereFoundedByIt() {
        Set<String> facts = Samples.factsIn("KubeEdge、Volcano等由华为云开源的项目都已进入CNCF。", "zh");

        assertTrue(facts.contains("KubeEdge foundedBy Huawei Cloud"), facts::toString);
        assertTrue(facts.contains("Volcano foundedBy Huawei Cloud"), facts::toString);
    }

    @Test
    void projectsAnOrganisationMaintainsWereNotFoundedByIt() {
        Set<String> facts = Samples.factsIn("Dragonfly和Nydus两个由阿里巴巴维护的项目都已进入CNCF。", "zh");

        assertFalse(facts.contains("Dragonfly foundedBy Alibaba Group"), facts::toString);
        assertFalse(facts.contains("Nydus foundedBy Alibaba Group"), facts::toString);
    }
}
