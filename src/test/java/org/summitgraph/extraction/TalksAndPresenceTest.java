package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.EventCuesTest.en;
import static org.summitgraph.extraction.EventCuesTest.zh;

/**
 * How reports tell of talks and presence beyond the plain verbs: a speaker met or interviewed there is a speaker, not an
 * attendee besides; a talk "done", an event opened, remarks quoted; sponsors named beside another; people sent without a
 * head count; a partner's zone; and news of another day, or a visit called off, that states no presence.
 */
class TalksAndPresenceTest {

    private static final String EVENT = "Tidepool Open 2025";
    private static final String EVENT_ZH = "青岚开源年会 2025";

    @Test
    void aSpeakerMetOrInterviewedThereSpeaksAndNeedsNoAttendanceBesides() {
        Set<String> met = en("We sat down with Priya Raman after her talk on storage at the summit.");
        Set<String> interviewed = zh("大会期间,记者在会场专访了林思远。林思远在主论坛上发表了主题演讲。");

        assertTrue(met.contains("Priya Raman speaksAt " + EVENT), met.toString());
        assertFalse(met.contains("Priya Raman attends " + EVENT), met.toString());
        assertTrue(interviewed.contains("林思远 speaksAt " + EVENT_ZH), interviewed.toString());
        assertFalse(interviewed.contains("林思远 attends " + EVENT_ZH), interviewed.toString());
    }

    @Test
    void someoneMetWhoGaveNoTalkStillAttends() {
        Set<String> met = en("On Tuesday we caught up with Tomasz Wicher at the summit.");

        assertTrue(met.contains("Tomasz Wicher attends " + EVENT), met.toString());
    }

    @Test
    void talksDoneEventsOpenedAndRemarksQuotedAreTalks() {
        Set<String> did = en("Derek Olson did a lightning talk on hash equivalence.");
        Set<String> opens = en("Daniela Barbosa is expected to open the forum on Tuesday.");
        Set<String> remarks = en("\"It is boring now,\" said Omkhar Arasaratnam, the foundation's general manager, in his opening remarks.");
        Set<String> conversation = en("Ibrahim Haddad joined Dana Whitfield for a short conversation on model signing.");

        assertTrue(did.contains("Derek Olson speaksAt " + EVENT), did.toString());
        assertTrue(opens.contains("Daniela Barbosa speaksAt " + EVENT), opens.toString());
        assertTrue(remarks.contains("Omkhar Arasaratnam speaksAt " + EVENT), remarks.toString());
        assertTrue(conversation.contains("Ibrahim Haddad speaksAt " + EVENT), conversation.toString());
    }

    @Test
    void aKeynoteSessionNamedBeforeItsSpeakerInChinese() {
        Set<String> facts = zh("在大会的主题演讲中,Linux基金会的Greg Kroah-Hartman再次强调了稳定版的重要性。");

        assertTrue(facts.contains("Greg Kroah-Hartman speaksAt " + EVENT_ZH), facts.toString());
    }

    @Test
    void sponsorsNamedBesideAnotherAttend() {
        Set<String> facts = en("Kelpwise Analytics was one of the day's sponsors, alongside Google and Microsoft.");

        assertTrue(facts.contains("Kelpwise Analytics attends " + EVENT), facts.toString());
        assertTrue(facts.contains("Google attends " + EVENT), facts.toString());
        assertTrue(facts.contains("Microsoft attends " + EVENT), facts.toString());
    }

