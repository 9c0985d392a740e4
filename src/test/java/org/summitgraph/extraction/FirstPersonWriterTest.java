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

    @Test
    void theWriterAttendsAnEventWhoseLongNameRunsOnAfterTheVerb() {
        Set<String> helsinki = Samples.facts(MainEventTest.extract("赫尔辛基两日", "我叫周启航,在成都做存储。\n\n"
                + "11月初,我请了三天假,参加了Kubernetes Community Days Helsinki 2024。", "zh", LocalDate.of(2024, 11, 20)), "zh");
        Set<String> porto = Samples.facts(MainEventTest.extract("里斯本随记", "我叫梁思远,是一名固件工程师。\n\n"
                + "上个月我自费去了一趟葡萄牙,参加了Hyperledger Global Forum Lisbon 2023。", "zh", LocalDate.of(2023, 10, 20)), "zh");

        assertTrue(helsinki.stream().anyMatch(f -> f.startsWith("周启航 attends")), helsinki.toString());
        assertTrue(porto.stream().anyMatch(f -> f.startsWith("梁思远 attends")), porto.toString());
    }
}
