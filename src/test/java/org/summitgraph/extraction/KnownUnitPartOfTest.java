package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit the reference data knows, written after its parent with 的 between ("华为的中央软件院"), is part of it; after
 * another organisation it is not. Made-up sentences about real units of the reference data.
 */
class KnownUnitPartOfTest {

    @Test
    void aKnownUnitAfterItsParentAndDeIsPartOfIt() {
        Set<String> facts = Samples.factsIn("加入开源办公室之前,他在华为的中央软件院做了五年编译器。", "zh");

        assertTrue(facts.contains("Huawei Central Software Institute partOf Huawei"), facts::toString);
    }

    @Test
    void aKnownTeamAfterItsParentIsPartOfIt() {
        Set<String> facts = Samples.factsIn("下午的分享来自阿里巴巴的闲鱼技术团队,讲的是Flutter的混合开发。", "zh");

        assertTrue(facts.contains("Xianyu partOf Alibaba Group"), facts::toString);
    }

    @Test
    void aKnownUnitAfterAnotherOrganisationIsNotItsPart() {
        Set<String> facts = Samples.factsIn("腾讯的工程师和中央软件院的研究员一起做了这次演示。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Huawei Central Software Institute partOf")), facts::toString);
    }
}
