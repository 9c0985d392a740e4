package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contributions, uses and parts of projects (branch `projects`), in sentences written for these tests: constructions
 * found missing on articles nobody tuned for.
 */
class ProjectRelationsTest {

    /** The rules alone: the learned model is judged apart. */
    private static final Extractor RULES = Extractor.standard(Samples.KNOWLEDGE, rules -> rules);

    static Set<String> english(String text) {
        return Samples.facts(RULES.extract(Samples.article(text, "en", LocalDate.of(2022, 3, 1))));
    }

    static Set<String> chinese(String text) {
        return Samples.facts(RULES.extract(Samples.article(text, "zh", LocalDate.of(2022, 3, 1))), "zh");
    }

    // a contributor ranked without the project after the rank

    @Test
    void theBiggestContributorContributesToTheProjectTheTextIsAbout() {
        Set<String> facts = english("Kata Containers 3.0 shipped in March with a new runtime written in Rust. "
                + "Intel and Ant Group are still its two biggest contributors.");

        assertTrue(facts.contains("Intel contributesTo Kata Containers"), facts::toString);
        assertTrue(facts.contains("Ant Group contributesTo Kata Containers"), facts::toString);
    }

    @Test
    void aContributorNotRankedFirstOrNoLongerOneContributesNothing() {
        Set<String> facts = english("Kata Containers 3.0 shipped in March with a new runtime written in Rust. "
                + "Intel is no longer the biggest contributor.");

        assertFalse(facts.contains("Intel contributesTo Kata Containers"), facts::toString);
    }

    @Test
    void chineseContributorsRankedWithoutTheProjectContributeToTheTopicProject() {
        Set<String> facts = chinese("Zuul是一个面向多仓库的持续集成系统。目前红帽和中国移动是它最主要的两家贡献者。");

        assertTrue(facts.contains("红帽 contributesTo Zuul"), facts::toString);
        assertTrue(facts.contains("中国移动 contributesTo Zuul"), facts::toString);
    }

    @Test
    void aChineseDeniedRankStatesNothing() {
        Set<String> facts = chinese("Zuul是一个面向多仓库的持续集成系统。红帽并不是它最大的贡献者。");

        assertFalse(facts.contains("红帽 contributesTo Zuul"), facts::toString);
    }

    @Test
    void engineersAmongTheMostActiveReviewersContributeToTheTopicProject() {
        Set<String> facts = english("Zephyr 3.5 added support for forty new boards. "
                + "Nordic Semiconductor and NXP engineers are now among the most active reviewers.");

        assertTrue(facts.contains("Nordic Semiconductor contributesTo Zephyr"), facts::toString);
        assertTrue(facts.contains("NXP Semiconductors contributesTo Zephyr"), facts::toString);
    }

    // a person who works on a project

    @Test
    void aPersonWhoWorksOnAProjectContributesToIt() {
        Set<String> facts = english("Our guest was Lena Hofmann, who works on the Cinder volume drivers at Red Hat. "
                + "Before that, Jamal Okafor worked mostly on Ironic.");

        assertTrue(facts.contains("Lena Hofmann contributesTo Cinder"), facts::toString);
        assertTrue(facts.contains("Jamal Okafor contributesTo Ironic"), facts::toString);
    }

    @Test
    void aPersonWhoNeverWorkedOnAProjectContributesNothing() {
        Set<String> facts = english("Jamal Okafor has never worked on Ironic, but he runs it every day.");

        assertFalse(facts.contains("Jamal Okafor contributesTo Ironic"), facts::toString);
    }

    // a developer in an apposition

    @Test
    void aDeveloperOfAProjectInAnAppositionContributesToIt() {
        Set<String> facts = english("Wei Zhang, a long-time Neutron developer at Huawei, opened the session. "
                + "Priya Nair, an active Keystone contributor, followed.");

        assertTrue(facts.contains("Wei Zhang contributesTo Neutron"), facts::toString);
        assertTrue(facts.contains("Priya Nair contributesTo Keystone"), facts::toString);
    }

    // taking part in a project's discussions

