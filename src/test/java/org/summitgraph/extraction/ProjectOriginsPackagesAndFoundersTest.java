package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects told of the ways recaps put them, in sentences written for these tests: where a project came from ("源自华为的
 * openEuler"), founding members named after a participle ("Founding members named on stage included …"), a
 * distribution's packages kept by someone ("has maintained several Perl packages in Debian"), what an organisation's
 * product stands on ("建立在PostgreSQL之上"), and the names that only software has ("开源扩展pg_hintx", "Lumora批处理框架").
 */
class ProjectOriginsPackagesAndFoundersTest {

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static Set<String> chineseNames(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aProjectDescribedByTheOrganisationItCameFromWasFoundedByIt() {
        Set<String> facts = chinese("会上还介绍了同样源自阿里巴巴的Dubbo在金融行业的落地情况。");
        Set<String> other = chinese("百度展区里，源于百度的PaddlePaddle吸引了不少观众。");

        assertTrue(facts.contains("Apache Dubbo foundedBy Alibaba Group"), facts::toString);
        assertTrue(other.stream().anyMatch(f -> f.startsWith("PaddlePaddle foundedBy Baidu")), other::toString);
    }

    @Test
    void comingFromAnOrganisationIsNoOrigin() {
        Set<String> facts = chinese("来自阿里巴巴的Dubbo维护者分享了服务治理的经验。");

        assertFalse(facts.contains("Apache Dubbo foundedBy Alibaba Group"), facts::toString);
    }

    @Test
    void foundingMembersNamedAfterAParticipleFoundWhatWasJustFormed() {
        Set<String> facts = english("The Linux Foundation announced the formation of the Open Source Security Foundation. "
                + "Founding members announced at the press conference included Google, Microsoft and IBM.");
        Set<String> other = english("Zemlin then talked about the Yocto Project. The founding members listed in the charter are Intel, "
                + "Wind River and Dell.");

        assertTrue(facts.contains("Open Source Security Foundation foundedBy Google"), facts::toString);
        assertTrue(facts.contains("Open Source Security Foundation foundedBy IBM"), facts::toString);
        assertTrue(other.contains("Yocto Project foundedBy Intel"), other::toString);
        assertTrue(other.contains("Yocto Project foundedBy Wind River"), other::toString);
    }

    @Test
    void foundingMembersNamedButNotIncludedFoundNothing() {
        Set<String> facts = english("The Linux Foundation announced the formation of the Open Source Security Foundation. "
                + "The founding members named so far did not include Oracle.");

        assertFalse(facts.contains("Open Source Security Foundation foundedBy Oracle"), facts::toString);
    }

    @Test
    void whoMaintainsADistributionsPackagesContributesToIt() {
        Set<String> facts = english("Maria Lopez, who works at Nordlys Hosting, has maintained several Perl packages in Debian since 2015.");
        Set<String> other = english("Kenji Sato looks after the Rust packages for Fedora in his spare time.");

        assertTrue(facts.contains("Maria Lopez contributesTo Debian"), facts::toString);
        assertTrue(other.contains("Kenji Sato contributesTo Fedora"), other::toString);
    }

    @Test
    void keepingAListOfPackagesIsNoPackagingWork() {
        Set<String> facts = english("Kenji Sato looked after a list of packages for Fedora that need new owners.");

        assertFalse(facts.contains("Kenji Sato contributesTo Fedora"), facts::toString);
    }

    @Test
    void whatAnOrganisationsProductStandsOnIsUsed() {
        Set<String> facts = chinese("美团的实时数仓从第一天起就建立在Flink之上。");
        Set<String> other = chinese("小米的整个推荐系统都搭建在Kubernetes上，运维成本下降了一半。");

        assertTrue(facts.contains("Meituan uses Apache Flink"), facts::toString);
        assertTrue(other.contains("Xiaomi uses Kubernetes"), other::toString);
    }

    @Test
    void softwareBuiltOnAProjectThatIsOnlyDescribedIsNobodysUse() {
        Set<String> facts = chinese("华为展示了建立在Kubernetes之上的边缘平台。");

        assertFalse(facts.contains("Huawei uses Kubernetes"), facts::toString);
    }

    @Test
    void aNameAfterTheWordForAnOpenSourceExtensionIsAProject() {
        Set<String> names = chineseNames("他还是开源扩展pg_hintx的作者，这个扩展被不少公司用于执行计划调优。");
        Set<String> other = chineseNames("会上重点讲了Lumora批处理框架和Quillon列存引擎的设计。");

        assertEquals("PROJECT", Samples.kindOf(names, "pg_hintx"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(other, "Lumora"), other::toString);
        assertEquals("PROJECT", Samples.kindOf(other, "Quillon"), other::toString);
    }

    @Test
    void openSourcingAsAVerbNamesNoExtension() {
        Set<String> names = chineseNames("团队今年开源扩展了很多功能，社区反响不错。");

        assertTrue(names.stream().noneMatch(n -> n.startsWith("PROJECT ")), names::toString);
    }

    @Test
    void aLongTimeContributorNamedInChineseContributesToTheProject() {
        Set<String> facts = chinese("据介绍，李文博是Kubernetes的长期贡献者，也是SIG Node的成员。");
        Set<String> other = chinese("王海涛是Apache Flink社区的资深贡献者。");

        assertTrue(facts.contains("李文博 contributesTo Kubernetes") || facts.contains("Li Wenbo contributesTo Kubernetes"), facts::toString);
        assertTrue(other.stream().anyMatch(f -> f.endsWith("contributesTo Apache Flink")), other::toString);
    }

    @Test
    void countingTheLongTimeContributorsNamesNoneOfThem() {
        Set<String> facts = chinese("李文博说，Kubernetes的长期贡献者里有不少是学生。");

        assertTrue(facts.stream().noneMatch(f -> f.contains("contributesTo Kubernetes")), facts::toString);
    }

    @Test
    void whatAnOrganisationMakesRunsTheProjectItShipsWith() {
        Set<String> facts = english("Dell, whose XPS laptops ship with Ubuntu, sponsored the event.");
        Set<String> other = english("Brightwater Robotics builds warehouse robots whose motor controllers run Zephyr and whose main "
                + "compute boards run a Yocto Project build.");

        assertTrue(facts.contains("Dell Technologies uses Ubuntu"), facts::toString);
        assertTrue(other.contains("Brightwater Robotics uses Yocto Project"), other::toString);
    }

    @Test
    void whatAnOrganisationsPeopleRunIsNoProductOfIt() {
        Set<String> facts = english("Mirantis, whose founders come with years of OpenStack experience, joined the panel.");

        assertFalse(facts.contains("Mirantis uses OpenStack"), facts::toString);
    }

    @Test
    void aPlatformToTeachOnIsUsed() {
        Set<String> facts = chinese("北京大学今年开设了以OpenHarmony为教学平台的课程。");

        assertTrue(facts.contains("Peking University uses OpenHarmony"), facts::toString);
    }

    @Test
    void theBuyerOfWhatAFirmSellsIsItsCustomer() {
        Set<String> facts = english("Halloway Systems, a Linux Foundation member that sells hardened Linux builds to Vexford Bank and "
                + "other financial customers, sees it differently.");
        Set<String> other = english("Pellmark Systems supplies its radar sensors to Volvo.");

        assertTrue(facts.contains("Vexford Bank customerOf Halloway Systems"), facts::toString);
        assertFalse(facts.contains("Vexford Bank customerOf Linux Foundation"), facts::toString);
        assertTrue(other.contains("Volvo Cars customerOf Pellmark Systems"), other::toString);
    }

    @Test
    void aStakeSoldMakesNoCustomer() {
        Set<String> facts = english("Canonical sold its majority stake to Microsoft in 2019.");

        assertTrue(facts.stream().noneMatch(f -> f.contains("customerOf")), facts::toString);
    }

    @Test
    void theSpeakersExperienceOfWorkOnAProjectIsTheirUse() {
        Set<String> facts = chinese("知乎的工程师讲了他们在TiDB上存已读服务的经验，数据量是千亿级别。");
        Set<String> other = chinese("美团分享了在Flink上做实时数仓的实践。");

        assertTrue(facts.contains("Zhihu uses TiDB"), facts::toString);
        assertTrue(other.contains("Meituan uses Apache Flink"), other::toString);
    }

    @Test
    void howToDoSomethingOnAProjectIsNobodysExperience() {
        Set<String> facts = chinese("讲师介绍了如何在Kubernetes上部署应用的经验。");

        assertTrue(facts.stream().noneMatch(f -> f.contains("uses Kubernetes")), facts::toString);
    }

    @Test
    void aToolDescribedBeforeItsNameIsUsedForTheTask() {
        Set<String> facts = chinese("快手用批处理调度系统Volcano来跑训练任务。");

        assertTrue(facts.contains("Kuaishou uses Volcano"), facts::toString);
    }
}
