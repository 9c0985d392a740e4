package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bare "负责人" of a team, an office or a project leads it, in made-up sentences; the lead of a line of work in it
 * ("文档负责人", "项目负责人") and the head of a company's work ("开源负责人") lead nothing.
 */
class UnitLeadTest {

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static boolean leads(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " leads "));
    }

    @Test
    void theLeadOfAnOfficeLeadsIt() {
        Set<String> facts = chinese("本次活动的主办方是美团开源管理办公室。据美团开源管理办公室负责人周文涛介绍，今年新开源了十二个项目。");
        Set<String> other = chinese("论坛由字节跳动开源办公室主办。字节跳动开源办公室的负责人吴嘉宁介绍了开源治理的经验。");


        assertTrue(leads(facts, "周文涛"), facts::toString);
        assertTrue(leads(other, "吴嘉宁"), other::toString);
    }

    @Test
    void theLeadOfAProjectsCoreTeamLeadsTheProject() {
        Set<String> facts = chinese("会上，Dubbo核心团队的负责人钱立新介绍了3.0版本的规划。");

        assertTrue(facts.contains("钱立新 leads Apache Dubbo") || leads(facts, "钱立新"), facts::toString);
    }

    @Test
    void aSecondDescriptionMayStandBetweenTheLeadAndTheName() {
        Set<String> facts = chinese("Dubbo的负责人、阿里巴巴中间件团队的技术专家孙浩然在分享中提到了服务网格。");

        assertTrue(leads(facts, "孙浩然"), facts::toString);
    }

    @Test
    void theLeadOfALineOfWorkInAProjectLeadsNothing() {
        Set<String> docs = chinese("Dubbo的文档负责人林晓雨也来到了现场。");
        Set<String> project = chinese("周佳怡（腾讯TARS项目负责人）给出了一组用户数据。");

        assertFalse(leads(docs, "林晓雨"), docs::toString);
        assertFalse(leads(project, "周佳怡"), project::toString);
    }

    @Test
    void theOpenSourceLeadOfACompanyDoesNotLeadTheCompany() {
        Set<String> facts = chinese("华为开源负责人陈立川在会上发言。");

        assertFalse(leads(facts, "陈立川"), facts::toString);
    }
}