    @Test
    void chineseTakingPartInAProjectsDiscussionsIsAContribution() {
        Set<String> facts = chinese("本次PTG上，九州云的工程师主要参与了Cinder和Manila的讨论。");

        assertTrue(facts.contains("九州云 contributesTo Cinder"), facts::toString);
        assertTrue(facts.contains("九州云 contributesTo Manila"), facts::toString);
    }

    // uses

    @Test
    void chineseOrganisationsListedBeforeTheyRunAProjectUseIt() {
        Set<String> facts = chinese("中国电信、中国联通这些运营商每天都在跑上万台服务器的OpenStack。");

        assertTrue(facts.contains("中国电信 uses OpenStack"), facts::toString);
        assertTrue(facts.contains("中国联通 uses OpenStack"), facts::toString);
    }

    @Test
    void anOrganisationsMoveFromOnePlatformToAProjectIsAUseOfTheProjectOnly() {
        Set<String> facts = english("Last year Telstra completed its move from VMware vSphere to OpenStack.");

        assertTrue(facts.contains("Telstra uses OpenStack"), facts::toString);
        assertFalse(facts.contains("Telstra uses VMware vSphere"), facts::toString);
    }

    @Test
    void chineseTrialsAndPuttingAProjectToAUseAreUses() {
        Set<String> facts = chinese("中国电信正在边缘节点中试用StarlingX。京东已把Kata Containers用于在线业务的隔离。");

        assertTrue(facts.contains("中国电信 uses StarlingX"), facts::toString);
        assertTrue(facts.contains("京东 uses Kata Containers"), facts::toString);
    }

    @Test
    void chineseUsingANamedToolForATaskIsAUse() {
        Set<String> facts = chinese("京东用Prometheus做全站的监控告警。");

        assertTrue(facts.contains("京东 uses Prometheus"), facts::toString);
    }

    @Test
    void chineseNotUsingANamedToolStatesNoUse() {
        Set<String> facts = chinese("京东至今都不用Prometheus做全站的监控告警。");

        assertFalse(facts.contains("京东 uses Prometheus"), facts::toString);
    }

    // parts of projects

    @Test
    void aSubProjectInBracketsOrNamedOfficialIsPartOfTheWhole() {
        Set<String> facts = english("The release adds Octavia (now a sub-project of OpenStack) support. "
                + "Magnum is now an official project of OpenStack.");

        assertTrue(facts.contains("Octavia partOf OpenStack"), facts::toString);
        assertTrue(facts.contains("Magnum partOf OpenStack"), facts::toString);
    }

    @Test
    void aProjectDescribedAsAnotherProjectsServiceIsPartOfIt() {
        Set<String> facts = english("The team moved its storage to Cinder, OpenStack's block storage service, last year.");

        assertTrue(facts.contains("Cinder partOf OpenStack"), facts::toString);
    }

    // a project pointed back to, built on, installed, chosen, run in production

    @Test
    void itAfterAUseVerbIsTheProjectNamedBeforeIt() {
        Set<String> facts = english("Mercari says it contributes to Argo CD and runs it in production across three regions.");

        assertTrue(facts.contains("Mercari uses Argo CD"), facts::toString);
    }

    @Test
    void organisationsThatBothRunAProjectUseIt() {
        Set<String> facts = english("Mercari and Grab both run Istio in production.");

        assertTrue(facts.contains("Grab uses Istio"), facts::toString);
        assertTrue(facts.contains("Mercari uses Istio"), facts::toString);
    }

    @Test
    void aPlatformBuiltOnProjectsUsesThem() {
        Set<String> facts = english("Rakuten Mobile unveiled a network platform built on OpenStack and Ceph.");

        assertTrue(facts.contains("Rakuten uses OpenStack"), facts::toString);
        assertTrue(facts.contains("Rakuten uses Ceph"), facts::toString);
    }

    @Test
    void productsSomeoneListsAsBuiltOnAProjectSayNothingOfTheLister() {
        Set<String> facts = english("The CNCF landscape lists hundreds of products built on Kubernetes.");

        assertFalse(facts.contains("Cloud Native Computing Foundation uses Kubernetes"), facts::toString);
    }

