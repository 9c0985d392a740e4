package org.summitgraph.article;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecoderTest {

    private static final long LIMIT = 1 << 20;

    private static InvalidArticleException.Reason refusal(byte[] bytes, long maxBytes) {
        return assertThrows(InvalidArticleException.class, () -> TextDecoder.decode(bytes, maxBytes)).reason();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decodesUtf8() {
        assertEquals("峰会Day 1", TextDecoder.decode(utf8("峰会Day 1"), LIMIT));
    }

    @Test
    void stripsAByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'D', 'a', 'y'};

        assertEquals("Day", TextDecoder.decode(bytes, LIMIT));
    }

    @Test
    void refusesEmptyBytes() {
        assertEquals(InvalidArticleException.Reason.EMPTY, refusal(new byte[0], LIMIT));
    }

    @Test
    void refusesWhitespaceOnly() {
        assertEquals(InvalidArticleException.Reason.EMPTY, refusal(utf8(" \n\t\r\n　"), LIMIT));
    }

    @Test
    void refusesAByteOrderMarkAlone() {
        assertEquals(InvalidArticleException.Reason.EMPTY, refusal(utf8("\uFEFF\n"), LIMIT));
    }

    @Test
    void acceptsExactlyTheLimit() {
        assertEquals("1234567890", TextDecoder.decode(utf8("1234567890"), 10));
    }

    @Test
    void refusesBytesOverTheLimit() {
        assertEquals(InvalidArticleException.Reason.TOO_LARGE, refusal(utf8("12345678901"), 10));
    }

    @Test
    void countsTheLimitInBytesNotCharacters() {
        // four Han characters are twelve bytes in UTF-8
        assertEquals(InvalidArticleException.Reason.TOO_LARGE, refusal(utf8("老而弥坚"), 10));
    }

    @Test
    void refusesInvalidUtf8() {
        assertEquals(InvalidArticleException.Reason.NOT_TEXT, refusal(new byte[]{'a', (byte) 0xC3, 0x28}, LIMIT));
    }

    @Test
    void refusesGbkEncodedChinese() {
        // "峰会" in GBK
        assertEquals(InvalidArticleException.Reason.NOT_TEXT,
                refusal(new byte[]{(byte) 0xB7, (byte) 0xE5, (byte) 0xBB, (byte) 0xE1}, LIMIT));
    }

    @Test
    void refusesBytesContainingNul() {
        assertEquals(InvalidArticleException.Reason.NOT_TEXT, refusal(new byte[]{'t', 'e', 'x', 't', 0, 'x'}, LIMIT));
    }

    @Test
    void refusesTextFullOfControlCharacters() {
        StringBuilder s = new StringBuilder("text");
        for (int i = 0; i < 9; i++) {
            s.append('\u0001');
        }
        assertEquals(InvalidArticleException.Reason.NOT_TEXT, refusal(utf8(s.toString()), LIMIT));
    }

    @Test
    void acceptsTabsFormFeedsAndAFewStrayControlCharacters() {
        String text = "a\tb\fc\u001Bd";

        assertEquals(text, TextDecoder.decode(utf8(text), LIMIT));
    }
}
