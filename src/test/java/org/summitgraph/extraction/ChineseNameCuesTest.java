package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese names told by an analyst's title before them, or by the talk they gave ("由许嘉树带来"). */
class ChineseNameCuesTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20)));
    }

    @Test
    void anAnalystsNameAfterTheTitleIsAPersonAndTheirPastEmployerIsRead() {
        Extraction e = chinese("资深分析师周静曾在 Gartner 做了六年研究。");

        assertTrue(Samples.names(e).contains("PERSON 周静"), () -> Samples.names(e).toString());
        assertTrue(Samples.facts(e).contains("周静 formerlyWorkedFor Gartner"), () -> Samples.facts(e).toString());
    }

    @Test
    void whoATalkWasGivenByIsAPerson() {
        Extraction e = chinese("下午的第一场分享由许嘉树带来，讲的是向量数据库。");
        assertTrue(Samples.names(e).contains("PERSON 许嘉树"), () -> Samples.names(e).toString());

        Extraction second = chinese("开场的主题演讲由邵文博主讲，讲的是调度器。");
        assertTrue(Samples.names(second).contains("PERSON 邵文博"), () -> Samples.names(second).toString());
    }

    @Test
    void whatSomethingBroughtAboutIsNoName() {
        Extraction e = chinese("由此带来的变化是，社区的贡献者多了一倍。由于分享的人多，会开得很晚。");

        assertTrue(Samples.names(e).stream().noneMatch(n -> n.startsWith("PERSON")), () -> Samples.names(e).toString());
    }
}
