package org.summitgraph.web;

import org.junit.jupiter.api.Test;
import org.summitgraph.web.DisplayNames.LanguageString;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayNamesTest {

    private static final List<LanguageString> UNIONPAY = List.of(
            new LanguageString("China UnionPay", "en"), new LanguageString("中国银联", "zh"));

    @Test
    void aChineseReaderSeesTheChineseName() {
        assertEquals("中国银联", DisplayNames.pick(UNIONPAY, Locale.SIMPLIFIED_CHINESE).orElseThrow().text());
    }

    @Test
    void anyOtherReaderSeesTheEnglishName() {
        assertEquals("China UnionPay", DisplayNames.pick(UNIONPAY, Locale.GERMAN).orElseThrow().text());
    }

    @Test
    void regionalTagsCountAsTheirLanguage() {
        List<LanguageString> names = List.of(new LanguageString("Telstra", ""), new LanguageString("澳洲电信", "zh-Hans"));
        assertEquals("澳洲电信", DisplayNames.pick(names, Locale.CHINESE).orElseThrow().text());
    }

    @Test
    void withoutTheReadersLanguageAnyNameWillDo() {
        List<LanguageString> names = List.of(new LanguageString("腾讯", "zh"));
        assertEquals("腾讯", DisplayNames.pick(names, Locale.ENGLISH).orElseThrow().text());
        assertTrue(DisplayNames.pick(List.of(), Locale.ENGLISH).isEmpty());
    }
}
