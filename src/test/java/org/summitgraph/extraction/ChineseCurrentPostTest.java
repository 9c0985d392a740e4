package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts listed before a Chinese name: "前百度技术经理、现任澄明软件研发副总裁贺启文". "前" marks only its own item as given
 * up; the post held now, after "现任" or the list's "、", is held.
 */
class ChineseCurrentPostTest {

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void thePostHeldNowAfterAFormerOneIsHeld() {
        Set<String> facts = chinese("论坛出品人、前腾讯架构平台部技术经理、现任云帆软件研发副总裁周启明在开场时表示，效能的瓶颈在协作。");

        assertTrue(facts.contains("周启明 hasRole 云帆软件 [VP of R&D]"), facts::toString);
        assertTrue(facts.contains("周启明 worksFor 云帆软件"), facts::toString);
        assertTrue(facts.contains("周启明 formerlyWorkedFor Tencent"), facts::toString);
    }

    @Test
    void theNextItemOfTheListIsHeldNow() {
        Set<String> facts = chinese("前百度技术经理、星河数据产品总监林嘉怡介绍了新版本。");

        assertTrue(facts.contains("林嘉怡 hasRole 星河数据 [Product Director]"), facts::toString);
        assertFalse(facts.contains("林嘉怡 worksFor Baidu"), facts::toString);
    }

    @Test
    void aFormerPostAloneStaysFormer() {
        Set<String> facts = chinese("原华为云容器团队负责人王宁在会上分享了经验。");

        assertFalse(facts.contains("王宁 worksFor Huawei Cloud"), facts::toString);
    }
}
