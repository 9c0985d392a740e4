package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "在…工作" in Chinese, made-up sentences: a unit of the organisation between it and the verb, and years worked there
 * followed by leaving, which make the post a former one.
 */
class ChineseEmploymentClausesTest {

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void whoWorksInAUnitOfAnOrganisationWorksForTheOrganisation() {
        Set<String> facts = chinese("架构师周启明在腾讯云数据库团队工作，负责内核开发。");
        assertTrue(facts.contains("周启明 worksFor Tencent Cloud"), facts::toString);

        Set<String> second = chinese("上午的演讲来自工程师许嘉树。他在字节跳动基础架构部任职，讲的是调度。");
        assertTrue(second.contains("许嘉树 worksFor ByteDance"), second::toString);
    }

    @Test
    void aWorkshopOfAUnitIsNoWorkplace() {
        Set<String> facts = chinese("架构师周启明在腾讯云开发者中心工作坊上演示了新功能。");

        assertFalse(facts.contains("周启明 worksFor Tencent Cloud"), facts::toString);
    }

    @Test
    void yearsWorkedThereAndThenLeftMakeAFormerEmployer() {
        Set<String> facts = chinese("架构师罗毅在华为工作了十一年，2019 年离开后在杭州创办了云岫科技。");
        assertTrue(facts.contains("罗毅 formerlyWorkedFor Huawei"), facts::toString);
        assertFalse(facts.contains("罗毅 worksFor Huawei"), facts::toString);

        Set<String> second = chinese("架构师周启明在阿里巴巴工作了八年多，去年离职后加入了字节跳动。");
        assertTrue(second.contains("周启明 formerlyWorkedFor Alibaba Group"), second::toString);
        assertFalse(second.contains("周启明 worksFor Alibaba Group"), second::toString);
    }

    @Test
    void yearsWorkedThereWithNoLeavingAreAPostStillHeld() {
        Set<String> facts = chinese("架构师周启明在阿里巴巴工作了八年，对中间件非常熟悉。");

        assertTrue(facts.contains("周启明 worksFor Alibaba Group"), facts::toString);
        assertFalse(facts.contains("周启明 formerlyWorkedFor Alibaba Group"), facts::toString);
    }
}
