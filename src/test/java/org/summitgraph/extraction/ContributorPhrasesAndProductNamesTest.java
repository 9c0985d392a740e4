package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contributions told by the phrase that describes the contributor, staff put on a project, makers named around the word
 * "creator", agreements to work together and products named by their kind or their launch, in sentences written for
 * these tests, each beside a near miss.
 */
class ContributorPhrasesAndProductNamesTest {

    private static Set<String> zh(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static Set<String> en(String text) {
        return Samples.factsIn(text, "en");
    }

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, java.time.LocalDate.of(2024, 10, 2))));
    }

    private static boolean any(Set<String> facts, String predicate, String object) {
        return facts.stream().anyMatch(f -> f.contains(" " + predicate + " ") && f.endsWith(" " + object));
    }

    @Test
    void theOrganisationAfterAnAsContributorPhraseContributesToTheProject() {
        Set<String> facts = zh("作为Kubernetes的核心贡献者之一，腾讯今年又向社区提交了大量补丁。");

        assertTrue(facts.contains("Tencent contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void anAsContributorPhraseReportedBySomeoneStillDescribesTheSubjectAfterIt() {
        Set<String> facts = zh("在开幕演讲中，刘海涛介绍，作为openEuler的主要贡献者，华为今年继续加大投入。");

        assertTrue(facts.contains("Huawei contributesTo openEuler"), facts::toString);
    }

    @Test
    void anEnglishAsContributorPhraseDescribesTheSubjectAfterIt() {
        Set<String> facts = en("As the second-largest contributor to OpenStack, Red Hat sent forty engineers to the summit.");

        assertTrue(facts.contains("Red Hat contributesTo OpenStack"), facts::toString);
    }

    @Test
    void anAsUserPhraseMakesNoContribution() {
        Set<String> facts = zh("作为Kubernetes的重度用户之一，腾讯今年又扩大了集群规模。");
        Set<String> english = en("As the largest user of Kubernetes in Europe, Spotify sent ten engineers to the summit.");

        assertFalse(facts.contains("Tencent contributesTo Kubernetes"), facts::toString);
        assertFalse(english.contains("Spotify contributesTo Kubernetes"), english::toString);
    }

    @Test
    void anOrganisationThatIsAProjectsCoBuilderContributesToIt() {
        Set<String> facts = zh("中科创达也是今年新加入的OpenHarmony共建单位之一。");

        assertTrue(any(facts, "contributesTo", "OpenHarmony"), facts::toString);
    }

    @Test
    void aProjectsUserIsNoCoBuilder() {
        Set<String> facts = zh("中科创达也是OpenHarmony的商业用户之一。");

        assertFalse(any(facts, "contributesTo", "OpenHarmony"), facts::toString);
    }

    @Test
    void engineersAnOrganisationPutsIntoAProjectAreItsContribution() {
        Set<String> first = zh("字节跳动专门拿出三名工程师的人力投入Volcano。");
        Set<String> second = zh("美团去年派出了两名研发人员全职参与Dubbo。");

        assertTrue(any(first, "contributesTo", "Volcano"), first::toString);
        assertTrue(any(second, "contributesTo", "Dubbo"), second::toString);
    }

    @Test
    void puttingSomethingIntoProductionContributesToNoProject() {
        Set<String> facts = zh("美团的工程师把基于Dubbo的新网关投入生产。");

        assertFalse(any(facts, "contributesTo", "Dubbo"), facts::toString);
    }

    @Test
    void engineersDedicatedToAProjectAreTheOrganisationsContribution() {
        Set<String> facts = en("Spotify dedicated two engineers to Backstage last year.");

        assertTrue(facts.contains("Spotify contributesTo Backstage"), facts::toString);
    }

    @Test
    void engineersAssignedToAnEventContributeToNothingNamedAfterIt() {
        Set<String> facts = en("Spotify assigned two engineers to KubeCon Europe to demo Backstage.");

        assertFalse(facts.contains("Spotify contributesTo Backstage"), facts::toString);
    }

    @Test
    void theCreatorAndLeadMaintainerOfAProjectFoundedIt() {
        Set<String> facts = en("Mitchell Hashimoto is the creator and lead maintainer of Vagrant, a tool for development environments.");

        assertTrue(facts.contains("Vagrant foundedBy Mitchell Hashimoto"), facts::toString);
    }

    @Test
    void creatorsNamedAfterTheProjectFoundedIt() {
        Set<String> facts = en("The startup was founded in 2019 by Kubeflow creators Jeremy Lewi and David Aronchick.");

        assertTrue(facts.contains("Kubeflow foundedBy Jeremy Lewi"), facts::toString);
        assertTrue(facts.contains("Kubeflow foundedBy David Aronchick"), facts::toString);
    }

    @Test
    void contentCreatorsFoundNothing() {
        Set<String> facts = en("At the Kubernetes booth, content creators Anna Lindqvist and Tom Whitfield filmed interviews.");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" foundedBy ")), facts::toString);
    }

    @Test
    void anAgreementToCooperateMakesPartners() {
        Set<String> facts = en("The Eclipse Foundation has signed a cooperation agreement with OpenForum Europe.");

        assertTrue(facts.contains("Eclipse Foundation partnerOf OpenForum Europe"), facts::toString);
    }

    @Test
    void aLicenceAgreementMakesNoPartners() {
        Set<String> facts = en("Deutsche Bahn signed a licence agreement with Oracle last spring.");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" partnerOf ")), facts::toString);
    }

    @Test
    void aProjectAtWorkInsideAnOrganisationIsUsedByIt() {
        Set<String> first = zh("据台上介绍，Kitex在字节跳动内部已经大规模使用，承载了大部分流量。");
        Set<String> second = zh("TiKV在美团内部跑在了上千台服务器上。");

        assertTrue(first.contains("ByteDance uses Kitex"), first::toString);
        assertTrue(any(second, "uses", "TiKV"), second::toString);
    }

    @Test
    void aProjectBornInsideAnOrganisationIsNotSaidToBeUsedThere() {
        Set<String> facts = zh("Kitex最早是在字节跳动内部孵化的，后来才开源。");

        assertFalse(facts.contains("ByteDance uses Kitex"), facts::toString);
    }

    @Test
    void aLatinNameInBracketsAfterAKindOfSoftwareIsAProject() {
        Set<String> names = names("澄江软件在会上发布了星河数据库（StarDB）和青云编译器（Qingyun Compiler）。", "zh");

        assertEquals("PROJECT", Samples.kindOf(names, "StarDB"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Qingyun Compiler"), names::toString);
    }

    @Test
    void aLatinNameInBracketsAfterAUniversityIsNoProject() {
        Set<String> names = names("北京大学（PKU）的学生在会上展示了课程作业。", "zh");

        assertFalse("PROJECT".equals(Samples.kindOf(names, "PKU")), names::toString);
    }

    @Test
    void whatBecomesGenerallyAvailableIsAProduct() {
        Set<String> names = names("Brightwave Analytics today announced the general availability of Tidal Stream for Apache Kafka.", "en");

        assertEquals("PROJECT", Samples.kindOf(names, "Tidal Stream"), names::toString);
    }
}
