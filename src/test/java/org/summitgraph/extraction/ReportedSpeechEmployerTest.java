package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What someone reports is about others: "来自", "目前在" and "加入" inside it say nothing of where the speaker works, in
 * made-up sentences; the same words outside speech still do.
 */
class ReportedSpeechEmployerTest {

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static boolean worksFor(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " worksFor "));
    }

    @Test
    void contributorsFromCompaniesInSpeechAreNotTheSpeakersEmployers() {
        Set<String> facts = chinese("王立新说今年项目的贡献者里有不少来自外部公司，比如美团和小米都在给项目提交补丁。");

        assertFalse(worksFor(facts, "王立新"), facts::toString);
    }

    @Test
    void whereACompanyPublishesItsCodeIsNotWhereTheSpeakerWorks() {
        Set<String> facts = chinese("腾讯开源办公室负责人刘晨在圆桌上表示,腾讯目前在GitHub上已开源超过100个项目。");

        assertFalse(facts.contains("刘晨 worksFor GitHub"), facts::toString);
    }

    @Test
    void joiningInAQuotationIsNotTheSpeakersMove() {
        Set<String> facts = chinese("京东的架构师张伟说:“我们去年加入了CNCF，今年会继续投入。”");

        assertFalse(facts.contains("张伟 worksFor CNCF"), facts::toString);
        assertTrue(facts.contains("张伟 worksFor JD.com") || worksFor(facts, "张伟"), facts::toString);
    }

    @Test
    void theSameWordsOutsideSpeechStillTellAnEmployer() {
        Set<String> from = chinese("第二位嘉宾马骁来自华为，他介绍了服务网格的实践。");
        Set<String> joined = chinese("工程师李明去年加入了阿里巴巴，负责容器平台。");

        assertTrue(from.contains("马骁 worksFor Huawei"), from::toString);
        assertTrue(joined.contains("李明 worksFor Alibaba Group"), joined::toString);
    }
}
