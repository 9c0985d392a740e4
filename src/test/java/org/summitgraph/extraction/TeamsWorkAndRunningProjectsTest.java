package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whose work on a project it is and who runs it: an organisation's "work on" a project, a bare "团队" giving patches to
 * a project's community, a project someone runs at an organisation. Sentences written for these tests.
 */
class TeamsWorkAndRunningProjectsTest {

    @Test
    void workOnAProjectOwnedByAnOrganisationIsTheOrganisationsContributionNotTheTellers() {
        Set<String> recent = Samples.factsIn("Her team upstreams almost everything, and she rattles off recent Intel work on Kata Containers.", "en");
        Set<String> possessive = Samples.factsIn("Maria Kowalski praised Huawei's work on Apache Kafka during the panel.", "en");

        assertTrue(recent.contains("Intel contributesTo Kata Containers"), recent::toString);
        assertTrue(possessive.contains("Huawei contributesTo Apache Kafka"), possessive::toString);
        assertFalse(possessive.contains("Maria Kowalski contributesTo Apache Kafka"), possessive::toString);
    }

    @Test
    void aPersonWhoWorksOnAProjectAtAnOrganisationStillContributesHimself() {
        Set<String> facts = Samples.factsIn("Tomas Berg, who works on Kata Containers at Intel, spoke next.", "en");

        assertTrue(facts.contains("Tomas Berg contributesTo Kata Containers"), facts::toString);
        assertFalse(facts.contains("Intel contributesTo Kata Containers"), facts::toString);
    }

    @Test
    void aBareTeamGivingPatchesToACommunityIsTheTeamOfTheOrganisationJustNamed() {
        Set<String> next = Samples.factsIn("快手目前在数万台服务器上运行Kubernetes，并深度使用Koordinator做调度。他提到团队今年已经向Koordinator社区"
                + "提交了二十多个PR。", "zh");
        Set<String> clause = Samples.factsIn("陈默表示，云帆网络坚持上游优先，团队每个季度都会向Envoy社区提交补丁。", "zh");
        Set<String> after = Samples.factsIn("星衡科技的生产集群全部运行在Kubernetes上。林昭坦言，Sidecar带来的延迟让业务方很有意见，团队为此向Istio"
                + "社区提交了多个性能补丁。", "zh");

        assertTrue(next.contains("Kuaishou contributesTo Koordinator"), next::toString);
        assertTrue(clause.contains("云帆网络 contributesTo Envoy"), clause::toString);
        assertTrue(after.contains("星衡科技 contributesTo Istio"), after::toString);
    }

    @Test
    void aPlannedOrDeniedTeamContributionOrOneWithoutAnOwnerOpeningAClauseIsNone() {
        Set<String> planned = Samples.factsIn("云帆网络目前使用Prometheus做监控。团队计划向Fluentd社区提交中文日志解析插件。", "zh");
        Set<String> nextYear = Samples.factsIn("云帆网络目前使用Prometheus做监控。团队明年要正式给Fluentd贡献代码。", "zh");
        Set<String> denied = Samples.factsIn("云帆网络目前使用Prometheus做监控。团队还没有给Fluentd社区贡献过代码。", "zh");
        Set<String> aside = Samples.factsIn("演讲结束后，Fluentd社区的一位工程师(英特尔)过来交流。路上周蔓说，团队已经给Fluentd贡献了代码。", "zh");

        assertFalse(planned.contains("云帆网络 contributesTo Fluentd"), planned::toString);
        assertFalse(nextYear.contains("云帆网络 contributesTo Fluentd"), nextYear::toString);
        assertFalse(denied.contains("云帆网络 contributesTo Fluentd"), denied::toString);
        assertFalse(aside.contains("Intel contributesTo Fluentd"), aside::toString);
    }

