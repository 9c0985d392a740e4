package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project that grew up inside an organisation ("在阿里巴巴内部孵化的") was founded by it, and an organisation active in a
 * project's community ("活跃在Karmada社区") works on the project; in sentences written for these tests, with the
 * near-misses that must stay silent.
 */
class ProjectsGrownAndCommunitiesJoinedTest {

    @Test
    void aProjectIncubatedInsideAnOrganisationWasFoundedByIt() {
        Set<String> facts = Samples.factsIn("Dragonfly最早是在阿里巴巴内部孵化的。", "zh");

        assertTrue(facts.contains("Dragonfly foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void aProjectBornInsideAnOrganisationWasFoundedByIt() {
        Set<String> facts = Samples.factsIn("Nydus在蚂蚁集团内部诞生，后来捐给了CNCF。", "zh");

        assertTrue(facts.contains("Nydus foundedBy Ant Group"), facts::toString);
    }

    @Test
    void aProjectUsedInsideAnOrganisationWasNotFoundedByIt() {
        Set<String> facts = Samples.factsIn("Dragonfly在阿里巴巴内部大规模使用。", "zh");

        assertFalse(facts.contains("Dragonfly foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void whatATeamIncubatesInsideAnOrganisationIsNamedAfterTheVerb() {
        Set<String> facts = Samples.factsIn("Dragonfly团队在阿里巴巴内部孵化了新项目Nydus。", "zh");

        assertFalse(facts.contains("Dragonfly foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void anOrganisationActiveInProjectCommunitiesContributesToEach() {
        Set<String> facts = Samples.factsIn("腾讯长期活跃在Karmada、KubeEdge等CNCF开源社区。", "zh");

        assertTrue(facts.contains("Tencent contributesTo Karmada"), facts::toString);
        assertTrue(facts.contains("Tencent contributesTo KubeEdge"), facts::toString);
    }

    @Test
    void theOrganisationsATeamCameFromAreNotTheOnesActiveInTheCommunity() {
        Set<String> facts = Samples.factsIn("公司核心团队来自华为云和腾讯云，长期活跃在Karmada社区。", "zh");

        assertFalse(facts.contains("Tencent Cloud contributesTo Karmada"), facts::toString);
        assertFalse(facts.contains("Huawei Cloud contributesTo Karmada"), facts::toString);
    }

    @Test
    void usersActiveInAProjectsUserGroupAreNoContributors() {
        Set<String> facts = Samples.factsIn("京东的工程师活跃在Kubernetes社区的用户群里。", "zh");

        assertFalse(facts.contains("JD.com contributesTo Kubernetes"), facts::toString);
    }
}
