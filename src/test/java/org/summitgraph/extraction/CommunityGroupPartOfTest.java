package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A community's special interest group, written in Chinese after the community, is part of the community; a group of
 * no named community is part of nothing. Made-up sentences; OpenAnolis (龙蜥社区) is in the reference data.
 */
class CommunityGroupPartOfTest {

    @Test
    void aGroupWrittenStraightAfterItsCommunityIsPartOfIt() {
        Set<String> facts = Samples.factsIn("沈青是龙蜥社区存储SIG的Maintainer,负责文件系统方向。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.contains("存储SIG partOf") && f.endsWith("OpenAnolis")), facts::toString);
    }

    @Test
    void aGroupWithTheCommunitysLatinNameIsPartOfTheCommunityNamedElsewhere() {
        Set<String> facts = Samples.factsIn("本次峰会由Zephyr社区主办。会上,Zephyr社区sig-robotics的两位Maintainer介绍了新的驱动框架。", "zh");

        assertTrue(facts.contains("Zephyr sig-robotics partOf Zephyr社区"), facts::toString);
    }

    @Test
    void aGroupOfTheCommunitySpokenOfIsPartOfNothing() {
        Set<String> facts = Samples.factsIn("这场分论坛是社区里的边缘计算SIG承办的。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("SIG partOf")), facts::toString);
    }
}
