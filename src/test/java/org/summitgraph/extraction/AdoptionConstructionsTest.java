package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who uses a project, who buys from a supplier and who contributes to a project, told by constructions the older rules
 * missed, and constructions that only look like them; in sentences written for these tests.
 */
class AdoptionConstructionsTest {

    @Test
    void aProjectWhichTheSentencesOrganisationUsesIsUsedByIt() {
        Set<String> facts = Samples.factsIn("CERN has contributed to Nova and to the Magnum container service, which it uses to run "
                + "Kubernetes clusters for physicists.", "en");

        assertTrue(facts.contains("CERN uses Magnum"), facts::toString);
        assertTrue(facts.contains("CERN contributesTo Magnum"), facts::toString);
        assertTrue(facts.contains("CERN contributesTo Nova"), facts::toString);
    }

    @Test
    void aProjectWhichTheOrganisationNoLongerUsesIsNotUsed() {
        Set<String> facts = Samples.factsIn("Bloomberg once contributed to Ceph, which it no longer uses.", "en");

        assertFalse(facts.contains("Bloomberg uses Ceph"), facts::toString);
    }

    @Test
    void aPilotOfAProjectIsUse() {
        Set<String> facts = Samples.factsIn("Walmart runs a pilot of Kata Containers in two of its data centres.", "en");

        assertTrue(facts.contains("Walmart uses Kata Containers"), facts::toString);
    }

    @Test
    void aProjectPutIntoProductionAtAnOrganisationIsUsedByIt() {
        assertTrue(Samples.factsIn("Zuul went live at Walmart last spring.", "en").contains("Walmart uses Zuul"));
        Set<String> facts = Samples.factsIn("据介绍，TARS已在中国银联完成生产上线。", "zh");

        assertTrue(facts.contains("China UnionPay uses TARS"), facts::toString);
    }

    @Test
    void chineseUsersOfSeveralProjectsListedBeforeTheUsersWordUseEach() {
        Set<String> facts = Samples.factsIn("京东的技术负责人说，京东也是Vitess和Prometheus的重度用户。", "zh");

        assertTrue(facts.contains("JD.com uses Vitess"), facts::toString);
        assertTrue(facts.contains("JD.com uses Prometheus"), facts::toString);
    }

    @Test
    void toolsNamedTaskByTaskAreUsedByTheOrganisationTheSentenceSpokeOf() {
        Set<String> facts = Samples.factsIn("京东线上跑着上千个节点的Kubernetes集群，日志用Fluentd，监控用Prometheus。", "zh");

        assertTrue(facts.contains("JD.com uses Fluentd"), facts::toString);
        assertTrue(facts.contains("JD.com uses Prometheus"), facts::toString);
    }

    @Test
    void aCustomersEnvironmentUsingAToolMakesNoUseByTheSupplier() {
        Set<String> facts = Samples.factsIn("中国银联是九州云的客户，其生产环境使用Kata Containers。", "zh");

        assertFalse(facts.contains("99cloud uses Kata Containers"), facts::toString);
    }

    @Test
    void aCloudBuiltWithAFirmsHelpMakesItsOwnerACustomer() {
        assertTrue(Samples.factsIn("AT&T built the cloud with help from Mirantis.", "en").contains("AT&T customerOf Mirantis"));
        Set<String> facts = Samples.factsIn("中国移动在Mirantis的帮助下搭建了OpenStack私有云。", "zh");

        assertTrue(facts.contains("China Mobile customerOf Mirantis"), facts::toString);
    }

    @Test
    void helpWithSomethingOtherThanAnInstallationIsNoPurchase() {
        Set<String> facts = Samples.factsIn("AT&T wrote the keynote with help from Mirantis.", "en");

        assertFalse(facts.contains("AT&T customerOf Mirantis"), facts::toString);
    }

    @Test
    void aCloudBuiltByAFirmMakesItsOwnerACustomer() {
        Set<String> facts = Samples.factsIn("Walmart renders its reports on an OpenStack cloud built by Rackspace.", "en");

        assertTrue(facts.contains("Walmart customerOf Rackspace"), facts::toString);
    }

    @Test
    void aSupportContractMakesTheHolderACustomerEvenAfterAnotherVerb() {
        Set<String> facts = Samples.factsIn("Walmart runs a pilot of Kata Containers on top of Ubuntu, and has a support contract "
                + "with Canonical.", "en");

        assertTrue(facts.contains("Walmart customerOf Canonical"), facts::toString);
    }

    @Test
    void patchesContributedBackToAProjectAreContributions() {
        Set<String> facts = Samples.factsIn("Intel has started contributing patches back to Kubernetes.", "en");

        assertTrue(facts.contains("Intel contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void anOrganisationsOwnContributionsToAProjectAreContributions() {
        Set<String> facts = Samples.factsIn("Huawei used the show to talk about its contributions to the Nova compute project.", "en");

        assertTrue(facts.contains("Huawei contributesTo Nova"), facts::toString);
    }

    @Test
    void contributionsPraisedByAnotherAreNotTheirs() {
        Set<String> facts = Samples.factsIn("Intel praised the community's contributions to Nova.", "en");

        assertFalse(facts.contains("Intel contributesTo Nova"), facts::toString);
    }

    @Test
    void aChangeToAProjectMergedOrUnderReviewIsAContribution() {
        assertTrue(Samples.factsIn("Red Hat's small patch to the Swift documentation was merged in March.", "en")
                .contains("Red Hat contributesTo Swift"));
        Set<String> facts = Samples.factsIn("Mirantis has two more changes to Nova under review.", "en");

        assertTrue(facts.contains("Mirantis contributesTo Nova"), facts::toString);
    }

    @Test
    void aChangeNobodyOwnsIsNoContributionOfANameBeforeIt() {
        Set<String> facts = Samples.factsIn("Mirantis said that a patch to Nova was merged.", "en");

        assertFalse(facts.contains("Mirantis contributesTo Nova"), facts::toString);
    }

    @Test
    void whoWroteAProjectsOriginalCodeContributedToIt() {
        Set<String> facts = Samples.factsIn("Rackspace, the company that had built much of the original Nova code, sent twelve "
                + "engineers.", "en");

        assertTrue(facts.contains("Rackspace contributesTo Nova"), facts::toString);
    }

    @Test
    void theLastProjectOfAListWithTheArticleRepeatedIsInTheList() {
        Set<String> facts = Samples.factsIn("Intel engineers currently contribute to Cinder, Nova and the Kolla deployment project.", "en");

        assertTrue(facts.contains("Intel contributesTo Kolla"), facts::toString);
        assertFalse(facts.contains("Intel uses Cinder"), facts::toString);
    }
}
