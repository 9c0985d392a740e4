package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a first-person report, "I" is the writer its header names: the writer attends what "I" went to; a quoted "我" is someone else. */
class FirstPersonWriterTest {

    private static Set<String> zh(String text) {
        return Samples.facts(MainEventTest.extract("参会报告", text, "zh", LocalDate.of(2019, 5, 30)), "zh");
    }

    private static Set<String> en(String text) {
        return Samples.facts(MainEventTest.extract("Notes", text, "en", LocalDate.of(2019, 5, 30)));
    }

    @Test
    void theChineseWriterAttendsWhatIWentTo() {
        Set<String> facts = zh("作者:周启航\n\n我参加了在巴塞罗那举行的2019年KubeCon + CloudNativeCon欧洲大会。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("周启航 attends")), facts.toString());
    }

    @Test
    void theEnglishWriterAttendsWhatIFlewTo() {
        Set<String> facts = en("By Lena Vargas\n\nI flew to Barcelona for KubeCon + CloudNativeCon Europe 2019 with two colleagues.");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Lena Vargas attends")), facts.toString());
    }

    @Test
    void aQuotedIIsNoWriter() {
        Set<String> quoted = zh("作者:周启航\n\n一位工程师说:“我参加了2019年KubeCon + CloudNativeCon欧洲大会。”");

        assertFalse(quoted.stream().anyMatch(f -> f.startsWith("周启航 attends")), quoted.toString());
    }
}
