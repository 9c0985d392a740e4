package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project adopted, told in the Chinese passive, by each organisation listed after 被; in sentences written for these tests. */
class PassiveAdoptionTest {

    @Test
    void organisationsListedAfterTheMarkerUseTheProject() {
        Set<String> facts = Samples.factsIn("Dragonfly已被京东、腾讯等企业在生产环境中采用。", "zh");

        assertTrue(facts.contains("JD.com uses Dragonfly"), facts::toString);
        assertTrue(facts.contains("Tencent uses Dragonfly"), facts::toString);
    }

    @Test
    void usersJoinedByAndUseTheProjectToo() {
        Set<String> facts = Samples.factsIn("据介绍，KubeEdge目前已经被中国移动和华为云大规模使用。", "zh");

        assertTrue(facts.contains("China Mobile uses KubeEdge"), facts::toString);
        assertTrue(facts.contains("Huawei Cloud uses KubeEdge"), facts::toString);
    }

    @Test
    void aProjectNotAdoptedIsNotUsed() {
        Set<String> facts = Samples.factsIn("Dragonfly未被京东采用。", "zh");

        assertFalse(facts.contains("JD.com uses Dragonfly"), facts::toString);
    }

    @Test
    void aProjectBoughtIsNotUsedByItsBuyer() {
        Set<String> facts = Samples.factsIn("Dragonfly被腾讯收购。", "zh");

        assertFalse(facts.contains("Tencent uses Dragonfly"), facts::toString);
    }
}
