package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "研发VP", "市场VP": Chinese writers put the function before the Latin rank as they do before "副总裁". */
class FunctionBeforeLatinRankTest {

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    @Test
    void aFunctionBeforeVpNamesWhatTheVpIsOf() {
        Set<String> rnd = chinese("云岫科技研发VP孙立峰在会上介绍了新版本。");
        Set<String> marketing = chinese("据蓝鲸数据市场VP周晓岚介绍，今年的用户大会将在杭州举行。");

        assertTrue(rnd.stream().anyMatch(f -> f.startsWith("孙立峰 hasRole") && f.endsWith("[VP of R&D]")), rnd::toString);
        assertTrue(marketing.stream().anyMatch(f -> f.startsWith("周晓岚 hasRole") && f.endsWith("[VP of Marketing]")), marketing::toString);
    }

    @Test
    void aBareVpStaysAVp() {
        Set<String> facts = chinese("云岫科技VP孙立峰在会上介绍了新版本。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("孙立峰 hasRole") && f.endsWith("[VP]")), facts::toString);
    }
}
