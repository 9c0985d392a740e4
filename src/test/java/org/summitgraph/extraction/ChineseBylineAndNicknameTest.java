package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese names read from what stands before them: a news site's reporter ("新浪科技记者 林晓彤"), a colleague's
 * nickname ("前同事阿杰", "同事老邓"), an English community title ("CNCF Ambassador林佳蓉").
 */
class ChineseBylineAndNicknameTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2023, 6, 12)));
    }

    @Test
    void aNewsSitesReporterWorksForIt() {
        Extraction e = chinese("2023-06-12 09:41   来源:新华社   新华社记者 王思远\n\n开放原子开源基金会在北京举办峰会。");

        assertTrue(Samples.facts(e).contains("王思远 worksFor Xinhua News Agency") || Samples.facts(e, "zh").contains("王思远 worksFor 新华社"),
                Samples.facts(e, "zh")::toString);
    }

    @Test
    void aColleaguesNicknameIsAPerson() {
        Extraction e = chinese("席间碰到了我前同事阿杰——他前年从华为离职,现在在Google台湾做SRE。");

        assertTrue(Samples.facts(e, "zh").contains("阿杰 formerlyWorkedFor 华为"), Samples.facts(e, "zh")::toString);
    }

    @Test
    void aCompanyAfterColleagueIsNoNickname() {
        Extraction e = chinese("我的同事阿里云的工程师说,这个方案很好。");

        assertFalse(Samples.names(e).stream().anyMatch(n -> n.startsWith("PERSON 阿里")), Samples.names(e)::toString);
    }

    @Test
    void aNameAfterAnEnglishCommunityTitleIsAPerson() {
        Extraction e = chinese("开场Keynote是CNCF Ambassador郑雅文。她讲了台湾云原生社区的变化。");

        assertTrue(Samples.names(e).stream().anyMatch(n -> n.startsWith("PERSON") && n.contains("Zheng") || n.endsWith("郑雅文")),
                Samples.names(e)::toString);
    }
}
