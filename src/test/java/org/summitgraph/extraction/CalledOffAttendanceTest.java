package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visit or a talk called off states no attendance and no talk (whoever stood in, or came anyway, still does); nor does the noun for attendees. */
class CalledOffAttendanceTest {

    @Test
    void aSpeakerWhoCouldNotComeNeitherSpeaksNorAttendsButTheStandInDoes() {
        Set<String> facts = EventCuesTest.zh("原定出席圆桌论坛的星澜科技CEO林思远因临时出差未能到场,由产品副总裁许蔓代为出席。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("林思远 ")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("许蔓 attends")), facts.toString());
    }

    @Test
    void chineseCompaniesThatCalledOffTheirVisitDoNotAttend() {
        Set<String> planned = EventCuesTest.zh("云栖数据原计划参展,因签证问题已确认不参加。星澜科技也到场了。");
        Set<String> sentNobody = EventCuesTest.zh("截至发稿,云栖数据并未派员参会。");

        assertFalse(planned.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), planned.toString());
        assertTrue(planned.stream().anyMatch(f -> f.startsWith("星澜科技 attends")), planned.toString());
        assertFalse(sentNobody.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), sentNobody.toString());
    }

    @Test
    void englishSpeakersWhoCouldNotTravelDoNotSpeakWhileOthersInTheSentenceDo() {
        Set<String> dueTo = EventCuesTest.en("Dmitri Volkov, the Kelpwise storage lead, was due to give a keynote but could not travel. "
                + "Ingrid Solvang gave the opening keynote instead.");
        Set<String> listed = EventCuesTest.en("Priya Raman gave the keynote, and Tomasz Wicher could not make it.");

        assertFalse(dueTo.contains("Dmitri Volkov speaksAt Tidepool Open 2025"), dueTo.toString());
        assertTrue(dueTo.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), dueTo.toString());
        assertTrue(listed.contains("Priya Raman speaksAt Tidepool Open 2025"), listed.toString());
        assertFalse(listed.contains("Tomasz Wicher attends Tidepool Open 2025"), listed.toString());
    }

    @Test
    void noStandIsNoAbsence() {
        Set<String> facts = EventCuesTest.zh("云栖数据的工程师也来了,但没有设展台。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), facts.toString());
    }

    @Test
    void theNounForAttendeesAndAHeadCountSayNoOneNamedAttends() {
        Set<String> count = EventCuesTest.zh("星澜科技的统计显示,参会人数超过三千人。");
        Set<String> headCount = EventCuesTest.zh("本届大会由北岸基金会主办,共有来自五省的一千二百余名开发者参会。");
        Set<String> thanks = EventCuesTest.zh("感谢云栖数据的支持,也感谢所有到场的朋友。");
        Set<String> sent = EventCuesTest.zh("云栖数据也派了三名工程师参会。");

        assertFalse(count.stream().anyMatch(f -> f.startsWith("星澜科技 attends")), count.toString());
        assertFalse(headCount.stream().anyMatch(f -> f.startsWith("北岸基金会 attends")), headCount.toString());
        assertFalse(thanks.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), thanks.toString());
        assertTrue(sent.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), sent.toString());
    }
}
