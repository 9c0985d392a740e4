package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.AttendanceConstructionsTest.attends;
import static org.summitgraph.extraction.AttendanceConstructionsTest.en;
import static org.summitgraph.extraction.AttendanceConstructionsTest.zh;

/**
 * Being at an event, and speaking there, told by what happened on site rather than by "attended" or "spoke": those who
 * came listed, keynote slots and booths among the biggest, people met in the hall, a prize collected on stage, a demo
 * given, a talk heard, a stage shared. In made-up sentences about a made-up event, each beside a near miss.
 */
class OnSiteAttendanceAndSpeakingTest {

    private static boolean speaks(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " speaksAt "));
    }

    @Test
    void thoseWhoCameListedAfterTheHeadAttend() {
        Set<String> facts = zh("国内来的主要是星澜科技、云栖数据和墨石云。");
        Set<String> firms = zh("参展的企业有星澜科技和墨石云。");

        assertTrue(attends(facts, "星澜科技"), facts.toString());
        assertTrue(attends(facts, "云栖数据"), facts.toString());
        assertTrue(attends(facts, "墨石云"), facts.toString());
        assertTrue(attends(firms, "星澜科技"), firms.toString());
    }

    @Test
    void thoseWhoCameLastYearDoNotAttendThisOne() {
        Set<String> facts = zh("去年来的主要是星澜科技和云栖数据。");

        assertFalse(attends(facts, "星澜科技"), facts.toString());
        assertFalse(attends(facts, "云栖数据"), facts.toString());
    }

    @Test
    void companiesWithKeynoteSlotsOrAmongTheBiggestBoothsAttend() {
        Set<String> slots = en("Kelpwise Analytics and Lanternfish Robotics both had keynote slots.");
        Set<String> booths = en("The expo hall was full, with Harborlight Systems and Kelpwise Analytics among the biggest booths.");

        assertTrue(slots.contains("Kelpwise Analytics attends Fernleaf Summit 2025"), slots.toString());
        assertTrue(slots.contains("Lanternfish Robotics attends Fernleaf Summit 2025"), slots.toString());
        assertTrue(booths.contains("Harborlight Systems attends Fernleaf Summit 2025"), booths.toString());
        assertTrue(booths.contains("Kelpwise Analytics attends Fernleaf Summit 2025"), booths.toString());
    }

    @Test
    void aTimeSlotThatIsNoKeynoteIsNoAttendance() {
        Set<String> facts = en("Kelpwise Analytics had slots open for two more engineers in its Ghent office.");

        assertFalse(attends(facts, "Kelpwise Analytics"), facts.toString());
    }

    @Test
    void anEngineerFromACompanyWalkingThroughPlansOnSiteMakesItAttend() {
        Set<String> facts = en("An engineer from Harborlight Systems walked through the company's edge plans.");

        assertTrue(facts.contains("Harborlight Systems attends Fernleaf Summit 2025"), facts.toString());
    }

    @Test
    void companiesTalkingInTheKeynotesAttend() {
        Set<String> facts = zh("星澜科技和墨石云都在主题演讲里讲了边缘计算。");

        assertTrue(attends(facts, "星澜科技"), facts.toString());
        assertTrue(attends(facts, "墨石云"), facts.toString());
    }

    @Test
    void someoneWhoCameTooOrWasMetOnSiteAttends() {
        Set<String> came = zh("负责研发的副总裁林思远也来了，他带了两台样机。");
        Set<String> met = zh("第二天在展区碰到了以前的老同事林思远。");
        Set<String> spotted = en("On the second day we spotted Marta Kowal doing a tour of the booths.");

        assertTrue(attends(came, "林思远"), came.toString());
        assertTrue(attends(met, "林思远"), met.toString());
        assertTrue(spotted.contains("Marta Kowal attends Fernleaf Summit 2025"), spotted.toString());
    }

    @Test
    void interestThatCameOrAPersonMetElsewhereIsNoAttendance() {
        Set<String> interest = zh("林思远也来了兴趣，打算明年研究边缘计算。");
        Set<String> elsewhere = en("Years ago we spotted Marta Kowal's potential when she was still at university.");

        assertFalse(attends(interest, "林思远"), interest.toString());
        assertFalse(attends(elsewhere, "Marta Kowal"), elsewhere.toString());
    }

    @Test
    void whoeverCollectsThePrizeOnStageNamedAfterTheCueAttends() {
        Set<String> zhFacts = zh("代表公司上台领奖的是星澜科技运营总监林思远。");
        Set<String> enFacts = en("The award goes to Kelpwise Analytics. Accepting on stage is Marta Kowal.");

        assertTrue(attends(zhFacts, "林思远"), zhFacts.toString());
        assertTrue(enFacts.contains("Marta Kowal attends Fernleaf Summit 2025"), enFacts.toString());
    }

    @Test
    void aSponsorNamedAfterTheClauseThatSaysSoAttends() {
        Set<String> facts = zh("作为本届大会的赞助商，星澜科技一早就在展区布置完毕。");

        assertTrue(attends(facts, "星澜科技"), facts.toString());
    }

    @Test
    void aDemoOrATalkGivenIsSpeaking() {
        Set<String> demo = zh("基金会COO林思远接着做了一段现场演示。");
        Set<String> talk = zh("下午，墨石云工程师苏晓彤做了一场主题演讲。");

        assertTrue(speaks(demo, "林思远"), demo.toString());
        assertTrue(speaks(talk, "苏晓彤"), talk.toString());
    }

    @Test
    void aDecisionOrAReportMadeIsNoTalk() {
        Set<String> facts = zh("林思远做了一个决定，明年不再参会。苏晓彤做了一份调研报告。");

        assertFalse(speaks(facts, "林思远"), facts.toString());
        assertFalse(speaks(facts, "苏晓彤"), facts.toString());
    }

    @Test
    void theSpeakerHeardTheModeratorAndTheCoSpeakerSpeak() {
        Set<String> heard = zh("上午听了墨石云工程师林思远讲边缘调度。");
        Set<String> chair = zh("主持的是Nova项目的PTL苏晓彤。");
        Set<String> together = zh("周三下午，星澜科技CTO林思远和墨石云工程师苏晓彤一起讲了一个session。");

        assertTrue(speaks(heard, "林思远"), heard.toString());
        assertTrue(speaks(chair, "苏晓彤"), chair.toString());
        assertTrue(speaks(together, "苏晓彤"), together.toString());
    }

    @Test
    void sharingTheStageOrJoiningForADemoIsSpeakingButACompetitionIsNot() {
        Set<String> stage = zh("星澜科技联合创始人林思远与多位用户代表同台。");
        Set<String> demo = en("Ingrid Solvang takes the stage. Marta Kowal, the project's lead, joins her for a live demo.");
        Set<String> contest = zh("林思远与多位选手同台竞技。");

        assertTrue(speaks(stage, "林思远"), stage.toString());
        assertTrue(demo.contains("Marta Kowal speaksAt Fernleaf Summit 2025"), demo.toString());
        assertFalse(speaks(contest, "林思远"), contest.toString());
    }
}
