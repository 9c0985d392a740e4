package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects named by the lists and descriptions around them, who contributes to, founded or uses them, and who is whose
 * customer, in sentences written for these tests (the constructions of session 24's worked-on articles, other names).
 */
class ProjectMakersContributorsAndCustomersTest {

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, java.time.LocalDate.of(2024, 10, 2))));
    }

    @Test
    void latinNamesChineseTextCountsAsProjectsAreEachAProject() {
        Set<String> names = names("顺便说一句，基金会名下有Grafite、Mosswood、quillpad这些项目。", "zh");

        assertEquals("PROJECT", Samples.kindOf(names, "Grafite"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Mosswood"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "quillpad"), names::toString);
    }

    @Test
    void latinNamesCountedAsSubprojectsAreEachAProject() {
        Set<String> names = names("新版本对其中的Q-Sync和Tern-VIM两个子项目做了面向边缘场景的裁剪。", "zh");

        assertEquals("PROJECT", Samples.kindOf(names, "Q-Sync"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Tern-VIM"), names::toString);
    }

    @Test
    void latinNamesCountedAsCompaniesAreNoProjects() {
        Set<String> names = names("我们和Borealis、Quillon这些公司都谈过合作。", "zh");

        assertFalse(names.contains("PROJECT Borealis"), names::toString);
        assertFalse(names.contains("PROJECT Quillon"), names::toString);
    }

    @Test
    void aProjectListSetBetweenDashesEndsItsLastItemAtTheDash() {
        Set<String> names = names("The umbrella now holds five projects - ONAP, OPNFV, OpenDaylight and Quarrelstone - under one board.", "en");

        assertEquals("PROJECT", Samples.kindOf(names, "Quarrelstone"), names::toString);
    }

    @Test
    void aCapitalisedWordMadeAnAdjectiveIsNoProjectName() {
        Set<String> names = names("Its engineers presented Pinegrove, the GPU-aware scheduler the company runs, and a new Kubernetes-ready runtime.", "en");

        assertFalse(names.contains("PROJECT GPU-aware"), names::toString);
        assertFalse(names.contains("PROJECT Kubernetes-ready"), names::toString);
    }

    @Test
    void theLargestContributorOfCodeToAProjectContributesToIt() {
        Set<String> facts = Samples.factsIn("Telstra says it is now the third-largest contributor of code to OpenStack.", "en");

        assertTrue(facts.contains("Telstra contributesTo OpenStack"), facts::toString);
    }

    @Test
    void whoAProjectIsMaintainedByContributesToIt() {
        Set<String> facts = Samples.factsIn("Harbor, which is maintained mostly by VMware staff, is now a graduated project.", "en");
        Set<String> developed = Samples.factsIn("Envoy is now developed largely by Google engineers.", "en");

        assertTrue(facts.contains("VMware contributesTo Harbor"), facts::toString);
        assertTrue(developed.stream().anyMatch(f -> f.equals("Google contributesTo Envoy")), developed::toString);
    }

    @Test
    void aSecondPredicateNounSharesTheSentencesSubjectNotANameInTheFirst() {
        Set<String> facts = Samples.factsIn("Huawei is a platinum member of the CNCF and a leading contributor to Volcano and Karmada.", "en");

        assertTrue(facts.contains("Huawei contributesTo Volcano"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Cloud Native Computing Foundation contributesTo")), facts::toString);
    }

    @Test
    void aSubjectNoFinderNamedLeavesTheFirstPredicateNounsNameNoContributor() {
        Set<String> facts = Samples.factsIn("Brackwater is a gold member of the Linux Foundation and a contributor to Envoy.", "en");

        assertFalse(facts.contains("Linux Foundation contributesTo Envoy"), facts::toString);
    }

    @Test
    void aCompanyThatHasBeenASuppliersCustomerIsItsCustomer() {
        Set<String> facts = Samples.factsIn("China Mobile has been a Huawei customer since 2015, and the two firms share a lab.", "en");

        assertTrue(facts.contains("China Mobile customerOf Huawei"), facts::toString);
    }

    @Test
    void aCompanyTakingUpAnotherCompanysPlatformIsItsCustomer() {
        Set<String> facts = Samples.factsIn("她介绍，国家电网自2019年起采用华为的存储方案，目前已在十几个省份部署。", "zh");

        assertTrue(facts.contains("SGCC customerOf Huawei"), facts::toString);
    }

    @Test
    void aPlatformBuiltOnAProjectOrOnesOwnMakesNoCustomer() {
        Set<String> facts = Samples.factsIn("国家电网采用了基于OpenStack的云平台，华为也采用自研的存储方案。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("customerOf")), facts::toString);
    }

    @Test
    void projectsListedBeforeADescriptionOfWhereTheyStartedWereAllFoundedThere() {
        Set<String> facts = Samples.factsIn("Google also stewards Istio, Knative and Kubeflow, three projects that started inside the company.", "en");

        assertTrue(facts.contains("Istio foundedBy Google"), facts::toString);
        assertTrue(facts.contains("Knative foundedBy Google"), facts::toString);
        assertTrue(facts.contains("Kubeflow foundedBy Google"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Google foundedBy")), facts::toString);
    }

    @Test
    void theFoundationAProjectWasDonatedToFoundedNothing() {
        Set<String> facts = Samples.factsIn("Alibaba used its slot to talk about Dragonfly, the image distribution system it "
                + "open-sourced earlier this year and has since donated to the CNCF sandbox.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Cloud Native Computing Foundation foundedBy")), facts::toString);
    }

    @Test
    void whatASubjectIsAMemberOfUsesNothingInTheClause() {
        Set<String> facts = Samples.factsIn("浪潮作为Linux基金会的白金会员参展，并展出了基于OpenBMC的服务器。", "zh");

        assertFalse(facts.contains("Linux Foundation uses OpenBMC"), facts::toString);
    }

    @Test
    void aUseBeingWeighedIsNoUse() {
        Set<String> facts = Samples.factsIn("一位来自京东的听众说，他们在评估用Cilium替换现有的网络方案。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.endsWith("uses Cilium")), facts::toString);
    }

    @Test
    void whatACompanyJoinedRunsNothingOfWhatTheCompanyRuns() {
        Set<String> facts = Samples.factsIn("Orange joined LF Networking last year and runs ONAP in its lab in Paris.", "en");

        assertTrue(facts.contains("Orange uses ONAP"), facts::toString);
        assertFalse(facts.contains("LF Networking uses ONAP"), facts::toString);
    }

    @Test
    void aMakerNoFinderNamedBeforeOpenSourcedLeavesTheEarlierClausesCompanyNoFounder() {
        Set<String> facts = Samples.factsIn("我在杭州云岫科技做后端开发，框架用的是字节开源的Hertz。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Hertz foundedBy")), facts::toString);
    }

    @Test
    void whatIsUsedAcrossClustersIsNamedBeforeTheVerbNotAfter() {
        Set<String> facts = Samples.factsIn("Alibaba Cloud presented Koordinator, the scheduler the company uses across its own "
                + "clusters, and OpenKruise, a workload manager.", "en");

        assertFalse(facts.contains("Alibaba Cloud uses OpenKruise"), facts::toString);
    }

    @Test
    void aLatinNameSaidAtLengthToBeAProjectStartedByCompaniesIsOneAndTheyFoundedIt() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("vhost-kit是前年由英特尔、谷歌和红帽等公司的工程师一起发起的项目，目标是做可复用的库。",
                "zh", java.time.LocalDate.of(2024, 10, 2)));
        Set<String> facts = Samples.facts(e);

        assertEquals("PROJECT", Samples.kindOf(Samples.names(e), "vhost-kit"), Samples.names(e)::toString);
        assertTrue(facts.contains("vhost-kit foundedBy Intel"), facts::toString);
        assertTrue(facts.contains("vhost-kit foundedBy Google"), facts::toString);
    }

    @Test
    void theProjectACompanySeededWithCodeIsFoundedByIt() {
        Set<String> facts = Samples.factsIn("The keynote also mentioned StarlingX, the edge project Intel seeded with code last year.", "en");

        assertTrue(facts.contains("StarlingX foundedBy Intel"), facts::toString);
    }

    @Test
    void aNameWithASmallLetterFirstDescribedAsSoftwareIsAProject() {
        Set<String> names = names("The news bit: the carrier intends to open-source pNOS, the operating system it runs on its routers.", "en");

        assertEquals("PROJECT", Samples.kindOf(names, "pNOS"), names::toString);
    }

    @Test
    void aProjectOfACompanyThatUsesAnotherMakesNoUserOfTheCompany() {
        Set<String> facts = Samples.factsIn("腾讯的TARS和英特尔的Cloud Hypervisor都已经在用Kubernetes的组件。", "zh");

        assertFalse(facts.contains("Tencent uses Kubernetes"), facts::toString);
    }

    @Test
    void aLongStandingParticipantInAProjectsCommunityContributesToIt() {
        Set<String> facts = Samples.factsIn("华为总部位于深圳，是Kubernetes社区的长期参与者。", "zh");

        assertTrue(facts.contains("Huawei contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void aParticipantInAnEventContributesToNoProjectNamedBeside() {
        Set<String> facts = Samples.factsIn("华为是本次Kubernetes沙龙活动的参与者之一。", "zh");

        assertFalse(facts.contains("Huawei contributesTo Kubernetes"), facts::toString);
    }
}
