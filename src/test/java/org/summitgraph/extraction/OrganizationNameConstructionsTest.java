package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations named with "and" (public bodies, institutes), colleges named with their city, projects' boards and
 * teams, Chinese companies by their industry word, Chinese communities of their own, and lines of work that are no
 * organisation: made-up sentences about made-up or well-known names.
 */
class OrganizationNameConstructionsTest {

    private static Set<String> names(String text, String language) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aPublicBodyNamedWithAndIsOneOrganisation() {
        Set<String> names = names("A delegate of the Medicines and Healthcare Regulatory Agency joined the policy panel.", "en");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Medicines and Healthcare Regulatory Agency"), names::toString);
        assertFalse(names.contains("ORGANIZATION Healthcare Regulatory Agency"), names::toString);
    }

    @Test
    void anInstituteOfTwoFieldsIsOneOrganisation() {
        Set<String> names = names("Marta Ozola of the Institute of Robotics and Machine Vision presented the drone work.", "en");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Institute of Robotics and Machine Vision"), names::toString);
    }

    @Test
    void aUniversityOfACityAndACompanyAreTwoNames() {
        Set<String> names = names("Ola Nordmann of the University of Oslo and Red Hat gave the talk.", "en");

        assertTrue(names.stream().noneMatch(n -> n.contains("Oslo and")), names::toString);
    }

    @Test
    void aCompanyAndAnOfficeAfterTheAreTwoNames() {
        Set<String> names = names("Researchers from Fjordlink and the Data Office came to the workshop.", "en");

        assertTrue(names.stream().noneMatch(n -> n.contains("Fjordlink and")), names::toString);
    }

    @Test
    void aUniversityCollegeIsNamedWithItsCity() {
        Set<String> names = names("Niamh Quinn, a lecturer at University College Galway, ran the student track.", "en");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "University College Galway"), names::toString);
    }

    @Test
    void aChineseUsersCommunityOfAProjectIsAnOrganisation() {
        Set<String> names = names("本次活动由Rust中文社区主办，来了两百多位开发者。", "zh");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Rust中文社区"), names::toString);
    }

    @Test
    void aCommunityWithANameOfItsOwnIsAnOrganisation() {
        Set<String> names = names("本次沙龙由MLOps星火社区和几家公司联合主办。", "zh");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "MLOps星火社区"), names::toString);
    }

    @Test
    void aProjectsCommunityIsNoOrganisationOfItsOwn() {
        Set<String> names = names("他是Kubernetes社区的维护者，也常在TiDB用户社区答疑。", "zh");

        assertTrue(names.stream().noneMatch(n -> n.endsWith("社区")), names::toString);
    }

    @Test
    void aLineOfWorkBeforeATitleIsNoOrganisation() {
        Set<String> names = names("字节跳动的SRE工程师王磊和招商银行的DevOps负责人李娜都做了分享。", "zh");

        assertEquals("none", Samples.kindOf(names, "SRE"), names::toString);
        assertEquals("none", Samples.kindOf(names, "DevOps"), names::toString);
    }

    @Test
    void aProjectsBoardIsAnOrganisation() {
        Set<String> names = names("Lena was elected to the openSUSE Board last year.", "en");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "openSUSE Board"), names::toString);
    }

    @Test
    void aProjectsTeamNamedByItsWorkIsAnOrganisation() {
        Set<String> names = names("The Fedora Design team made the new wallpapers, and Tom joined the Rust Release Team.", "en");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Fedora Design team"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Rust Release Team"), names::toString);
    }

    @Test
    void aTeamNamedByAProductOrByTheProjectAloneIsNoOrganisation() {
        Set<String> names = names("The OpenStack Cloud team at the bank and our Kubernetes team both grew this year.", "en");

        assertEquals("none", Samples.kindOf(names, "OpenStack Cloud team"), names::toString);
        assertEquals("none", Samples.kindOf(names, "Kubernetes team"), names::toString);
    }

    @Test
    void aChineseNameEndingInAGamesOrAConnectedIndustryWordIsACompany() {
        Set<String> names = names("比如杭州的青岚互娱就在用我们的服务，深圳的星桥智联也是客户。", "zh");

        assertEquals("COMPANY", Samples.kindOf(names, "青岚互娱"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "星桥智联"), names::toString);
    }

    @Test
    void aChineseCompanyWrittenRightAfterItsCityIsNamedWithoutIt() {
        Set<String> facts = Samples.factsIn("以及做代码扫描的杭州栖禾信息。", "zh");

        assertTrue(facts.contains("栖禾信息 locatedIn Hangzhou"), facts::toString);
    }

    @Test
    void aUniversityBeforeAFieldIsNoCityBeforeACompany() {
        Set<String> names = names("来自南京大学信息管理学院的老师也做了分享。", "zh");

        assertEquals("none", Samples.kindOf(names, "大学信息"), names::toString);
    }
}
