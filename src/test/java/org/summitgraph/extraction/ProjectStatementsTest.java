package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who uses, contributes to and founded a project, in sentences written for these tests: what a talk is about, an
 * event run about a project, a release named for its project, where a project was first built, in both languages.
 */
class ProjectStatementsTest {

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static boolean anyUses(Set<String> facts, String object) {
        return facts.stream().anyMatch(f -> f.endsWith(" uses " + object));
    }

    @Test
    void aTalkOnRunningAProjectIsItsTopicNotTheSpeakersUse() {
        Set<String> facts = english("On Tuesday Priya Raman of Mirantis gave a talk on running Cilium on bare metal.");

        assertFalse(anyUses(facts, "Cilium"), facts::toString);
    }

    @Test
    void aCompanyThatTalkedAboutRunningAProjectRunsIt() {
        Set<String> facts = english("Deutsche Telekom talked about running its pan-European network cloud on OpenStack.");

        assertTrue(facts.contains("Deutsche Telekom uses OpenStack"), facts::toString);
    }

    @Test
    void aWorkshopRunAboutAProjectIsNoUseOfIt() {
        Set<String> facts = english("Mirantis engineers will also run a hands-on Kolla workshop at the summit in Vancouver.");

        assertFalse(anyUses(facts, "Kolla"), facts::toString);
    }

    @Test
    void jobsRunOnAProjectAreNoEventRunAboutIt() {
        Set<String> facts = english("SoftBank runs GPU training jobs for its language models on Kubernetes.");

        assertTrue(facts.contains("SoftBank uses Kubernetes"), facts::toString);
    }

    @Test
    void aCommonNounUsedToDoSomethingIsWhatIsUsed() {
        Set<String> facts = english("Mirantis used the week to announce a partnership with Google to bring Kubernetes into its distribution.");

        assertFalse(facts.contains("Mirantis uses Kubernetes"), facts::toString);
    }

    @Test
    void aProjectUsedToDoSomethingIsStillUsed() {
        Set<String> facts = english("Walmart uses OpenStack to run its e-commerce platform.");

        assertTrue(facts.contains("Walmart uses OpenStack"), facts::toString);
    }

    @Test
    void aContractedNegationDeniesTheUse() {
        Set<String> facts = english("Walmart doesn't use Kubernetes yet, its engineers said.");

        assertFalse(facts.contains("Walmart uses Kubernetes"), facts::toString);
    }

    @Test
    void aContributionToANamedReleaseIsOneToOpenStack() {
        Set<String> facts = english("Huawei engineers were among the top contributors to the Newton release of OpenStack.");

        assertTrue(facts.contains("Huawei contributesTo OpenStack"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.endsWith("contributesTo Newton")), facts::toString);
    }

    @Test
    void aChineseContributionToANamedReleaseIsOneToOpenStack() {
        Set<String> facts = chinese("在OpenStack社区，中兴贡献了Queens版本的大量代码。");

        assertFalse(facts.stream().anyMatch(f -> f.endsWith("contributesTo Queens")), facts::toString);
    }

    @Test
    void aProjectFirstDevelopedAtACompanyWasFoundedByIt() {
        Set<String> facts = english("Kubernetes was originally developed at Google before it was handed to the CNCF.");

        assertTrue(facts.contains("Kubernetes foundedBy Google"), facts::toString);
    }

