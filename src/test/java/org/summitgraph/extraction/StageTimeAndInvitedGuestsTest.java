package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Talks told by a live report's or a recap's turns of phrase: a speaker walking out to a cheer, opening the keynote,
 * spending stage time, a guest a forum invited; a year that starts a span is no
 * edition's. Made-up sentences about made-up events, and near-misses that must state nothing.
 */
class StageTimeAndInvitedGuestsTest {

    @Test
    void aSpeakerWalkingOutToACheerOrOpeningTheKeynoteSpeaks() {
        Set<String> cheer = EventCuesTest.en("Kelpwise CEO Ingrid Solvang walks out to a big cheer.");
        Set<String> opened = EventCuesTest.en("Kelpwise CEO Bram Oosterhuis opened, as expected. The rest of the morning was demos.");

        assertTrue(cheer.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), cheer.toString());
        assertTrue(opened.contains("Bram Oosterhuis speaksAt Tidepool Open 2025"), opened.toString());
    }

    @Test
    void stageTimeIsATalkButOfficeTimeIsNot() {
        Set<String> stage = EventCuesTest.en("Priya Venkatesh, Kelpwise's CTO, spent her stage time on what comes next.");
        Set<String> office = EventCuesTest.en("Priya Venkatesh, Kelpwise's CTO, spent her time in the office on hiring.");

        assertTrue(stage.contains("Priya Venkatesh speaksAt Tidepool Open 2025"), stage.toString());
        assertFalse(office.stream().anyMatch(f -> f.contains("speaksAt")), office.toString());
    }

    @Test
    void aGuestAForumInvitedSpeaks() {
        Set<String> invited = EventCuesTest.zh("“开源治理”分论坛则邀请了来自云栖数据的王海峰。");

        assertTrue(invited.contains("王海峰 speaksAt 青岚开源年会 2025"), invited.toString());
    }

    @Test
    void anInvitationToListenIsNoTalk() {
        Set<String> invited = EventCuesTest.zh("王海峰邀请了几位同事一起去听会。");

        assertFalse(invited.stream().anyMatch(f -> f.contains("speaksAt")), invited.toString());
    }

    @Test
    void aYearThatStartsASpanNamesNoEdition() {
        Set<String> facts = Samples.facts(MainEventTest.extract("社区新面孔", "王海峰从2019年起就是年会志愿者，今年负责了深圳分会场。", "zh",
                LocalDate.of(2022, 11, 20)), "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("起就是年会")), facts.toString());
    }
}
