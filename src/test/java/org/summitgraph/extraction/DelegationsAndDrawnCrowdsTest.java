package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations at the article's event through the people they send, the crowd the event draws from them, their team
 * said to be there, a sponsor heading, a stand they set up and their engineers speaking. Made-up companies and events.
 */
class DelegationsAndDrawnCrowdsTest {

    private static Set<String> en(String text) {
        return EventCuesTest.en(text);
    }

    private static Set<String> zh(String text) {
        return EventCuesTest.zh(text);
    }

    private static boolean attends(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " attends"));
    }

    @Test
    void chineseCompaniesSendingManyPeopleAttend() {
        Set<String> sent = zh("在成都，远帆物流和钱塘数科都派了不少人。");
        Set<String> engineers = zh("云栖数据这次也派出了一批工程师。");

        assertTrue(attends(sent, "远帆物流"), sent.toString());
        assertTrue(attends(sent, "钱塘数科"), sent.toString());
        assertTrue(attends(engineers, "云栖数据"), engineers.toString());
    }

    @Test
    void chineseHiresAndDeparturesAreNoDelegation() {
        Set<String> hired = zh("星澜科技的调度团队今年新来了三个人。");
        Set<String> left = zh("远帆物流去年走了三个人。");

        assertFalse(attends(hired, "星澜科技"), hired.toString());
        assertFalse(attends(left, "远帆物流"), left.toString());
    }

    @Test
    void chineseStandsSetUpOrHadAndPeopleInTheRoom() {
        Set<String> setUp = zh("钱塘数科本次也在展示区设置了展台，展出了自研的服务器。");
        Set<String> had = zh("云栖数据这次在展区也有展台。");
        Set<String> friends = zh("远帆物流的几位朋友也在同一个分论坛。");

        assertTrue(attends(setUp, "钱塘数科"), setUp.toString());
        assertTrue(attends(had, "云栖数据"), had.toString());
        assertTrue(attends(friends, "远帆物流"), friends.toString());
    }

    @Test
    void chineseNoStandOrAStandOwnerDescribedIsNoPresence() {
        Set<String> none = zh("云栖数据这次没有展台。");
        Set<String> online = zh("远帆物流的几位朋友在直播里看了开幕式。");

        assertFalse(attends(none, "云栖数据"), none.toString());
        assertFalse(attends(online, "远帆物流"), online.toString());
    }

    @Test
    void englishEventDrawingPeopleFromCompanies() {
        Set<String> drew = en("Kelpwise organises it every spring, and this year it drew developers from Lanternfish Robotics, Brightwater Labs "
                + "and a long list of universities.");
        Set<String> attracted = en("The conference attracted attendees from Harborlight Systems and Quillon Data.");

        assertTrue(attends(drew, "Lanternfish Robotics"), drew.toString());
        assertTrue(attends(drew, "Brightwater Labs"), drew.toString());
        assertTrue(attends(attracted, "Harborlight Systems"), attracted.toString());
        assertTrue(attends(attracted, "Quillon Data"), attracted.toString());
    }

    @Test
    void englishProjectDrawingContributorsOrCriticismIsNoAttendance() {
        Set<String> project = en("The scheduler project drew contributors from Lanternfish Robotics and Brightwater Labs.");
        Set<String> criticism = en("The licence change drew criticism from Harborlight Systems.");

        assertFalse(attends(project, "Lanternfish Robotics"), project.toString());
        assertFalse(attends(criticism, "Harborlight Systems"), criticism.toString());
    }

    @Test
    void englishTeamsSaidToBeThereOrToHaveTravelled() {
        Set<String> here = en("Quick walk through the expo: Brightwater Labs' platform team is here too, recruiting quite openly.");
        Set<String> came = en("Our sponsors this year included, for the first time, Harborlight Systems, whose team came over from Lisbon.");
        Set<String> help = en("Quillon Data's support team is here to help with any upgrade question.");

        assertTrue(attends(here, "Brightwater Labs"), here.toString());
        assertTrue(attends(came, "Harborlight Systems"), came.toString());
        assertFalse(attends(help, "Quillon Data"), help.toString());
    }

    @Test
    void englishSponsorsListedAfterAHeading() {
        Set<String> sponsors = en("Our sponsors made the day possible: Lanternfish Robotics (Gold), Brightwater Labs (Silver) and Quillon Data.");
        Set<String> past = en("Last year's sponsors: Harborlight Systems and Kelpwise Analytics.");

        assertTrue(attends(sponsors, "Lanternfish Robotics"), sponsors.toString());
        assertTrue(attends(sponsors, "Brightwater Labs"), sponsors.toString());
        assertFalse(attends(past, "Harborlight Systems"), past.toString());
    }

    @Test
    void englishEngineersOfCoordinatedCompaniesSpoke() {
        Set<String> spoke = en("Both Lanternfish Robotics and Brightwater Labs engineers spoke on the second day.");
        Set<String> wrote = en("Both Harborlight Systems and Quillon Data engineers wrote the patch last year.");

        assertTrue(attends(spoke, "Lanternfish Robotics"), spoke.toString());
        assertTrue(attends(spoke, "Brightwater Labs"), spoke.toString());
        assertFalse(attends(wrote, "Harborlight Systems"), wrote.toString());
    }

    @Test
    void englishPeopleFromAnOrganisationTheWriterSatWith() {
        Set<String> sat = en("At lunch I sat next to a group from the Kelpwise Analytics platform team who were arguing about editors.");
        Set<String> hired = en("Last year we hired a group from Brightwater Labs.");

        assertTrue(attends(sat, "Kelpwise Analytics"), sat.toString());
        assertFalse(attends(hired, "Brightwater Labs"), hired.toString());
    }

    @Test
    void chinesePeopleHelpingOrShowingOnTheSpotAttend() {
        Set<String> review = zh("社区的维护者林思远当场帮大家review,非常耐心。");
        Set<String> demo = zh("星澜科技的架构师刘倩在现场演示了新的调度器。");

        assertTrue(attends(review, "林思远"), review.toString());
        assertTrue(attends(demo, "刘倩"), demo.toString());
    }

    @Test
    void chineseARefusalOnTheSpotIsNoAttendance() {
        Set<String> refused = zh("据说林思远当场拒绝了收购的提议。");

        assertFalse(attends(refused, "林思远"), refused.toString());
    }

    @Test
    void englishAnInterviewGivenIsNoTalk() {
        Set<String> interview = en("Ingrid Solvang spoke to Bram Oosterhuis for The Harbour Review.");
        Set<String> talk = en("Ingrid Solvang spoke about storage at scale.");

        assertFalse(interview.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), interview.toString());
        assertTrue(talk.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), talk.toString());
    }
}
