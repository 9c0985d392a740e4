package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who founded, works on, uses, buys from or partners with whom, told the ways news briefs, recaps, interviews and
 * press releases tell it, in sentences written for these tests.
 */
class ProjectTiesTest {

    @Test
    void oneWhoHelpedStartAProjectFoundedIt() {
        Set<String> facts = Samples.factsIn("Kate Stewart helped start SPDX more than a decade ago.", "en");

        assertTrue(facts.contains("SPDX foundedBy Kate Stewart"), facts::toString);
    }

    @Test
    void aFoundationThatLaunchedAnOrganisationInARelativeClauseFoundedIt() {
        Set<String> facts = Samples.factsIn("Kubernetes, which the CNCF launched in 2015, is widely used.", "en");

        assertTrue(facts.contains("Kubernetes foundedBy Cloud Native Computing Foundation"), facts::toString);
    }

    @Test
    void launchingAServiceAroundAProjectFoundsNoProject() {
        Set<String> facts = Samples.factsIn("Google launched a managed Kubernetes service in 2015.", "en");

        assertFalse(facts.contains("Kubernetes foundedBy Google"), facts::toString);
    }

    @Test
    void theOneAFoundingWasSharedWithIsACoFounder() {
        Set<String> facts = Samples.factsIn("Heptio, the company he co-founded with Joe Beda, was bought by VMware.", "en");
        Set<String> together = Samples.factsIn("Alex Freedland co-founded Mirantis in 2011 together with Boris Renski.", "en");

        assertTrue(facts.contains("Heptio foundedBy Joe Beda"), facts::toString);
        assertTrue(together.contains("Mirantis foundedBy Boris Renski"), together::toString);
    }

    @Test
    void startingToContributeWithAnotherCompanyFoundsNothing() {
        Set<String> facts = Samples.factsIn("Huawei started contributing to Kubernetes in 2016 with Google.", "en");

        assertFalse(facts.contains("Kubernetes foundedBy Google"), facts::toString);
    }

    @Test
    void aChineseCoFounderAfterATitleFoundedTheCompany() {
        Set<String> facts = Samples.factsIn("星桥科技由陈默与前百度工程师张磊在北京共同创立。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.endsWith("foundedBy Harry Zhang") && !f.startsWith("Baidu")), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.endsWith("foundedBy Baidu")), facts::toString);
    }

    @Test
    void aProjectHandedToAFoundationWasFoundedByItsDonor() {
        Set<String> facts = Samples.factsIn("Huawei donated KubeEdge to the CNCF in 2019.", "en");

        assertTrue(facts.contains("KubeEdge foundedBy Huawei"), facts::toString);
    }

    @Test
    void chineseOrganisationThatSetsUpANamedOneFoundedIt() {
        Set<String> launched = Samples.factsIn("9月17日,Linux基金会宣布成立LF Decentralized Trust。", "zh");
        Set<String> started = Samples.factsIn("2015年12月,Linux基金会发起Hyperledger项目。", "zh");

        assertTrue(launched.contains("LF Decentralized Trust foundedBy Linux Foundation"), launched::toString);
        assertTrue(started.contains("Hyperledger foundedBy Linux Foundation"), started::toString);
    }

    @Test
    void chineseProjectDevelopedByACompanyWasFoundedByIt() {
        Set<String> developed = Samples.factsIn("Besu由ConsenSys旗下团队开发并于2019年捐赠。", "zh");
        Set<String> built = Samples.factsIn("他提到,由开源中国打造的代码托管平台Gitee已经成为许多项目的第一站。", "zh");

        assertTrue(developed.contains("Hyperledger Besu foundedBy ConsenSys"), developed::toString);
        assertTrue(built.contains("Gitee foundedBy OSCHINA"), built::toString);
    }

    @Test
    void chinesePatchesSentUpstreamAndPortsMadeForAProjectAreContributions() {
        Set<String> patches = Samples.factsIn("华为这几年也陆续往Kubernetes上游提交了一些补丁。", "zh");
        Set<String> port = Samples.factsIn("中国科学院软件研究所一直在为openEuler做RISC-V架构的移植。", "zh");
        Set<String> kept = Samples.factsIn("腾讯维护的TARS框架已经很成熟。", "zh");

        assertTrue(patches.contains("Huawei contributesTo Kubernetes"), patches::toString);
        assertTrue(port.contains("Institute of Software, Chinese Academy of Sciences contributesTo openEuler"), port::toString);
        assertTrue(kept.contains("Tencent contributesTo TARS"), kept::toString);
    }

    @Test
    void workUpstreamedByAnOrganisationIsItsContribution() {
        Set<String> facts = Samples.factsIn("Huawei upstreamed \"around forty\" drivers to Zephyr in two years.", "en");

        assertTrue(facts.contains("Huawei contributesTo Zephyr"), facts::toString);
    }

    @Test
    void whatACompanyBuildsOnAProjectUsesIt() {
        Set<String> built = Samples.factsIn("Red Hat builds its payment platform on Kubernetes.", "en");
        Set<String> done = Samples.factsIn("Tencent parses incoming logs with Fluentd.", "en");

        assertTrue(built.contains("Red Hat uses Kubernetes"), built::toString);
        assertTrue(done.contains("Tencent uses Fluentd"), done::toString);
    }

    @Test
    void aCompanyWhoseWorkloadsRunOnAProviderIsItsCustomer() {
        Set<String> facts = Samples.factsIn("Red Hat runs its workloads on Rackspace, a hosting provider.", "en");

        assertTrue(facts.contains("Red Hat customerOf Rackspace"), facts::toString);
    }

    @Test
    void theOneASupplierSuppliesIsItsCustomer() {
        Set<String> facts = Samples.factsIn("Mirantis, a supplier to AT&T, expanded its team.", "en");

        assertTrue(facts.contains("AT&T customerOf Mirantis"), facts::toString);
    }

    @Test
    void aPartnerNamedAfterAPossessiveIsAPartner() {
        Set<String> english = Samples.factsIn("Red Hat shared the data with its infrastructure partner SUSE.", "en");
        Set<String> chinese = Samples.factsIn("华为的合作伙伴、芯片厂商英特尔也参加了大会。", "zh");

        assertTrue(english.contains("Red Hat partnerOf SUSE"), english::toString);
        assertTrue(chinese.contains("Intel partnerOf Huawei"), chinese::toString);
    }

    @Test
    void bothPartiesNamedAsAPairAreEachOthersPartners() {
        Set<String> facts = Samples.factsIn("开源中国与Linux基金会表示,双方将在开源人才培训方面继续合作。", "zh");

        assertTrue(facts.contains("OSCHINA partnerOf Linux Foundation"), facts::toString);
    }

    @Test
    void bothPartiesThatWillNotWorkTogetherAreNoPartners() {
        Set<String> facts = Samples.factsIn("开源中国与Linux基金会表示,双方暂时不会合作。", "zh");

        assertFalse(facts.contains("OSCHINA partnerOf Linux Foundation"), facts::toString);
    }
}
