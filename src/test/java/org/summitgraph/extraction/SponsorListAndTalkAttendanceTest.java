package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.AttendanceConstructionsTest.attends;
import static org.summitgraph.extraction.AttendanceConstructionsTest.en;
import static org.summitgraph.extraction.AttendanceConstructionsTest.zh;

/**
 * Organisations at the event told by a list of sponsors after its head ("the sponsors included …", "the sponsor wall …
 * you get …", "赞助商有…"), by a stand of their own and by a talk of their own ("the session by …", "做了一场关于…的分享"),
 * in made-up sentences about a made-up event (AttendanceConstructionsTest's); and the traps: another year's sponsors, a
 * sponsor of no event, taking a stand.
 */
class SponsorListAndTalkAttendanceTest {

    @Test
    void sponsorsListedAfterTheirHeadAttend() {
        Set<String> wall = en("Count the logos on the sponsor wall and you get Kelpwise Analytics, Lanternfish Robotics and Harborlight Systems.");
        Set<String> included = en("The sponsors this year included Brightwater Labs and Quarrystone Data.");

        assertTrue(wall.contains("Kelpwise Analytics attends Fernleaf Summit 2025"), wall.toString());
        assertTrue(wall.contains("Lanternfish Robotics attends Fernleaf Summit 2025"), wall.toString());
        assertTrue(wall.contains("Harborlight Systems attends Fernleaf Summit 2025"), wall.toString());
        assertTrue(included.contains("Brightwater Labs attends Fernleaf Summit 2025"), included.toString());
        assertTrue(included.contains("Quarrystone Data attends Fernleaf Summit 2025"), included.toString());
    }

    @Test
    void chineseSponsorsListedAfterTheirHeadAttend() {
        Set<String> facts = zh("这次的赞助商有星澜科技、云栖数据和墨石云。");

        assertTrue(attends(facts, "星澜科技"), facts.toString());
        assertTrue(attends(facts, "云栖数据"), facts.toString());
        assertTrue(attends(facts, "墨石云"), facts.toString());
    }

    @Test
    void lastYearsOrHopedForSponsorsDoNotAttendThisEdition() {
        Set<String> facts = en("Last year's sponsors included Brightwater Labs. Potential sponsors were Quarrystone Data and Kelpwise Analytics.");
        Set<String> zhFacts = zh("去年的赞助商有星澜科技。潜在赞助商有云栖数据。");

        assertFalse(attends(facts, "Brightwater Labs"), facts.toString());
        assertFalse(attends(facts, "Quarrystone Data"), facts.toString());
        assertFalse(attends(facts, "Kelpwise Analytics"), facts.toString());
        assertFalse(attends(zhFacts, "星澜科技"), zhFacts.toString());
        assertFalse(attends(zhFacts, "云栖数据"), zhFacts.toString());
    }

    @Test
    void aStandOfItsOwnIsAttendanceEvenPastAnAside() {
        Set<String> facts = en("Harborlight Systems, which donated the project to the foundation, had the largest stand in the expo hall.");

        assertTrue(facts.contains("Harborlight Systems attends Fernleaf Summit 2025"), facts.toString());
    }

    @Test
    void takingAStandOnSomethingIsNoStand() {
        Set<String> facts = en("Harborlight Systems has taken a stand against the licence change.");

        assertFalse(attends(facts, "Harborlight Systems"), facts.toString());
    }

    @Test
    void anOrganisationsOwnTalkIsAttendance() {
        Set<String> session = en("I also went to the session by Brightwater Labs on edge inference.");
        Set<String> keynote = en("The best-attended keynote was from Quarrystone Data, a regional grocer.");
        Set<String> zhFacts = zh("云栖数据的团队也做了一场关于边缘计算的分享。");

        assertTrue(session.contains("Brightwater Labs attends Fernleaf Summit 2025"), session.toString());
        assertTrue(keynote.contains("Quarrystone Data attends Fernleaf Summit 2025"), keynote.toString());
        assertTrue(attends(zhFacts, "云栖数据"), zhFacts.toString());
    }

    @Test
    void aTalkByAPersonOfTheOrganisationNamesTheSpeakerNotTheOrganisation() {
        Set<String> facts = en("I went to the session by Kelpwise Analytics engineer Maren Holt on edge inference.");

        assertFalse(attends(facts, "Kelpwise Analytics"), facts.toString());
    }
}
