package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Foundations hosted by others and units set off as "part of", sites only planned, descriptions that are a list's
 * next item, and Chinese phrases around a head word that name no organisation: sentences made up for these tests,
 * about made-up organisations.
 */
class HostedPlannedAndListedOrganisationsTest {

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aFoundationHostedByAnotherIsPartOfIt() {
        Set<String> one = Samples.factsIn("The Tern Foundation, launched in March 2021, is hosted by the Linux Foundation "
                + "and funds the Tern project.", "en");
        Set<String> two = Samples.factsIn("The Quarry Foundation is hosted by the Eclipse Foundation.", "en");

        assertTrue(one.contains("Tern Foundation partOf Linux Foundation"), one::toString);
        assertTrue(two.contains("Quarry Foundation partOf Eclipse Foundation"), two::toString);
    }

    @Test
    void aProjectHostedByAFoundationIsNoPartOfAnOrganisation() {
        Set<String> facts = Samples.factsIn("Kubernetes is hosted by the Cloud Native Computing Foundation.", "en");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Kubernetes partOf")), facts::toString);
    }

    @Test
    void aUnitSetOffAsPartOfItsParentIsPartOfIt() {
        Set<String> one = Samples.factsIn("Lumen Cloud, part of Lumen Group, runs OpenStack for its hosting business.", "en");
        Set<String> two = Samples.factsIn("Orsa Data Labs, part of Orsa Systems, opened a lab in Lyon.", "en");

        assertTrue(one.contains("Lumen Cloud partOf Lumen Group"), one::toString);
        assertTrue(two.contains("Orsa Data Labs partOf Orsa Systems"), two::toString);
    }

    @Test
    void aPartnerProgrammeSetOffAfterAnOrganisationHoldsNoPart() {
        Set<String> facts = Samples.factsIn("Lumen Cloud, part of the Quarry Systems partner program, runs OpenStack.", "en");

        assertFalse(facts.contains("Lumen Cloud partOf Quarry Systems"), facts::toString);
    }

    @Test
    void aChineseSiteOnlyPlannedLocatesNobody() {
        Set<String> one = Samples.factsIn("星澜科技CTO陈原表示,公司计划明年在新加坡设立办事处,并招聘本地工程师。", "zh");
        Set<String> two = Samples.factsIn("砺石数据将在东莞设立研发中心,专注于液冷机柜。", "zh");

        assertTrue(one.stream().noneMatch(f -> f.contains("locatedIn Singapore")), one::toString);
        assertTrue(two.stream().noneMatch(f -> f.contains("locatedIn Dongguan")), two::toString);
    }

    @Test
    void aChineseSiteAlreadyKeptStillLocatesTheOrganisation() {
        Set<String> facts = Samples.factsIn("砺石数据在东莞设有研发中心,专注于液冷机柜。", "zh");

        assertTrue(facts.contains("砺石数据 locatedIn Dongguan"), facts::toString);
    }

    @Test
    void aDescriptionThatIsTheListsNextItemLocatesNotTheNameBeforeIt() {
        Set<String> facts = Samples.factsIn("The people I met came from Tallis Labs, Orsa Systems, a bank from Frankfurt "
                + "and two universities.", "en");

        assertFalse(facts.contains("Orsa Systems locatedIn Frankfurt"), facts::toString);
    }

    @Test
    void aDescriptionSetOffAfterOneNameStillLocatesIt() {
        Set<String> facts = Samples.factsIn("My employer, Orsa Systems, a small consultancy in Leipzig, has used Podman "
                + "for a year.", "en");

        assertTrue(facts.contains("Orsa Systems locatedIn Leipzig"), facts::toString);
    }

    @Test
    void theFieldOfAJobOrAMarketIsNoChineseCompany() {
        Set<String> one = names("钟原此前担任澜芯的首席软件架构师。", "zh");
        Set<String> two = names("他毕业后一直从事基站软件开发。", "zh");
        Set<String> three = names("· 日本云计算市场观察:运营商的下一步", "zh");

        assertTrue(one.stream().noneMatch(n -> n.endsWith("首席软件")), one::toString);
        assertTrue(two.stream().noneMatch(n -> n.endsWith("基站软件")), two::toString);
        assertTrue(three.stream().noneMatch(n -> n.endsWith("日本云计算")), three::toString);
    }

    @Test
    void theKindOfAListsNamesAndADescribedCompanyAreNoNames() {
        Set<String> one = names("他点名感谢了星河科技、澜芯和云栈等会员公司的投入。", "zh");
        Set<String> two = names("砺石是一家总部在成都的边缘方案公司,产品全部基于Yocto。", "zh");

        assertTrue(one.stream().noneMatch(n -> n.endsWith("会员公司")), one::toString);
        assertTrue(two.stream().noneMatch(n -> n.endsWith("边缘方案公司")), two::toString);
    }

    @Test
    void aCompanyWhoseNameEndsInSoftwareStaysACompany() {
        Set<String> facts = names("澜芯软件发布了新的边缘网关。", "zh");

        assertTrue(facts.stream().anyMatch(n -> n.endsWith("澜芯软件")), facts::toString);
    }