    @Test
    void aProjectStartedAtAPlaceHasNoFounderThere() {
        Set<String> facts = english("Kubernetes was first developed in Seattle by a small team.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Kubernetes foundedBy Seattle")), facts::toString);
    }

    @Test
    void aDescriptionBesideAProjectNamesItsMaker() {
        Set<String> facts = english("Envoy, the service proxy Lyft open-sourced in 2016, graduated from the CNCF in 2018.");

        assertTrue(facts.contains("Envoy foundedBy Lyft"), facts::toString);
    }

    @Test
    void aChineseProjectStartedByACompanyWasFoundedByIt() {
        Set<String> facts = chinese("Karmada最早由华为云发起，2021年进入CNCF沙箱。");

        assertTrue(facts.contains("Karmada foundedBy Huawei Cloud"), facts::toString);
    }

    @Test
    void aChineseProjectBornInsideACompanyWasFoundedByIt() {
        Set<String> facts = chinese("Dragonfly最早诞生于阿里巴巴内部，后来捐给了CNCF。");

        assertTrue(facts.contains("Dragonfly foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void fixesUpstreamedToAProjectAreAContribution() {
        Set<String> facts = english("Marta Nowak has upstreamed several fixes to Kubernetes this year.");

        assertTrue(facts.contains("Marta Nowak contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void aPieceContributedToAProjectIsAContribution() {
        Set<String> facts = english("Fujitsu has contributed the new Kafka receiver to Prometheus.");

        assertTrue(facts.contains("Fujitsu contributesTo Prometheus"), facts::toString);
    }

    @Test
    void aProjectDonatedToAFoundationIsNoContributionToTheFoundation() {
        Set<String> facts = english("Google contributed Kubernetes to the Cloud Native Computing Foundation in 2015.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("contributesTo Cloud Native")), facts::toString);
    }

    @Test
    void theOrganisationsAProjectsContributorsComeFromContributeToIt() {
        Set<String> facts = english("Since then Karmada has grown to 140 contributors from 31 organizations, including engineers at SUSE, "
                + "Deutsche Telekom and Huawei.");

        assertTrue(facts.contains("SUSE contributesTo Karmada"), facts::toString);
        assertTrue(facts.contains("Deutsche Telekom contributesTo Karmada"), facts::toString);
    }

    @Test
    void maintainersFromCompaniesMakeThemContributors() {
        Set<String> facts = english("Envoy now has maintainers from Google, Microsoft and Tetrate.");

        assertTrue(facts.contains("Tetrate contributesTo Envoy"), facts::toString);
    }

    @Test
    void chineseMaintainersFromCompaniesMakeThemContributors() {
        Set<String> facts = chinese("目前Volcano的贡献者分别来自华为、百度和京东云。");

        assertTrue(facts.contains("Baidu contributesTo Volcano"), facts::toString);
        assertTrue(facts.contains("JD Cloud contributesTo Volcano"), facts::toString);
    }

    @Test
    void contributorsFromACountryMakeNoStatement() {
        Set<String> facts = english("Kubernetes contributors from China gathered at the booth.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("contributesTo")), facts::toString);
    }

    @Test
    void aSecondVerbOfTheSentencesSubjectPlacesTheSubjectNotTheFormerEmployerBeforeIt() {
        Set<String> facts = english("Hanbit Cloud was founded in 2019 by Lee Sang-ho, formerly of Samsung, and is headquartered in Seoul.");

        assertTrue(facts.contains("Hanbit Cloud locatedIn Seoul"), facts::toString);
        assertFalse(facts.contains("Samsung locatedIn Seoul"), facts::toString);
    }

    @Test
    void aCityAndItsStateAfterBasedInPlaceTheCompanyInTheCity() {
        Set<String> facts = english("Mirantis, a cloud company, is based in Austin, Texas, and sells to telecom operators.");

        assertTrue(facts.contains("Mirantis locatedIn Austin"), facts::toString);
        assertFalse(facts.contains("Mirantis locatedIn Texas"), facts::toString);
    }

    @Test
    void theCustomerOfASupplierIsOneForYears() {
        Set<String> facts = english("Walmart has been a customer of Red Hat since 2021.");

        assertTrue(facts.contains("Walmart customerOf Red Hat"), facts::toString);
    }

    @Test
    void aCustomerNamedByItsSupplierIsItsCustomer() {
        Set<String> facts = english("Mirantis counts Walmart among its paying customers.");

        assertTrue(facts.contains("Walmart customerOf Mirantis"), facts::toString);
    }

    @Test
    void aCustomerOfANamedProductLineIsOneOfItsMaker() {
        Set<String> facts = english("Fenwick Mutual protects sixty clusters and is also a Mirantis Enterprise customer.");

        assertTrue(facts.contains("Fenwick Mutual customerOf Mirantis"), facts::toString);
    }

    @Test
    void aChineseStrategicCustomerIsACustomer() {
        Set<String> facts = chinese("云汐科技去年成为星瀚智能的战略客户。");

        assertTrue(facts.contains("云汐科技 customerOf 星瀚智能"), facts::toString);
    }

    @Test
    void companiesThatArePartnersArePartnersOfEachOther() {
        Set<String> facts = english("Mirantis and Canonical are partners, in fact.");

        assertTrue(facts.contains("Mirantis partnerOf Canonical"), facts::toString);
    }

    @Test
    void aCompanyThatJoinedAPartnerProgramIsThatCompanysPartner() {
        Set<String> facts = english("Earlier this year Mirantis joined the Microsoft partner program.");

        assertTrue(facts.contains("Mirantis partnerOf Microsoft"), facts::toString);
    }
}
