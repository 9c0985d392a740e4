package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name in Chinese characters with its Latin spelling in a bracket after it is a person, Korean names included. */
class RomanisedChineseNameTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aKoreanNameWithItsSpellingIsAPerson() {
        Set<String> names = names("三星电子的研究院派出了金在勋(Jaehoon Kim)，他介绍了边缘计算平台。");

        assertTrue(names.contains("PERSON 金在勋"), names::toString);
    }

    @Test
    void aCompanyWithItsEnglishNameIsNoPerson() {
        Set<String> names = names("这次来的还有华为(Huawei Cloud)和金山(Kingsoft Cloud)的工程师。");

        assertFalse(names.contains("PERSON 华为"), names::toString);
        assertFalse(names.contains("PERSON 金山"), names::toString);
    }

    @Test
    void aCompanyNameInsideAPhraseIsNoPerson() {
        Set<String> names = names("StarlingX则基于风河(Wind River)贡献的边缘计算代码。");

        assertFalse(names.contains("PERSON 于风河"), names::toString);
    }
}
