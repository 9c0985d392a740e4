package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.AttendanceConstructionsTest.en;
import static org.summitgraph.extraction.AttendanceConstructionsTest.zh;

/**
 * Speaking and attending as recaps, live blogs and WeChat posts tell them without "gave a talk": a fireside chat, a
 * clause opened by "Speaking at", a panel shared with someone, the attendees listed; "主持了圆桌", "在…大会上介绍",
 * "带队参加", "出席"; and the traps: a cancelled chat, a committee chaired by someone, the leader "带队的".
 */
class SpeakingAndAttendingRegistersTest {

    private static boolean speaks(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " speaksAt "));
    }

    private static boolean attends(Set<String> facts, String who) {
        return AttendanceConstructionsTest.attends(facts, who);
    }

    @Test
    void englishRecapsTellOfSpeakersWithoutTheWordTalk() {
        Set<String> chat = en("Tomás Reyes sat down for a fireside chat with the foundation's director.");
        Set<String> opener = en("Speaking at the event, Ahmed Zaki said the community has grown.");
        Set<String> panel = en("Lucas Moreau, speaking on a panel with Ines Duarte, said adoption is rising.");
        Set<String> among = en("Noor Haddad was among the attendees.");

        assertTrue(speaks(chat, "Tomás Reyes"), chat.toString());
        assertTrue(speaks(opener, "Ahmed Zaki"), opener.toString());
        assertTrue(speaks(panel, "Ines Duarte"), panel.toString());
        assertTrue(attends(among, "Noor Haddad"), among.toString());
    }

    @Test
    void aCancelledChatOrACommitteesChairIsNoSpeaker() {
        Set<String> cancelled = en("Arvid Lunde was supposed to do a fireside chat that was cancelled because of a flight problem.");
        Set<String> chair = en("The steering committee is chaired by Jonas Ekberg, who co-created the project.");

        assertFalse(speaks(cancelled, "Arvid Lunde"), cancelled.toString());
        assertFalse(speaks(chair, "Jonas Ekberg"), chair.toString());
    }

    @Test
    void chineseHostsOfPanelsAndSpeakersAtANamedEventSpeak() {
        Set<String> panel = zh("星澜科技的陈思远主持了圆桌讨论。");
        Set<String> named = zh("星澜科技的孙浩然在本次大会上介绍了Karmada的最新进展。");

        assertTrue(speaks(panel, "陈思远"), panel.toString());
        assertFalse(attends(panel, "陈思远"), panel.toString());
        assertTrue(speaks(named, "孙浩然"), named.toString());
    }

    @Test
    void chineseCompaniesThatSendATeamAndPeopleWhoAreThereAttend() {
        Set<String> led = zh("星澜科技带队参加了本次大会。");
        Set<String> present = zh("星澜科技的林若曦参加了本次大会。");
        Set<String> leader = zh("这次墨石云带队的罗朝亮发了一个红包。");

        assertTrue(attends(led, "星澜科技"), led.toString());
        assertTrue(attends(present, "林若曦"), present.toString());
        assertFalse(attends(leader, "墨石云"), leader.toString());
    }
}
