package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A university's clubs, labs and centres written straight after its name, the kind missed on the twenty-sixth set
 * ("北京邮电大学开源社团", "北京大学软件工程国家工程研究中心"): the unit is an organisation of its own, part of the
 * university, whether the university is read apart or only inside the unit's whole name.
 */
class UniversityUnitsTest {

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))), "zh");
    }

    @Test
    void aClubWrittenAfterItsUniversityIsPartOfIt() {
        Set<String> facts = chinese("复旦大学开源社团和同济大学的同学当志愿者。");
        Set<String> other = chinese("大会当天，武汉大学Linux社团的二十名同学负责签到。");

        assertTrue(facts.contains("复旦大学开源社团 partOf 复旦大学"), facts::toString);
        assertTrue(other.contains("武汉大学Linux社团 partOf 武汉大学"), other::toString);
    }

    @Test
    void aUnitReadWholeIsPartOfTheKnownUniversityItsNameBeginsWith() {
        Set<String> association = chinese("浙江工业大学开源协会派出了30名志愿者。");
        Set<String> lab = chinese("中山大学数据科学实验室的两名博士生在展台介绍了研究成果。");

        assertTrue(association.contains("浙江工业大学开源协会 partOf 浙江工业大学"), association::toString);
        assertTrue(lab.contains("中山大学数据科学实验室 partOf 中山大学"), lab::toString);
    }

    @Test
    void aClubTheUniversityHasIsNoUnitNamedAfterIt() {
        Set<String> facts = chinese("同样入围的还有东华大学的学生社团。");

        assertFalse(facts.stream().anyMatch(f -> f.contains("partOf")), facts::toString);
    }

    @Test
    void studentsAndUniversityTownsAreNoUniversitysUnits() {
        Set<String> students = chinese("南方大学生创新中心今年扩招了两百人。");
        Set<String> town = chinese("杭州下沙大学城创业中心为初创团队提供场地。");

        assertFalse(students.stream().anyMatch(f -> f.contains("partOf")), students::toString);
        assertFalse(town.stream().anyMatch(f -> f.contains("partOf")), town::toString);
    }
}
