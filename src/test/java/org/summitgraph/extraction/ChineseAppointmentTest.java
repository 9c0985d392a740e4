package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A company's own announcement in Chinese: it appoints a person to a title ("X任命Y为Z").
 */
class ChineseAppointmentTest {

    private static Set<String> facts(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void theAppointingCompanyIsWhereTheTitleIsHeld() {
        Set<String> facts = facts("栖梧科技今天宣布任命赵明远为首席技术官。");

        assertTrue(facts.contains("赵明远 hasRole 栖梧科技 [CTO]"), facts::toString);
        assertTrue(facts.contains("赵明远 worksFor 栖梧科技"), facts::toString);
    }

    @Test
    void aFieldMayStandBeforeTheAppointedTitle() {
        Set<String> facts = facts("云梯数据任命王蕾为首席软件架构师，负责存储引擎。");

        assertTrue(facts.contains("王蕾 hasRole 云梯数据 [Chief Software Architect]"), facts::toString);
    }

    @Test
    void anAppointmentByAPersonGivesNoRoleAtThem() {
        Set<String> facts = facts("栖梧科技的CEO李强任命赵明远为项目组长。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("赵明远 hasRole 李强")), facts::toString);
    }
}
