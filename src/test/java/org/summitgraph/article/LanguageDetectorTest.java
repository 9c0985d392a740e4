package org.summitgraph.article;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {

    @Test
    void detectsEnglish() {
        assertEquals("en", LanguageDetector.detect("The OpenStack Foundation opened the summit in Sydney."));
    }

    @Test
    void detectsChinese() {
        assertEquals("zh", LanguageDetector.detect("峰会首日的议程已经结束,晚上的会场也已经开始。"));
    }

    @Test
    void detectsChineseFullOfLatinProductNames() {
        assertEquals("zh", LanguageDetector.detect(
                "“今年OpenStack的主题是啥?” Jonathon刚讲完,基金会COO Mark Collier说OpenStack要和Kubernetes集成。"));
    }

    @Test
    void detectsEnglishThatQuotesAChineseTerm() {
        assertEquals("en", LanguageDetector.detect(
                "The China Open Source Cloud League, known as 中国开源云联盟, published daily reports from Sydney."));
    }

    @Test
    void countsHanCharactersOutsideTheBasicPlane() {
        // U+20BB7 is a Han character written as a surrogate pair
        assertEquals("zh", LanguageDetector.detect("\uD842\uDFB7\uD842\uDFB7 Cloud"));
    }

    @Test
    void callsTextWithoutLettersEnglish() {
        assertEquals("en", LanguageDetector.detect("2018-03-28 10:00"));
    }
}
