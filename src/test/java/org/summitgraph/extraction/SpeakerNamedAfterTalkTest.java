package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese speakers named after their talk or their part in a keynote's sequence; and words that only look like it. */
class SpeakerNamedAfterTalkTest {

    private static boolean speaks(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " speaksAt"));
    }

    @Test
    void theSpeakerNamedAfterTheTalkOrTheWordForALecturerSpeaks() {
        Set<String> topic = EventCuesTest.zh("讲向量检索的是星澜科技的林思远。");
        Set<String> lecturer = EventCuesTest.zh("下午工作坊的讲师是云栖数据的周晓彤。");
        Set<String> stage = EventCuesTest.zh("和我同台的是我们的客户、远帆物流平台部负责人陈立。");

        assertTrue(speaks(topic, "林思远"), topic.toString());
        assertTrue(speaks(lecturer, "周晓彤"), lecturer.toString());
        assertTrue(speaks(stage, "陈立"), stage.toString());
    }

    @Test
    void theNextOnStageAnnouncingSpeaks() {
        Set<String> next = EventCuesTest.zh("基金会执行董事林思远随后宣布，下一届大会将在武汉举行。");

        assertTrue(speaks(next, "林思远"), next.toString());
    }

    @Test
    void whatMattersOrAnAnnouncementOfAnotherDayIsNoTalk() {
        Set<String> matters = EventCuesTest.zh("做开源讲究的是耐心，林思远一直这么说。");
        Set<String> later = EventCuesTest.zh("林思远在博客里宣布了新版本。");

        assertFalse(speaks(matters, "林思远"), matters.toString());
        assertFalse(speaks(later, "林思远"), later.toString());
    }
}