    @Test
    void aSponsorOfAFoundationOrOfAPodcastEpisodeSponsorsNoEvent() {
        Set<String> facts = en("Lanternfish Robotics sponsors this episode, and Kelpwise Analytics is a corporate sponsor of the OpenStack Foundation.");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" attends ")), facts.toString());
    }

    @Test
    void peopleSentWithoutAHeadCountAndAPartnersZoneInChinese() {
        Set<String> sent = zh("云栖数据也派工程师专程从杭州赶来。");
        Set<String> zone = zh("星澜科技此次也在云栖数据的合作伙伴专区展示了评估板。");

        assertTrue(sent.contains("云栖数据 attends " + EVENT_ZH), sent.toString());
        assertTrue(zone.contains("云栖数据 attends " + EVENT_ZH), zone.toString());
    }

    @Test
    void newsOfAnotherDayIsNoPresence() {
        Set<String> lastMonth = en("Infosys and Kelpwise Analytics announced a partnership last month to offer managed OpenStack.");
        Set<String> inMarch = en("In March Kelpwise Analytics announced a partnership with Arm.");
        Set<String> thatDay = en("Kelpwise Analytics announced a partnership with Lanternfish Robotics on Tuesday.");

        assertFalse(lastMonth.contains("Kelpwise Analytics attends " + EVENT), lastMonth.toString());
        assertFalse(inMarch.contains("Kelpwise Analytics attends " + EVENT), inMarch.toString());
        assertTrue(thatDay.contains("Kelpwise Analytics attends " + EVENT), thatDay.toString());
    }

    @Test
    void aPronounAfterAVisitCalledOffDoesNotBringThePersonBack() {
        Set<String> zhFacts = zh("原定出席的星澜科技CEO林思远因行程变化未能到场,他的演讲改由同事代讲。");
        Set<String> enFacts = en("Dmitri Volkov was due to give a keynote but could not travel, and his slides were shown by a colleague.");

        assertFalse(zhFacts.stream().anyMatch(f -> f.startsWith("林思远 ")), zhFacts.toString());
        assertFalse(enFacts.stream().anyMatch(f -> f.startsWith("Dmitri Volkov ")), enFacts.toString());
    }

    @Test
    void aTalkPlannedButCalledOffIsNoTalk() {
        Set<String> stayed = en("Dmitri Volkov, the Kelpwise storage lead, was supposed to be on this panel but stayed in Tokyo for a member meeting.");
        Set<String> withdrew = en("Priya Raman had a talk accepted but had to withdraw for family reasons; Tomasz Wicher gave the keynote.");
        Set<String> pulled = en("A session from Kelpwise Analytics on SBOM tooling was pulled from the program on Sunday night.");
        Set<String> zhFacts = zh("林思远这次没有来,但他的同事赵宇梓做了主题演讲。");

        assertFalse(stayed.contains("Dmitri Volkov speaksAt " + EVENT), stayed.toString());
        assertFalse(withdrew.contains("Priya Raman speaksAt " + EVENT), withdrew.toString());
        assertTrue(withdrew.contains("Tomasz Wicher speaksAt " + EVENT), withdrew.toString());
        assertFalse(pulled.contains("Kelpwise Analytics attends " + EVENT), pulled.toString());
        assertFalse(zhFacts.stream().anyMatch(f -> f.startsWith("林思远 ")), zhFacts.toString());
        assertTrue(zhFacts.contains("赵宇梓 speaksAt " + EVENT_ZH), zhFacts.toString());
    }

    @Test
    void aShowsHostsATeamsLeaderAndAPrizeCollectedOnStageGiveNoTalk() {
        Set<String> podcast = en("Hosted by Priya Raman and Tom Becker.");
        Set<String> team = en("The winners were three students from ETH Zurich led by Matteo Ferraro.");
        Set<String> workshop = en("The workshop was hosted by Priya Raman and Tom Becker.");
        Set<String> prize = zh("星澜科技的技术总监许嘉树代表公司上台领奖。");

        assertFalse(podcast.stream().anyMatch(f -> f.contains(" speaksAt ")), podcast.toString());
        assertFalse(team.contains("Matteo Ferraro speaksAt " + EVENT), team.toString());
        assertTrue(workshop.contains("Priya Raman speaksAt " + EVENT), workshop.toString());
        assertTrue(workshop.contains("Tom Becker speaksAt " + EVENT), workshop.toString());
        assertFalse(prize.stream().anyMatch(f -> f.contains(" speaksAt ")), prize.toString());
    }

    @Test
    void theHostOfADiscussionGivesNoTalkButThatOfAPanelDoes() {
        Set<String> discussion = zh("Cyborg的讨论由星澜科技的黄之鹏主持,进展顺利。");
        Set<String> panel = zh("下午的圆桌讨论由星澜科技的林思远主持。");

        assertFalse(discussion.stream().anyMatch(f -> f.contains(" speaksAt ")), discussion.toString());
        assertTrue(panel.contains("林思远 speaksAt " + EVENT_ZH), panel.toString());
    }

    @Test
    void aLiveReportsNextSpeakerHeadingsAndOpenHall() {
        Set<String> up = en("Revenue is up. Jim Zemlin is up.");
        Set<String> onStage = en("With her on stage: Tomasz Wierzbicki, who looks after USB drivers.");
        Set<String> hall = en("The expo hall is open: Red Hat, Intel and Arm.");

        assertTrue(up.contains("Jim Zemlin speaksAt " + EVENT), up.toString());
        assertTrue(onStage.contains("Tomasz Wierzbicki speaksAt " + EVENT), onStage.toString());
        assertTrue(hall.contains("Red Hat attends " + EVENT), hall.toString());
        assertTrue(hall.contains("Arm attends " + EVENT), hall.toString());
    }

    @Test
    void peopleMetOrComingFromAnOrganisationBringItThere() {
        Set<String> met = en("Jonas met the OPEA maintainers from Intel.");
        Set<String> students = en("A group of students from TU Delft came too.");

        assertTrue(met.contains("Intel attends " + EVENT), met.toString());
        assertTrue(students.contains("TU Delft attends " + EVENT), students.toString());
    }

    @Test
    void aTitleConferredInQuotationMarksIsAnAwardWonByTheSubjectOfTheSentence() {
        Set<String> facts = zh("云栖数据(以下简称“云栖”)受邀参会,并在大会颁奖环节荣获“年度生态共建伙伴”称号。");

        assertTrue(facts.contains("云栖数据 wonAward 年度生态共建伙伴"), facts.toString());
        assertTrue(facts.contains("年度生态共建伙伴 awardedAt " + EVENT_ZH), facts.toString());
    }
}
