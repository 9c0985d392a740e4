package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Talks and attendance as live blogs, news briefs and recaps tell them, in made-up sentences about a made-up event: the
 * next speaker taking over, a demo run from the stage, a heading over the companies on stage, a company's booth, slot or
 * stand, people sent; in Chinese the opening speaker, companies on the keynote stage or announcing there, a question from
 * the floor, the city gone to for the event; and the article's summit read from the city its title names.
 */
class LiveReportConstructionsTest {

    private static final String EN_TITLE = EventCuesTest.EN_TITLE;
    private static final String ZH_TITLE = EventCuesTest.ZH_TITLE;

    private static Set<String> en(String text) {
        return EventCuesTest.en(text);
    }

    private static Set<String> zh(String text) {
        return EventCuesTest.zh(text);
    }

    private static boolean any(Set<String> facts, String predicate) {
        return facts.stream().anyMatch(f -> f.contains(" " + predicate + " "));
    }

    @Test
    void theNextSpeakerTakingOverAndADemoRunFromTheStageAreTalks() {
        Set<String> takesOver = en("Ingrid Solvang, the foundation's COO, takes over and walks through the new release.");
        Set<String> demo = en("Bram Oosterhuis, the lead of Harborlight, the provisioning project, and an engineer at Kelpwise, "
                + "boots a rack of servers from the stage.");

        assertTrue(takesOver.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), takesOver.toString());
        Set<String> follows = en("Marta Kowal, the foundation's COO, follows with the project update.");
        assertTrue(follows.contains("Marta Kowal speaksAt Tidepool Open 2025"), follows.toString());
        assertTrue(demo.contains("Bram Oosterhuis speaksAt Tidepool Open 2025"), demo.toString());
    }

    @Test
    void takingOverAJobOrACompanyIsNoTalk() {
        Set<String> hostedClouds = en("Founded in 2013 by Ingrid Solvang and Bram Oosterhuis, Kelpwise Analytics provides private and "
                + "hosted clouds for hospitals.");
        assertFalse(any(hostedClouds, "speaksAt"), hostedClouds.toString());
        Set<String> job = en("Ingrid Solvang took over as chief executive of Kelpwise Analytics in March.");
        Set<String> company = en("Bram Oosterhuis took over Lanternfish Robotics last year.");

        assertFalse(any(job, "speaksAt"), job.toString());
        assertFalse(any(company, "speaksAt"), company.toString());
    }

    @Test
    void companiesOnStageAtABoothOrUsingASlotOrSendingEngineersAttend() {
        Set<String> heading = en("Quick scorecard of the morning:\n- Users on stage: Kelpwise Analytics, Lanternfish Robotics.\n");
        Set<String> stand = en("Harborlight Systems had one of the largest stands in the hall.");
        Set<String> slot = en("Quarrystone Data used its keynote slot to talk about its contributions.");
        Set<String> sent = en("Brightwater Labs sent engineers but did not take a keynote this time.");
        Set<String> booth = en("The news was shared with customers at Kelpwise Analytics's booth.");

        assertTrue(heading.contains("Kelpwise Analytics attends Tidepool Open 2025"), heading.toString());
        assertTrue(heading.contains("Lanternfish Robotics attends Tidepool Open 2025"), heading.toString());
        assertTrue(stand.contains("Harborlight Systems attends Tidepool Open 2025"), stand.toString());
        assertTrue(slot.contains("Quarrystone Data attends Tidepool Open 2025"), slot.toString());
        assertTrue(sent.contains("Brightwater Labs attends Tidepool Open 2025"), sent.toString());
        assertTrue(booth.contains("Kelpwise Analytics attends Tidepool Open 2025"), booth.toString());
    }

    @Test
    void aCompanyUsingItsCloudOrSendingEngineersToACustomerDoesNotAttend() {
        Set<String> facts = en("Quarrystone Data used the platform to run its ledgers. Brightwater Labs sent engineers to help a bank migrate.");

        assertFalse(any(facts, "attends"), facts.toString());
    }

    @Test
    void chineseOpeningSpeakersCompaniesOnTheKeynoteStageAndAnnouncingThereAttend() {
        Set<String> opening = zh("开场是基金会执行董事林思远，他讲了社区一年的变化。");
        Set<String> keynote = zh("星澜科技和云栖数据都上了主题演讲。");
        Set<String> onStage = zh("墨石云、蓝鲸证券的技术负责人也先后登台。");
        Set<String> announced = zh("本届大会最受关注的消息来自星澜科技。星澜科技在会上宣布，将其微服务框架捐赠给基金会。");
        Set<String> there = zh("同样在现场的还有云栖数据和墨石云。");

        assertTrue(opening.contains("林思远 speaksAt 青岚开源年会 2025"), opening.toString());
        assertTrue(keynote.contains("星澜科技 attends 青岚开源年会 2025"), keynote.toString());
        assertTrue(keynote.contains("云栖数据 attends 青岚开源年会 2025"), keynote.toString());
        assertTrue(onStage.contains("墨石云 attends 青岚开源年会 2025"), onStage.toString());
        assertTrue(onStage.contains("蓝鲸证券 attends 青岚开源年会 2025"), onStage.toString());
        assertTrue(announced.contains("星澜科技 attends 青岚开源年会 2025"), announced.toString());
        assertTrue(there.contains("云栖数据 attends 青岚开源年会 2025"), there.toString());
        assertTrue(there.contains("墨石云 attends 青岚开源年会 2025"), there.toString());
    }

    @Test
    void aQuestionFromTheFloorIsAttendanceAndAnAnnouncementElsewhereIsNone() {
        Set<String> question = zh("来自墨石云的工程师赵宇梓在提问环节介绍了他们的做法。");
        Set<String> elsewhere = zh("星澜科技去年在官网上宣布了新版本。");

        assertTrue(question.contains("赵宇梓 attends 青岚开源年会 2025"), question.toString());
        assertFalse(elsewhere.contains("星澜科技 attends 青岚开源年会 2025"), elsewhere.toString());
    }

    @Test
    void theCityGoneToForTheEventIsWhereItIsHeld() {
        Set<String> zhFacts = Samples.facts(MainEventTest.extract(ZH_TITLE, "上周末我们去杭州参加了第二届青岚开源年会（青岚开源年会2025），收获很多。", "zh",
                LocalDate.of(2025, 5, 20)), "zh");
        Set<String> enFacts = Samples.facts(MainEventTest.extract(EN_TITLE, "Last week we went to Porto for Tidepool Open 2025 and "
                + "learned a lot.", "en", LocalDate.of(2025, 5, 20)));

        assertTrue(zhFacts.contains("青岚开源年会 2025 heldIn 杭州"), zhFacts.toString());
        assertTrue(enFacts.contains("Tidepool Open 2025 heldIn Porto"), enFacts.toString());
    }

    @Test
    void aTitleThatNamesOnlyACityNamesTheEditionHeldThere() {
        Extraction e = MainEventTest.extract("OpenStack Foundation makes its summit debut in San Diego",
                "SAN DIEGO - The OpenStack Summit opened here Monday. The foundation confirmed that the next summit will take place "
                        + "in Portland. Bryce said the Portland summit would again combine a user conference with the design sessions. "
                        + "The Portland summit will run in April.", "en", LocalDate.of(2012, 10, 16));

        assertEquals("OpenStack Summit San Diego 2012", e.optionalAbout().map(a -> a.label("en")).orElse(""));
    }

    @Test
    void theEventACueNamesOrASentenceOpensOnIsWhereItHappened() {
        Set<String> stay = Samples.facts(MainEventTest.extract("Episode 7: live from Vancouver", "This week Ingrid Solvang and Bram "
                + "Oosterhuis packed two recorders and spent four days at the OpenStack Summit in Vancouver.", "en", LocalDate.of(2018, 5, 25)));
        Set<String> chat = zh("今年没有Greg Kroah-Hartman。在青岚开源年会2024上，他与Linux基金会执行董事Jim Zemlin的炉边对话是全场最大的看点。");

        assertTrue(stay.contains("Ingrid Solvang attends OpenStack Summit Vancouver 2018"), stay.toString());
        assertTrue(stay.contains("Bram Oosterhuis attends OpenStack Summit Vancouver 2018"), stay.toString());
        assertTrue(chat.contains("Jim Zemlin speaksAt 青岚开源年会 2024"), chat.toString());
        assertTrue(chat.contains("Greg Kroah-Hartman speaksAt 青岚开源年会 2024"), chat.toString());
        assertFalse(chat.contains("Jim Zemlin speaksAt 青岚开源年会 2025"), chat.toString());
    }

    @Test
    void aStudioInATownIsLocatedThere() {
        Set<String> facts = en("Next up: Marta Kowal, VP of engineering at Kelpwise Studios, an animation studio in Glendale.");

        assertTrue(facts.contains("Kelpwise Studios locatedIn Glendale"), facts.toString());
    }
}
