package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where "I" says "I" works, the writer the header names (or the interview's speaker) works there, now. */
class WriterWorkplaceTest {

    private static Set<String> en(String text) {
        return Samples.facts(MainEventTest.extract("Notes", text, "en", LocalDate.of(2020, 2, 3)));
    }

    private static Set<String> zh(String text) {
        return Samples.facts(MainEventTest.extract("参会笔记", text, "zh", LocalDate.of(2020, 2, 3)), "zh");
    }

    @Test
    void theWriterOfAPostRunsSomethingAtTheirEmployer() {
        Set<String> facts = en("Posted on March 9, 2021 by Ines Carvalho | 5 min read\n\n"
                + "Some context: I run the storage platform at Lisbon Cloudworks, a hosting company in Porto. We went to the summit.");

        assertTrue(facts.contains("Ines Carvalho worksFor Lisbon Cloudworks"), facts.toString());
    }

    @Test
    void aBylinedWriterWorksWhereTheyStillWork() {
        Set<String> facts = en("By Tomas Berg\n\nI still work in the observability team at Fjordline Systems, so the tracing track was my home.");

        assertTrue(facts.contains("Tomas Berg worksFor Fjordline Systems"), facts.toString());
    }

    @Test
    void aJobLeftOrQuotedIsNotTheWritersJob() {
        Set<String> past = en("By Tomas Berg\n\nI worked at Fjordline Systems for six years before the move.");
        Set<String> quoted = en("By Tomas Berg\n\nA speaker told us: \"I run the database team at Fjordline Systems.\"");

        assertFalse(past.contains("Tomas Berg worksFor Fjordline Systems"), past.toString());
        assertFalse(quoted.contains("Tomas Berg worksFor Fjordline Systems"), quoted.toString());
    }

    @Test
    void theChineseWriterWorksWhereTheySayTheyAreInCharge() {
        Set<String> facts = zh("作者：周启航\n\n我目前在青松云科技负责容器平台，这次专门去了大会。");
        Set<String> visiting = zh("作者：周启航\n\n我在青松云科技的展台前站了半小时。");

        assertTrue(facts.contains("周启航 worksFor 青松云科技"), facts.toString());
        assertFalse(visiting.contains("周启航 worksFor 青松云科技"), visiting.toString());
    }
}
