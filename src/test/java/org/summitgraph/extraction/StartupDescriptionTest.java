package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "杭州本地创业公司数潮科技" (the twenty-seventh set): the start-up's description is no part of its name, and the place
 * before the description is where the start-up is.
 */
class StartupDescriptionTest {

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))), "zh");
    }

    @Test
    void aStartUpDescribedBeforeItsNameIsNamedWithoutTheDescription() {
        Set<String> facts = chinese("分享嘉宾来自成都本地创业公司栈桥科技，栈桥科技的CTO王立做了演讲。");
        Set<String> other = chinese("南京初创企业云栈数据也在展区设了展台。");

        assertTrue(facts.contains("栈桥科技 locatedIn 成都"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("创业公司栈桥科技")), facts::toString);
        assertTrue(other.contains("云栈数据 locatedIn 南京"), other::toString);
    }
}
