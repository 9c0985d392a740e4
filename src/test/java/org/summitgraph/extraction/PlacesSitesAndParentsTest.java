package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places that name other things, sites a Chinese organisation keeps in other cities, parents of organisations, and
 * names of no organisation: sentences made up for these tests, about made-up companies.
 */
class PlacesSitesAndParentsTest {

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, java.time.LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aCityNamingAReleaseIsNoPlace() {
        Set<String> en = names("Okafor said the ONAP Dublin release will ship in June, and the Frankfurt release after it.", "en");
        Set<String> zh = names("新版以ONAP Beijing版本为基础,做了面向边缘场景的裁剪。", "zh");

        assertFalse(en.contains("PLACE Dublin"), en::toString);
        assertFalse(en.contains("PLACE Frankfurt"), en::toString);
        assertFalse(zh.contains("PLACE Beijing"), zh::toString);
    }

    @Test
    void aCityBeforeOtherWordsThanReleaseStaysAPlace() {
        Set<String> en = names("The team released the new version in Dublin last week, then flew to Frankfurt.", "en");

        assertTrue(en.contains("PLACE Dublin"), en::toString);
        assertTrue(en.contains("PLACE Frankfurt"), en::toString);
    }

    @Test
    void aCityOpeningAnInstitutionsNameIsNoPlace() {
        Set<String> en = names("Korvanta is expected to start trading on the New York Stock Exchange on Friday, "
                + "while Tallis Labs moved to Frankfurt.", "en");

        assertFalse(en.contains("PLACE New York"), en::toString);
        assertTrue(en.contains("PLACE Frankfurt"), en::toString);
    }

    @Test
    void aCityOpeningARegisteredCompanyNameIsNoPlace() {
        Set<String> zh = names("版权所有 ©2019-2023 上海云枢信息技术有限公司 沪ICP备12345678号", "zh");

        assertFalse(zh.contains("PLACE Shanghai"), zh::toString);
    }

    @Test
    void aCityBeforeACompanyOfItsOwnSentenceStaysAPlace() {
        Set<String> zh = names("他去年在上海成立了一家有限公司,专做液冷。", "zh");

        assertTrue(zh.contains("PLACE Shanghai"), zh::toString);
    }

    @Test
    void aSitesNavigationLinksAreNoOrganisations() {
        Set<String> zh = names("首页 博客 下载\n搜索  登录/注册  会员中心  消息  历史  创作中心  发布\n\n原创 我在温哥华参加开源大会", "zh");

        assertTrue(zh.stream().noneMatch(n -> n.endsWith("会员中心") || n.endsWith("创作中心")), zh::toString);
    }

    @Test
    void aChineseOrganisationIsWhereItKeepsASite() {
        Set<String> one = Samples.factsIn("星澜科技成立于2016年,总部位于杭州,在苏州和合肥设有研发中心,现有员工约300人。", "zh");
        Set<String> two = Samples.factsIn("据悉,砺石数据在东莞设有生产基地,专注于液冷机柜。", "zh");

        assertTrue(one.contains("星澜科技 locatedIn Suzhou"), one::toString);
        assertTrue(one.contains("星澜科技 locatedIn Hefei"), one::toString);
        assertTrue(two.contains("砺石数据 locatedIn Dongguan"), two::toString);
    }

    @Test
    void aChineseOrganisationIsWhereItStartedOut() {
        Set<String> facts = Samples.factsIn("星港基金会本身是一个从吉隆坡起家的开源社区组织,2012年成立。", "zh");

        assertTrue(facts.contains("星港基金会 locatedIn Kuala Lumpur"), facts::toString);
    }

    @Test
    void aSiteOfSomeoneElseLocatesNotTheOrganisationThatOwnsThem() {
        Set<String> facts = Samples.factsIn("星澜科技的客户在苏州设有工厂,今年开始试用液冷方案。", "zh");

        assertFalse(facts.contains("星澜科技 locatedIn Suzhou"), facts::toString);
    }

    @Test
    void anOrganisationsParentNamedAfterItHoldsIt() {
        Set<String> one = Samples.factsIn("The meetup was organised by the Kestrel Foundation and its parent, the Orion Foundation.", "en");
        Set<String> two = Samples.factsIn("Tallis Labs, the parent company of Brightwave Software, bought a second data centre.", "en");

        assertTrue(one.contains("Kestrel Foundation partOf Orion Foundation"), one::toString);
        assertTrue(two.contains("Brightwave Software partOf Tallis Labs"), two::toString);
    }

    @Test
    void aPartnerNamedAfterAnOrganisationIsNoWhole() {
        Set<String> facts = Samples.factsIn("The meetup was organised by the Kestrel Foundation and its partner, the Orion Foundation.", "en");

        assertFalse(facts.contains("Kestrel Foundation partOf Orion Foundation"), facts::toString);
    }

    @Test
    void aLatinNameAChineseSentenceDescribesAsAnOrganisationIsOne() {
        Set<String> community = names("今年的大会在河内开。OpenHarbor本身是一个从吉隆坡起家的亚洲开源社区组织,2012年成立。", "zh");
        Set<String> company = names("我们先去了展台。Kestrix是一家做边缘存储的初创公司,去年刚拿到融资。", "zh");
        Set<String> located = Samples.factsIn("OpenHarbor本身是一个从吉隆坡起家的开源社区组织,2012年成立。", "zh");

        assertTrue(community.contains("ORGANIZATION OpenHarbor"), community::toString);
        assertTrue(company.contains("COMPANY Kestrix"), company::toString);
        assertTrue(located.contains("OpenHarbor locatedIn Kuala Lumpur"), located::toString);
    }

