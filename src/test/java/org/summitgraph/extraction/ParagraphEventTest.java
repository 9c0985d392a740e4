package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review of several events tells of each in a paragraph that opens on it being held: what the paragraph's next
 * sentences say without naming an event is of that one, not of the article's. An event named in passing opens nothing.
 */
class ParagraphEventTest {

    @Test
    void talksInAParagraphOpeningOnAnotherEventBeingHeldAreTalksThere() {
        Set<String> zh = EventCuesTest.zh("\n\nHarbor Summit 2019于6月在杭州举办，时间是6月3日至4日。星澜科技、云栖数据都有主题演讲。\n\n");
        Set<String> en = EventCuesTest.en("\n\nHarbor Summit 2019 was held in Lisbon in June. The sponsors this year included Kelpwise Analytics "
                + "and Lanternfish Robotics.\n\n");

        assertTrue(zh.contains("星澜科技 attends Harbor Summit 2019"), zh.toString());
        assertFalse(zh.stream().anyMatch(f -> f.startsWith("星澜科技 attends 青岚")), zh.toString());
        assertTrue(en.contains("Kelpwise Analytics attends Harbor Summit 2019"), en.toString());
    }

    @Test
    void anEventNamedInPassingLeavesTheParagraphToTheArticlesEvent() {
        Set<String> zh = EventCuesTest.zh("\n\n比起Harbor Summit 2019，今年的规模大了很多。星澜科技、云栖数据都有主题演讲。\n\n");

        assertFalse(zh.contains("星澜科技 attends Harbor Summit 2019"), zh.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("星澜科技 attends 青岚")), zh.toString());
    }

    @Test
    void anotherEventHeldAlongsideTheArticlesOpensNoParagraph() {
        Set<String> zh = EventCuesTest.zh("\n\n大会在成都世纪城举行，同场还有Harbor Summit 2025。星澜科技、云栖数据都有主题演讲。\n\n");

        assertFalse(zh.contains("星澜科技 attends Harbor Summit 2025"), zh.toString());
    }
}
