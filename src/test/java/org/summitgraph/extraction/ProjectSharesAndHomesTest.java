package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who uses, works on or made a project, told by constructions the older rules missed (an organisation's in-house
 * installation, a share of a project's code, the most active in a community, what a company
 * developed itself or "made", where a project was born), and sentences that only look like them; all written for these
 * tests.
 */
class ProjectSharesAndHomesTest {

    @Test
    void anOrganisationsInHouseInstallationOfAProjectIsUse() {
        Set<String> facts = Samples.factsIn("At the booth, Bloomberg is showing its in-house Kafka platform to visitors.", "en");
        assertTrue(facts.contains("Bloomberg uses Apache Kafka"), facts::toString);

        facts = Samples.factsIn("Walmart explained that the team runs the company's home-grown Kubernetes-as-a-Service.", "en");
        assertTrue(facts.contains("Walmart uses Kubernetes"), facts::toString);
    }

    @Test
    void anInHouseTeamIsNoInstallation() {
        Set<String> facts = Samples.factsIn("Bloomberg is hiring engineers for its in-house Kafka team.", "en");
        assertFalse(facts.contains("Bloomberg uses Apache Kafka"), facts::toString);
    }

    @Test
    void aShareOfAProjectsCodeIsAContribution() {
        Set<String> facts = Samples.factsIn("Intel still contributes more code to OpenStack than most people think.", "en");
        assertTrue(facts.contains("Intel contributesTo OpenStack"), facts::toString);

        facts = Samples.factsIn("Last year Arm contributed most of the patches to Zephyr.", "en");
        assertTrue(facts.contains("Arm contributesTo Zephyr"), facts::toString);
    }

    @Test
    void aShareDeniedOrAShareOfTheTalkIsNoContribution() {
        Set<String> facts = Samples.factsIn("Intel does not contribute more code to OpenStack than it did in 2015.", "en");
        assertFalse(facts.contains("Intel contributesTo OpenStack"), facts::toString);

        facts = Samples.factsIn("Intel contributed more to the discussion than anyone, while OpenStack was barely mentioned.", "en");
        assertFalse(facts.contains("Intel contributesTo OpenStack"), facts::toString);
    }

    @Test
    void theMostActiveInAProjectsCommunityWorkOnIt() {
        Set<String> facts = Samples.factsIn("Red Hat is one of the most active companies in the OpenStack community.", "en");
        assertTrue(facts.contains("Red Hat contributesTo OpenStack"), facts::toString);

        facts = Samples.factsIn("华为工程师张伟是Kubernetes社区最活跃的开发者之一。", "zh");
        assertTrue(facts.contains("张伟 contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void theMostActiveSpeakersOrUsersDoNotWorkOnTheProject() {
        Set<String> facts = Samples.factsIn("Red Hat is one of the most active sponsors at the OpenStack Summit.", "en");
        assertFalse(facts.contains("Red Hat contributesTo OpenStack"), facts::toString);

        facts = Samples.factsIn("华为工程师张伟是Kubernetes社区最活跃的用户之一。", "zh");
        assertFalse(facts.contains("张伟 contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void aProjectAnOrganisationDevelopedItselfIsFoundedByIt() {
        Set<String> facts = Samples.factsIn("腾讯在大会上介绍了自研的微服务框架TARS。", "zh");

        assertTrue(facts.contains("TARS foundedBy Tencent"), facts::toString);
    }

    @Test
    void theBaseOfAnInHouseDevelopmentIsNotFoundedByTheOrganisation() {
        Set<String> facts = Samples.factsIn("腾讯介绍了基于Kubernetes自研的容器平台。", "zh");

        assertFalse(facts.contains("Kubernetes foundedBy Tencent"), facts::toString);
    }

    @Test
    void whatAnOrganisationMadeIsFoundedByIt() {
        Set<String> facts = Samples.factsIn("她现在在阿里巴巴工作，Dubbo最早就是阿里巴巴做出来的。", "zh");

        assertTrue(facts.contains("Apache Dubbo foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void whatATeamMadeIsNotFoundedByTheOrganisationNamedBefore() {
        Set<String> facts = Samples.factsIn("VMware中国研发中心的张伟说，Harbor最初就是他们团队做出来的。", "zh");

        assertTrue(facts.stream().noneMatch(f -> f.contains("foundedBy VMware")), facts::toString);
    }

    @Test
    void aProjectBornSomewhereAtAnOrganisationIsFoundedByIt() {
        Set<String> facts = Samples.factsIn("Kafka, born in California at LinkedIn, graduated from the Apache Incubator in 2012.", "en");

        assertTrue(facts.contains("Apache Kafka foundedBy LinkedIn"), facts::toString);
    }

    @Test
    void aProjectBornSomewhereAndUsedByAnOrganisationIsNotFoundedByIt() {
        Set<String> facts = Samples.factsIn("Kafka, born in California, is used at LinkedIn for every log.", "en");

        assertFalse(facts.contains("Apache Kafka foundedBy LinkedIn"), facts::toString);
    }

    @Test
    void whoCreatedAProjectIsThePersonNotTheEmployerInHisApposition() {
        Set<String> facts = Samples.factsIn("The day opened with a keynote by Linus Torvalds, a fellow at the Linux Foundation, "
                + "who created Git in 2005.", "en");

        assertTrue(facts.contains("Git foundedBy Linus Torvalds"), facts::toString);
        assertFalse(facts.contains("Git foundedBy Linux Foundation"), facts::toString);
    }

    @Test
    void contributorsCountedOrAProjectHandedOverAreNoContribution() {
        Set<String> facts = Samples.factsIn("王芳说Kubernetes今年新增的贡献者里有三成是学生。", "zh");
        assertFalse(facts.contains("王芳 contributesTo Kubernetes"), facts::toString);

        facts = Samples.factsIn("九州云的周维介绍了StarlingX，这是Wind River贡献给OpenStack基金会的边缘项目。", "zh");
        assertTrue(facts.stream().noneMatch(f -> f.contains("contributesTo StarlingX") && !f.startsWith("Wind River")), facts::toString);
    }

    @Test
    void aLongTimeContributorIsStillOne() {
        Set<String> facts = Samples.factsIn("九州云是Kolla项目的长期贡献者。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.endsWith("contributesTo Kolla")), facts::toString);
    }

    @Test
    void workOnALanguagesDocumentationIsWorkOnTheProject() {
        Set<String> facts = Samples.factsIn("Kim Min-jun of Naver was honoured for his work on the Korean Kubernetes documentation.", "en");

        assertTrue(facts.contains("Kim Min-jun contributesTo Kubernetes"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("Korean")), facts::toString);
    }

    @Test
    void aLanguageNamedInChineseIsAProject() {
        Set<String> facts = Samples.factsIn("Elm语言诞生于哈佛大学，后来在欧洲流行起来。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Elm foundedBy")), facts::toString);
    }
}
