package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A company's own announcement in Chinese: it appoints a person to a title ("X任命Y为Z"), and calls itself "公司"
 * before a title ("向公司CTO…汇报", "现任公司CEO") or as what is joined ("加入公司，出任…").
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

    @Test
    void theCompanyCallsItselfCompanyBeforeATitle() {
        Set<String> facts = facts("云梯数据今天宣布，王蕾正式加入公司，出任首席架构师，向公司CTO周明汇报。王蕾此前在阿里云工作。"
                + "关于云梯数据：云梯数据成立于2018年，公司由前百度工程师孙建创立，孙建现任公司CEO。");

        assertTrue(facts.contains("周明 hasRole 云梯数据 [CTO]"), facts::toString);
        assertTrue(facts.contains("王蕾 hasRole 云梯数据 [Chief Architect]"), facts::toString);
        assertTrue(facts.contains("孙建 hasRole 云梯数据 [CEO]"), facts::toString);
        assertTrue(facts.contains("云梯数据 foundedBy 孙建"), facts::toString);
    }

    @Test
    void companyIsNoAnnouncerWhereNoCompanyStandsOut() {
        Set<String> facts = facts("阿里云和华为都来了。向公司CTO周明汇报的是华为和阿里云的工程师。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("周明 hasRole")), facts::toString);
    }

    @Test
    void companyAfterADeterminerIsNoAnnouncer() {
        Set<String> facts = facts("云梯数据今天发布了新版本。一家公司CTO周明也到场了。");

        assertFalse(facts.contains("周明 hasRole 云梯数据 [CTO]"), facts::toString);
    }
}
