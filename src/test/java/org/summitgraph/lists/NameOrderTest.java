package org.summitgraph.lists;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameOrderTest {

    @Test
    void chineseNamesSortByPinyinNotByCodePoint() {
        List<String> names = new ArrayList<>(List.of("中国移动", "孔令贤", "阿里巴巴", "腾讯", "百度", "华为"));

        names.sort(NameOrder.names());

        // by code point 中 (U+4E2D) would come first and 阿 (U+963F) last
        assertEquals(List.of("阿里巴巴", "百度", "华为", "孔令贤", "腾讯", "中国移动"), names);
    }

    @Test
    void latinNamesSortAlphabeticallyWhateverTheirCaseAndComeBeforeChineseOnes() {
        List<String> names = new ArrayList<>(List.of("腾讯", "zuul", "Catalyst IT", "aptira", "Mistral"));

        names.sort(NameOrder.names());

        assertEquals(List.of("aptira", "Catalyst IT", "Mistral", "zuul", "腾讯"), names);
    }
}
