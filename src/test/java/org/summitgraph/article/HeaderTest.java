package org.summitgraph.article;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HeaderTest {

    @Test
    void readsKnownKeysUpToTheFirstBlankLine() {
        Header header = Header.parse("""
                title: 峰会Day 1
                url: https://example.org/a
                date: 2018-03-28
                language: zh
                publisher: 中国开源云联盟

                正文第一行。
                正文第二行。""");

        assertEquals(Map.of("title", "峰会Day 1", "url", "https://example.org/a", "date", "2018-03-28",
                "language", "zh", "publisher", "中国开源云联盟"), header.fields());
        assertEquals("正文第一行。\n正文第二行。", header.body());
    }

    @Test
    void readsKeysWhateverTheirCase() {
        Header header = Header.parse("Title: A title\nDATE : 2018-03-28\n\nBody.");

        assertEquals(Map.of("title", "A title", "date", "2018-03-28"), header.fields());
        assertEquals("Body.", header.body());
    }

    @Test
    void keepsTheWholeTextAsBodyWhenItStartsWithAnUnknownKey() {
        String text = "Note: something\n\nThe article.";

        Header header = Header.parse(text);

        assertEquals(Map.of(), header.fields());
        assertEquals(text, header.body());
    }

    @Test
    void keepsTheWholeTextAsBodyWhenAnUnknownKeyFollowsKnownOnes() {
        String text = "title: A title\nauthor: Someone\n\nThe article.";

        Header header = Header.parse(text);

        assertEquals(Map.of(), header.fields());
        assertEquals(text, header.body());
    }

    @Test
    void keepsTheWholeTextAsBodyWhenNoBlankLineEndsTheKeys() {
        String text = "Title: How OpenStack grew\nThe community met in Sydney.";

        Header header = Header.parse(text);

        assertEquals(Map.of(), header.fields());
        assertEquals(text, header.body());
    }

    @Test
    void keepsTheBlankLinesOfTheBody() {
        Header header = Header.parse("title: T\n\nFirst.\n\n\nSecond.\n");

        assertEquals("First.\n\n\nSecond.\n", header.body());
    }

    @Test
    void acceptsAHeaderWithoutBody() {
        Header header = Header.parse("title: Only a title");

        assertEquals(Map.of("title", "Only a title"), header.fields());
        assertEquals("", header.body());
    }

    @Test
    void treatsAnEmptyValueAsAbsent() {
        Header header = Header.parse("title:\ndate: 2018-03-28\n\nBody.");

        assertNull(header.get("title"));
        assertEquals("2018-03-28", header.get("date"));
    }
}