    @Test
    void aCompanysPressPageIsNoOrganisation() {
        Set<String> zh = names("澜芯科技 新闻中心  2021年4月9日  深圳\n\n澜芯科技今天发布了新的服务器。", "zh");

        assertTrue(zh.stream().noneMatch(n -> n.endsWith("新闻中心")), zh::toString);
    }

    @Test
    void aChineseCompanyPointedBackAtIsWhereItsClauseEnds() {
        Set<String> one = Samples.factsIn("顺便提一句,Nordvik Data这家公司在荷兰,二十几个人,做嵌入式培训起家。", "zh");
        Set<String> two = Samples.factsIn("澜芯科技这家企业总部位于成都,主要做边缘网关。", "zh");

        assertTrue(one.contains("Nordvik Data locatedIn Netherlands"), one::toString);
        assertTrue(two.contains("澜芯科技 locatedIn Chengdu"), two::toString);
    }

    @Test
    void whereAChineseCompanyDidSomethingIsNotWhereItIs() {
        Set<String> facts = Samples.factsIn("Quillon Systems这家公司在上海举办了发布会,介绍了新产品。", "zh");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Quillon Systems locatedIn")), facts::toString);
    }

    @Test
    void aChineseIntegratorDescribedByItsCityIsThere() {
        Set<String> facts = Samples.factsIn("另一家本土企业、釜山的系统集成商Hanbit Cloud首次赞助了这一活动。", "zh");

        assertTrue(facts.contains("Hanbit Cloud locatedIn Busan"), facts::toString);
    }

    @Test
    void aFacultyOfAUniversityIsAUnitOfIt() {
        Set<String> one = Samples.factsIn("The workshop ran at the Faculty of Information Technology of Orsa University "
                + "last Friday.", "en");
        Set<String> two = names("She teaches at the School of Data Technology of Lund University in Sweden.", "en");

        assertTrue(one.contains("Faculty of Information Technology partOf Orsa University"), one::toString);
        assertTrue(two.contains("ORGANIZATION School of Data Technology"), two::toString);
        assertTrue(two.contains("ORGANIZATION Lund University"), two::toString);
        assertTrue(two.stream().noneMatch(n -> n.startsWith("COMPANY")), two::toString);
    }

    @Test
    void aCompanysOfficeInACityIsASiteNoUnit() {
        Set<String> one = names("He works in Nordvik Data's Leeds office, a short walk from the station.", "en");
        Set<String> two = names("The talk was given by Paolo Ricci from Orsa Telecom's RTP office.", "en");

        assertTrue(one.stream().noneMatch(n -> n.endsWith("Leeds office")), one::toString);
        assertTrue(two.stream().noneMatch(n -> n.endsWith("RTP office")), two::toString);
    }

    @Test
    void aCompanysOpenSourceOfficeStaysAUnit() {
        Set<String> names = names("She set up Nordvik Data's open source office in 2021.", "en");

        assertTrue(names.stream().anyMatch(n -> n.endsWith("open source office")), names::toString);
    }

    @Test
    void aUniversitysCampusInACityIsNamedWithTheCity() {
        Set<String> one = names("Weil created the system as a graduate student at the University of Nevada, Reno, in 2005.", "en");
        Set<String> two = names("She did her PhD at the University of Texas, Austin and then moved to Lyon.", "en");

        assertTrue(one.contains("ORGANIZATION University of Nevada, Reno"), one::toString);
        assertTrue(two.contains("ORGANIZATION University of Texas, Austin"), two::toString);
    }

    @Test
    void aUniversityBeforeACountryIsNamedWithoutIt() {
        Set<String> names = names("She did her PhD at the University of Edinburgh, Scotland, and then moved to Lyon.", "en");

        assertFalse(names.stream().anyMatch(n -> n.contains("Edinburgh, Scotland")), names::toString);
    }

    @Test
    void aCommitteeOpeningATitleAfterAListsAndIsNoCompany() {
        Set<String> one = names("She is co-founder of Nordvik Data and PMC chair of Apache Kvrocks.", "en");
        Set<String> two = names("He is CTO of Quillon Systems and TSC member of the Orsa project.", "en");

        assertFalse(one.contains("COMPANY PMC"), one::toString);
        assertFalse(two.contains("COMPANY TSC"), two::toString);
    }

    @Test
    void aShortNameBetweenCompaniesOfAListStaysACompany() {
        Set<String> names = names("At the booth we met Nordvik Data, Tallis and Quillon Systems.", "en");

        assertTrue(names.contains("COMPANY Tallis"), names::toString);
    }

    @Test
    void anEmployersNameBeforeAFieldTitleStaysACompany() {
        Set<String> names = names("嵌入式老兵,澜岭智联软件架构师,开源社区开发者。", "zh");

        assertTrue(names.stream().anyMatch(n -> n.startsWith("COMPANY 澜岭智联")), names::toString);
    }
}