    @Test
    void aLatinNameDescribedAsAProjectOrASystemIsNoOrganisation() {
        Set<String> system = names("下午听了几场。Quillmesh是一个面向物联网的实时操作系统,代码量不大。", "zh");
        Set<String> project = names("下午听了几场。Tarnwick是一个社区项目,由多家公司共同维护。", "zh");

        assertFalse(system.stream().anyMatch(n -> n.endsWith(" Quillmesh") && !n.startsWith("PROJECT")), system::toString);
        assertFalse(project.stream().anyMatch(n -> n.endsWith(" Tarnwick") && !n.startsWith("PROJECT")), project::toString);
    }

    @Test
    void aChineseProjectsDescribedPartNamedAfterItIsPartOfIt() {
        Set<String> facts = Samples.factsIn("联拓网络同时参与OPNFV的功能测试项目Functest,也向OpenStack的网络组件Neutron提交补丁。", "zh");

        assertTrue(facts.contains("Functest partOf OPNFV"), facts::toString);
        assertTrue(facts.contains("Neutron partOf OpenStack"), facts::toString);
    }

    @Test
    void aCompanysProjectNamedAfterItIsNoPartOfAProject() {
        Set<String> facts = Samples.factsIn("他这两年一直在维护华为的开源项目Volcano,也用Kubernetes的调度接口。", "zh");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Volcano partOf")), facts::toString);
    }

    @Test
    void aNationalityOrATitleBeforeANameIsNoOrganisation() {
        Set<String> nationality = names("Among the finalists is Joana Ferreira, a Brazilian engineer at Tallis Bank who maintains "
                + "the buildpack. A second finalist is a Dutch developer with Quorabyte.", "en");
        Set<String> title = names("Demo slot. Brightwave, a 30-person startup from Porto, shows a packet processor on commodity "
                + "servers. CEO Anja Moser runs it herself, live, and it works.", "en");

        assertTrue(nationality.stream().noneMatch(n -> n.endsWith(" Brazilian") || n.endsWith(" Dutch")), nationality::toString);
        assertTrue(nationality.contains("COMPANY Quorabyte"), nationality::toString);
        assertTrue(title.stream().noneMatch(n -> n.contains("CEO")), title::toString);
    }

    @Test
    void aPagesMenuAndAnEditionsYearCloseNoOrganisationsName() {
        Set<String> menu = names("Harbourline Cloud   Product   Solutions   Pricing   Docs   Blog\n\nHarbourline Cloud hires a new CTO.", "en");
        Set<String> edition = names("原创  温哥华三日:Web+Data Interactive 2019参会游记\n今年我第一次参加这个大会。", "zh");

        assertTrue(menu.contains("COMPANY Harbourline Cloud"), menu::toString);
        assertTrue(menu.stream().noneMatch(n -> n.contains("Solutions")), menu::toString);
        assertTrue(edition.stream().noneMatch(n -> n.equals("ORGANIZATION Data Interactive") || n.equals("COMPANY Data Interactive")),
                edition::toString);
    }

    @Test
    void aCompanyNamedBeforeAYearAndALowerCaseNounStaysACompany() {
        Set<String> names = names("Nordvik Rail 2023 results were strong, and Nordvik Rail hired forty engineers.", "en");

        assertTrue(names.contains("COMPANY Nordvik Rail"), names::toString);
    }

    @Test
    void whatACompanySaysOfItsDataCentresAndTheirOperatorsNameNoUnits() {
        Set<String> says = names("展会期间,砺石数据的工程师介绍了新机柜。Intel表示其新一代AI数据中心将全面采用液冷。", "zh");
        Set<String> operators = names("展会期间,Meta、微软和多家北美托管数据中心运营商的工程师到展台交流。", "zh");

        assertTrue(says.stream().noneMatch(n -> n.contains("表示")), says::toString);
        assertTrue(operators.stream().noneMatch(n -> n.endsWith("托管数据中心")), operators::toString);
    }

    @Test
    void aUnitNamedAfterItsParentStaysAUnit() {
        Set<String> names = names("星澜科技成立于2016年。星澜科技云计算研究中心的工程师也来了,他们在展区演示了新的驱动。", "zh");

        assertTrue(names.stream().anyMatch(n -> n.endsWith("云计算研究中心")), names::toString);
    }

    @Test
    void aChineseHeadquartersInACountryAndACityIsInTheCity() {
        Set<String> us = Samples.factsIn("云雀数据总部位于美国西雅图,在欧洲也设有办公室。", "zh");
        Set<String> de = Samples.factsIn("青川软件总部位于德国柏林。", "zh");

        assertTrue(us.contains("云雀数据 locatedIn Seattle"), us::toString);
        assertTrue(de.contains("青川软件 locatedIn Berlin"), de::toString);
    }

    @Test
    void aChineseHeadquartersInACountryAloneIsInNoCity() {
        Set<String> facts = Samples.factsIn("云雀数据总部位于美国。西雅图的一家银行是它的第一个客户。", "zh");

        assertFalse(facts.contains("云雀数据 locatedIn Seattle"), facts::toString);
    }
}
