package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "约了老同事周卓吃饭": eating, drinking or chatting follows a name; no given name ends with 吃, 喝 or 聊. */
class ChineseNameBeforeAMealTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void theNameEndsBeforeTheMeal() {
        Set<String> names = names("晚上约了老同学孙涛吃饭，他三年前从星河数据离职，去了杭州。");

        assertTrue(names.contains("PERSON 孙涛"), names::toString);
        assertFalse(names.contains("PERSON 孙涛吃"), names::toString);
    }

    @Test
    void theNameEndsBeforeTheDrinkOrTheChat() {
        Set<String> names = names("会后和同事杨帆喝咖啡，又拉着朋友林可聊了半小时。");

        assertFalse(names.stream().anyMatch(n -> n.endsWith("喝") || n.endsWith("聊")), names::toString);
    }

    @Test
    void aThreeCharacterNameBeforeAnotherVerbIsKeptWhole() {
        Set<String> names = names("晚上约了老同学孙涛明一起讨论迁移方案。");

        assertFalse(names.contains("PERSON 孙涛吃"), names::toString);
        assertTrue(names.contains("PERSON 孙涛明"), names::toString);
    }
}
