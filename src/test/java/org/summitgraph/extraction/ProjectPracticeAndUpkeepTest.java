package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.ProjectRelationsTest.chinese;
import static org.summitgraph.extraction.ProjectRelationsTest.english;

/**
 * A project practised in an organisation's own setting, and work done inside a project or posts held in it
 * (twenty-third session, branch `projects`), in sentences written for these tests, read by the rules alone as
 * ProjectRelationsTest reads them.
 */
class ProjectPracticeAndUpkeepTest {

    // a practice in a setting of its own

    @Test
    void aTalkOnAProjectsPracticeInABusinessSettingSaysTheSpeakersOrganisationUsesIt() {
        Set<String> facts = chinese("华为云的工程师李明,讲Istio在电商场景的实践。");
        Set<String> large = chinese("中国移动的工程师张伟在分论坛介绍了Ceph在视频业务中的大规模应用。");

        assertTrue(facts.contains("华为云 uses Istio"), facts::toString);
        assertTrue(large.contains("中国移动 uses Ceph"), large::toString);
    }

    @Test
    void aProjectsUseInASettingWithoutAPracticeSaysNothing() {
        Set<String> facts = chinese("华为云的工程师李明认为Istio在电商场景还不成熟。");

        assertFalse(facts.contains("华为云 uses Istio"), facts::toString);
    }

    // posts held and work done inside a project

    @Test
    void anOrganisationWithMaintainersOnAProjectContributesToIt() {
        Set<String> facts = english("Harbor Networks now has two maintainers on Envoy and hopes to add a third.");

        assertTrue(facts.contains("Harbor Networks contributesTo Envoy"), facts::toString);
    }

    @Test
    void aTeamWithMaintainersLeavesItsOrganisationUnsaid() {
        Set<String> facts = english("Li spent six years at Orrin Technologies before joining Harbor Networks, and said his team now has two maintainers on Envoy.");

        assertFalse(facts.contains("Orrin Technologies contributesTo Envoy"), facts::toString);
    }

    @Test
    void maintainersHiredFromAProjectsCommunityAreNoPostsHeldThere() {
        Set<String> facts = english("Harbor Networks has hired maintainers from the Envoy community.");

        assertFalse(facts.contains("Harbor Networks contributesTo Envoy"), facts::toString);
    }

    @Test
    void workDoneInsideAProjectIsAContribution() {
        Set<String> facts = chinese("来自华为的王磊在Kolla项目中修复了大量部署问题。");
        Set<String> upkept = chinese("中兴通讯的工程师刘洋一直维护着Tacker的文档。");

        assertTrue(facts.contains("王磊 contributesTo Kolla"), facts::toString);
        assertTrue(upkept.contains("刘洋 contributesTo Tacker"), upkept::toString);
    }

    @Test
    void theEmployerInBracketsAfterAMaintainerIsNotTheOneWhoDidTheWork() {
        Set<String> facts = chinese("孟雪(华为),长期维护Tacker中文文档翻译。");

        assertTrue(facts.contains("孟雪 contributesTo Tacker"), facts::toString);
        assertFalse(facts.contains("华为 contributesTo Tacker"), facts::toString);
    }

    @Test
    void aProblemMetWhileUsingAProjectIsNoContribution() {
        Set<String> facts = chinese("王磊在Kolla项目中遇到了大量部署问题。");

        assertFalse(facts.contains("王磊 contributesTo Kolla"), facts::toString);
    }
}
