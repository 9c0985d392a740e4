package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who made a project, who is a product's customer and who invests in a project, told the short ways press releases,
 * recaps and newsletters tell them, in sentences written for these tests.
 */
class MakersCustomersAndInvestmentsTest {

    private static Set<String> en(String text) {
        return Samples.factsIn(text, "en");
    }

    private static Set<String> zh(String text) {
        return Samples.factsIn(text, "zh");
    }

    @Test
    void theMakerOfSeveralProjectsNamedInAnAppositionFoundedEachOfThem() {
        Set<String> facts = en("Confluent, the maker of Apache Kafka, opened an office in Singapore.");
        Set<String> listed = en("We met Red Hat, the company behind Ansible and OpenShift, at the booth.");

        assertTrue(facts.contains("Apache Kafka foundedBy Confluent"), facts::toString);
        assertTrue(listed.contains("Ansible foundedBy Red Hat"), listed::toString);
        assertTrue(listed.contains("OpenShift foundedBy Red Hat"), listed::toString);
    }

    @Test
    void theMakerOfSomethingBuiltOnAProjectDidNotFoundTheProject() {
        Set<String> based = en("Mirantis, the maker of OpenStack-based private clouds, opened an office in Berlin.");
        Set<String> lower = en("Mirantis, the maker of cloud appliances that run OpenStack, opened an office in Berlin.");

        assertFalse(based.contains("OpenStack foundedBy Mirantis"), based::toString);
        assertFalse(lower.contains("OpenStack foundedBy Mirantis"), lower::toString);
    }

    @Test
    void aProjectPutOutTogetherByCompaniesWasFoundedByEach() {
        Set<String> facts = zh("据介绍,开源框架Quarkflow由腾讯与阿里云共同推出,开发者只需一条命令就可以部署。");
        Set<String> event = zh("这场黑客松由腾讯与阿里云共同推出的Kubernetes课程作为奖品。");

        assertTrue(facts.contains("Quarkflow foundedBy Tencent"), facts::toString);
        assertTrue(facts.contains("Quarkflow foundedBy Alibaba Cloud"), facts::toString);
        assertFalse(event.contains("Kubernetes foundedBy Tencent"), event::toString);
    }

    @Test
    void aCompanyThatReleasesANamedProductFoundedIt() {
        Set<String> facts = zh("在发布环节,华为正式发布了KaihongCloud 3.0,这是一款面向边缘的操作系统。");
        Set<String> builtOn = zh("在发布环节,腾讯云发布了基于Kubernetes的边缘容器服务。");
        Set<String> report = zh("会上,Gartner发布了Kubernetes调查报告。");

        assertTrue(facts.contains("KaihongCloud foundedBy Huawei"), facts::toString);
        assertFalse(builtOn.contains("Kubernetes foundedBy Tencent Cloud"), builtOn::toString);
        assertFalse(report.stream().anyMatch(f -> f.startsWith("Kubernetes foundedBy")), report::toString);
    }

    @Test
    void aLongTimeCustomerOfAProductIsItsMakersCustomerAndUsesIt() {
        Set<String> facts = en("Lakeshore Bank is also a long-time Confluent Kafka customer.");
        Set<String> team = en("Lakeshore Bank praised the Confluent customer success team.");

        assertTrue(facts.contains("Lakeshore Bank customerOf Confluent"), facts::toString);
        assertTrue(facts.contains("Lakeshore Bank uses Apache Kafka"), facts::toString);
        assertFalse(team.contains("Lakeshore Bank customerOf Confluent"), team::toString);
    }

    @Test
    void theInvestmentOfAnOrganisationInCommunitiesIsAContributionToEach() {
        Set<String> facts = zh("他分享了腾讯在Kubernetes和Apache Kafka两个社区上的投入与思考。");
        Set<String> elsewhere = zh("他分享了腾讯在公益项目上的投入与思考,也谈到了Kubernetes。");

        assertTrue(facts.contains("Tencent contributesTo Kubernetes"), facts::toString);
        assertTrue(facts.contains("Tencent contributesTo Apache Kafka"), facts::toString);
        assertFalse(elsewhere.contains("Tencent contributesTo Kubernetes"), elsewhere::toString);
    }

    @Test
    void everyProductListedAfterTheMakerIsAProjectItFounded() {
        String text = "Grafana Labs, the maker of Grafana, Tempo and Pyroscope, opened an office in Lisbon.";
        Set<String> facts = en(text);
        Set<String> names = Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "en", java.time.LocalDate.of(2024, 10, 2))));

        assertTrue(names.contains("PROJECT Pyroscope"), names::toString);
        assertTrue(facts.contains("Pyroscope foundedBy Grafana Labs"), facts::toString);
    }

    @Test
    void aCompanyAnnouncingAProductNamedAfterItselfFoundedIt() {
        Set<String> facts = en("HashiCorp today announced the general availability of HashiCorp Vault 1.3 at its user conference.");
        Set<String> used = en("HashiCorp said the bank runs HashiCorp Vault in production.");

        assertTrue(facts.contains("HashiCorp Vault foundedBy HashiCorp"), facts::toString);
        assertFalse(used.contains("HashiCorp Vault foundedBy HashiCorp"), used::toString);
    }

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, java.time.LocalDate.of(2024, 10, 2))));
    }

    @Test
    void softwareNamedByAVerbOfNamingIsAProject() {
        Set<String> zh = names("去年我们团队开源了一个小工具叫Ripplet,主要解决数据同步的问题。", "zh");
        Set<String> en = names("Her team wrote a small library called Ripplet to batch the writes.", "en");
        Set<String> person = names("Her team lead, a woman called Ripley Moss, wrote most of it.", "en");

        assertTrue(zh.contains("PROJECT Ripplet"), zh::toString);
        assertTrue(en.contains("PROJECT Ripplet"), en::toString);
        assertFalse(person.contains("PROJECT Ripley Moss"), person::toString);
    }

    @Test
    void aNameReleasedAndThenDescribedAsSoftwareIsAProject() {
        Set<String> released = names("会上,Grafana同时发布了Grafana Lens,这是一款面向运维人员的AI助手。", "zh");
        Set<String> person = names("会上,主持人介绍了Emil Brandt,他是一位资深的运维工程师。", "zh");

        assertTrue(released.contains("PROJECT Grafana Lens"), released::toString);
        assertFalse(person.contains("PROJECT Emil Brandt"), person::toString);
    }

    @Test
    void aNameListedWithAKnownProjectWhereTheSentenceSpeaksOfABackendIsAProject() {
        Set<String> backend = names("Lakeshore Bank runs its booking backend on Django and Quillpipe.", "en");
        Set<String> people = names("Lakeshore Bank invited Django and Quillpipe fans to its booth.", "en");

        assertTrue(backend.contains("PROJECT Quillpipe"), backend::toString);
        assertFalse(people.contains("PROJECT Quillpipe"), people::toString);
    }
}
