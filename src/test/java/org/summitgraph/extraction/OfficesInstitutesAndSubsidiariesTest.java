package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where organisations are and whose parts they are, told by offices, institutes in cities and subsidiaries. */
class OfficesInstitutesAndSubsidiariesTest {

    private static Set<String> facts(String text, String language) {
        return Samples.factsIn(text, language);
    }

    @Test
    void anOrganisationsOfficeInACityPutsItThere() {
        Set<String> facts = facts("Tomas Berg joined Spotify's Stockholm office in May.", "en");

        assertTrue(facts.contains("Spotify locatedIn Stockholm"), facts::toString);
    }

    @Test
    void anInstituteInACityIsThere() {
        Set<String> facts = facts("Lena Vogel of the Hasso Plattner Institute in Potsdam opened the second day.", "en");

        assertTrue(facts.contains("Hasso Plattner Institute locatedIn Potsdam"), facts::toString);
    }

    @Test
    void anInstituteWithItsShortFormInACityIsThere() {
        Set<String> facts = facts("Marta Ozola of the Institute of Robotics and Machine Vision (IRMV) in Riga presented.", "en");

        assertTrue(facts.contains("Institute of Robotics and Machine Vision locatedIn Riga"), facts::toString);
    }

    @Test
    void aCompanyIntroducedByItsKindInACityIsThere() {
        Set<String> facts = facts("Mia Holt is an engineer at the small consultancy Brightwater Labs in Leeds.", "en");

        assertTrue(facts.contains("Brightwater Labs locatedIn Leeds"), facts::toString);
    }

    @Test
    void aCityBeforeACountryTheReferenceDataDoesNotHoldIsInIt() {
        Set<String> facts = facts("Kestrel Dynamics, headquartered in Tartu, Estonia, sponsored the evening.", "en");

        assertTrue(facts.contains("Tartu locatedIn Estonia"), facts::toString);
    }

    @Test
    void aCompanySetOffAsAnothersSubsidiaryIsPartOfIt() {
        Set<String> facts = facts("Nexa Drive, Bosch's mobility subsidiary, showed a demo of its fleet software.", "en");

        assertTrue(facts.contains("Nexa Drive partOf Bosch"), facts::toString);
    }

    @Test
    void aPersonSetOffAsTheHeadOfADivisionIsNoCompany() {
        Set<String> facts = facts("Ana Ruiz, Bosch's IT division head, spoke about the migration.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Ana Ruiz partOf")), facts::toString);
    }

    @Test
    void eachChineseItemWithItsOwnCityIsInItsOwnCity() {
        Set<String> facts = facts("其中包括苏州的云帆科技和成都的蓉城数据。", "zh");

        assertTrue(facts.contains("云帆科技 locatedIn Suzhou"), facts::toString);
        assertTrue(facts.contains("蓉城数据 locatedIn Chengdu"), facts::toString);
        assertFalse(facts.contains("蓉城数据 locatedIn Suzhou"), facts::toString);
    }

    @Test
    void aChineseSchoolNamedByTwoJoinedFieldsIsPartOfItsUniversity() {
        Set<String> facts = facts("清华大学计算机科学与技术系的教授王宁也来了。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("清华大学计算机科学与技术系 partOf ")), facts::toString);
        assertTrue(facts.contains("王宁 worksFor 清华大学计算机科学与技术系"), facts::toString);
    }

    @Test
    void twoChineseInstitutesJoinedByAConjunctionAreNoUnitOfEachOther() {
        Set<String> facts = facts("中国信息通信研究院与腾讯研究院联合发布了开源治理报告。", "zh");

        assertTrue(facts.stream().noneMatch(f -> f.contains(" partOf ")), facts::toString);
    }
}