    @Test
    void aProjectSomeoneRunsAtAnOrganisationIsUsedThere() {
        Set<String> who = Samples.factsIn("Ruth Adeyemi, who runs Kubernetes at Brightwater Digital, joined us on the show.", "en");
        Set<String> clusters = Samples.factsIn("Before joining us, Marta Lind ran the Kafka clusters at Nordhavn Bank for three years.", "en");

        assertTrue(who.contains("Brightwater Digital uses Kubernetes"), who::toString);
        assertTrue(clusters.contains("Nordhavn Bank uses Apache Kafka"), clusters::toString);
    }

    @Test
    void aProjectsEventOrDemoRunAtAnOrganisationOrOneNeverRunThereIsNoUse() {
        Set<String> meetup = Samples.factsIn("Marta Lind runs the Kafka meetup at Nordhavn Bank.", "en");
        Set<String> never = Samples.factsIn("Marta Lind never ran Kafka at Nordhavn Bank.", "en");
        Set<String> booth = Samples.factsIn("We saw a RISC-V board that runs Zephyr at the Linaro booth.", "en");
        Set<String> host = Samples.factsIn("Priya Nair, who runs Zephyr at the Linux Foundation, opened the day.", "en");

        assertFalse(meetup.contains("Nordhavn Bank uses Apache Kafka"), meetup::toString);
        assertFalse(never.contains("Nordhavn Bank uses Apache Kafka"), never::toString);
        assertFalse(booth.contains("Linaro uses Zephyr"), booth::toString);
        assertFalse(host.contains("Linux Foundation uses Zephyr"), host::toString);
    }

    @Test
    void theDeveloperOfAProjectThePronounPointsBackToContributesToIt() {
        Set<String> person = Samples.factsIn("第二场是华为的李明，讲Karmada。Karmada是华为开源的多云编排项目，李明是它的核心开发者之一。", "zh");
        Set<String> company = Samples.factsIn("今年最受关注的是 Oniro 专场。Oniro 是 Eclipse 基金会旗下基于 OpenHarmony 的操作系统项目，"
                + "华为是它的主要贡献者之一。", "zh");

        assertTrue(person.contains("李明 contributesTo Karmada"), person::toString);
        assertTrue(company.contains("Huawei contributesTo Eclipse Oniro"), company::toString);
        assertFalse(company.contains("Huawei contributesTo OpenHarmony"), company::toString);
    }

    @Test
    void aUserOfTheProjectThePronounPointsBackToIsNoDeveloper() {
        Set<String> facts = Samples.factsIn("第二场是华为的李明讲Karmada。Karmada发展很快，阿里巴巴是它的用户之一。", "zh");

        assertFalse(facts.contains("Alibaba Group contributesTo Karmada"), facts::toString);
    }

    @Test
    void anOpenSourceProjectAProductIsBuiltOnWasNotFoundedByTheProductsMaker() {
        Set<String> built = Samples.factsIn("澄明软件是一家提供持续交付工具的创业公司，其产品基于开源的Jenkins二次开发。", "zh");
        Set<String> opened = Samples.factsIn("Kratos是哔哩哔哩开源的微服务框架。", "zh");

        assertFalse(built.contains("Jenkins foundedBy 澄明软件"), built::toString);
        assertTrue(opened.stream().anyMatch(f -> f.startsWith("Kratos foundedBy")), opened::toString);
    }

    @Test
    void theCustomersOfCompanyAreThoseOfTheCompanyTheSentenceBeforeOpensOn() {
        Set<String> facts = Samples.factsIn("云岫科技成立于2019年，总部位于杭州，为制造企业提供工业操作系统。公司的主要客户包括海澜重工等多家制造企业。", "zh");
        Set<String> inside = Samples.factsIn("今年云岫科技也来到了展会现场。公司的主要客户包括海澜重工等多家制造企业。", "zh");

        assertTrue(facts.contains("海澜重工 customerOf 云岫科技"), facts::toString);
        assertFalse(inside.contains("海澜重工 customerOf 云岫科技"), inside::toString);
    }
}