    @Test
    void anInstallationNamedAfterAProjectIsAUse() {
        Set<String> facts = english("Samsung SDS moved the payments team to its OpenStack private cloud. "
                + "Mercari now runs one of the largest Kubernetes fleets in Japan.");

        assertTrue(facts.contains("Samsung SDS uses OpenStack"), facts::toString);
        assertTrue(facts.contains("Mercari uses Kubernetes"), facts::toString);
    }

    @Test
    void workScheduledOrManagedWithAProjectIsAUse() {
        Set<String> facts = english("SoftBank schedules its GPU training jobs with Kueue and Volcano.");

        assertTrue(facts.contains("SoftBank uses Kueue"), facts::toString);
        assertTrue(facts.contains("SoftBank uses Volcano"), facts::toString);
    }

    @Test
    void aProjectChosenIsUsed() {
        assertTrue(english("Hanbit Cloud finally chose Karmada for its clusters.").contains("Hanbit Cloud uses Karmada"));
        assertTrue(chinese("华澜银行最终选择了Karmada。").contains("华澜银行 uses Karmada"));
    }

    @Test
    void aChoiceAskedAboutIsNoUse() {
        Set<String> facts = chinese("华澜银行是否选择了Karmada，目前还没有定论。");

        assertFalse(facts.contains("华澜银行 uses Karmada"), facts::toString);
    }

    @Test
    void chinesePracticeWithAProjectInProductionIsAUse() {
        Set<String> facts = chinese("蚂蚁集团分享了Kata Containers在生产中的实践。");

        assertTrue(facts.contains("蚂蚁集团 uses Kata Containers"), facts::toString);
    }

    // contributions by engineers, patches and work; donations

    @Test
    void anOrganisationsEngineersWhoHoldAProjectsPostsContributeForIt() {
        Set<String> english = english("Red Hat engineers are now committers on Kubernetes and OpenShift.");
        Set<String> chinese = chinese("北辰云的两名工程师目前是Neutron项目的core reviewer。");

        assertTrue(english.contains("Red Hat contributesTo Kubernetes"), english::toString);
        assertTrue(english.contains("Red Hat contributesTo OpenShift"), english::toString);
        assertTrue(chinese.contains("北辰云 contributesTo Neutron"), chinese::toString);
    }

    @Test
    void aNamedPersonsPostSaysNothingOfTheirEmployersContribution() {
        Set<String> facts = chinese("墨石云的王嘉宁是Harbor的维护者。");

        assertFalse(facts.contains("墨石云 contributesTo Harbor"), facts::toString);
    }

    @Test
    void someoneSendingPatchesToAProjectContributesAndFoundsNothing() {
        Set<String> facts = english("Priya Nair started sending patches to Keystone in 2016.");

        assertTrue(facts.contains("Priya Nair contributesTo Keystone"), facts::toString);
        assertFalse(facts.contains("Keystone foundedBy Priya Nair"), facts::toString);
    }

    @Test
    void chineseWorkOnAProjectIsAContributionButAToolUsedForATaskIsNot() {
        Set<String> worked = chinese("华为工程师李明在EasyStack做了四年Kolla和Ironic。");
        Set<String> used = chinese("中国移动工程师李明用Istio做Kubernetes的流量调度。");

        assertTrue(worked.contains("李明 contributesTo Kolla"), worked::toString);
        assertTrue(worked.contains("李明 contributesTo Ironic"), worked::toString);
        assertFalse(used.contains("李明 contributesTo Kubernetes"), used::toString);
    }

    @Test
    void theDonorOfAProjectIsReadAsItsFounder() {
        Set<String> english = english("Linkerd, which Buoyant donated to the CNCF in 2017, graduated this year. "
                + "Envoy was originally donated by Lyft.");
        Set<String> chinese = chinese("containerd由Docker公司捐赠。");

        assertTrue(english.contains("Linkerd foundedBy Buoyant"), english::toString);
        assertTrue(english.contains("Envoy foundedBy Lyft"), english::toString);
        assertTrue(chinese.stream().anyMatch(f -> f.startsWith("containerd foundedBy Docker")), chinese::toString);
    }
}
