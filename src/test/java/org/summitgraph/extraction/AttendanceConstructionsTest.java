package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attendance told without naming the event (booths and stands, teams sent, companies showing their work, booth
 * visitors and leads, people interviewed on site, hosting a working session, time spent with a team or somewhere in
 * the venue, a prize collected on stage), in made-up sentences about a made-up event; and the traps: negation, plans
 * and hypotheticals, watching from afar, a name in an aside, a company that only names a person's employer, a speaker.
 */
class AttendanceConstructionsTest {

    static final String EN_TITLE = "Notes from Fernleaf Summit 2025";
    static final String ZH_TITLE = "参会报告｜青岚开源年会2025见闻";

    static Set<String> en(String text) {
        return Samples.facts(MainEventTest.extract(EN_TITLE, "Fernleaf Summit 2025 (June 3-5, Ghent) was busy. " + text, "en",
                LocalDate.of(2025, 6, 10)));
    }

    static Set<String> zh(String text) {
        return Samples.facts(MainEventTest.extract(ZH_TITLE, "青岚开源年会2025于5月在成都举行。" + text, "zh", LocalDate.of(2025, 5, 20)), "zh");
    }

    static boolean attends(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " attends "));
    }

    @Test
    void companiesWithStandsOrTeamsSentAttendTheArticlesEventThoughTheSentenceNamesNone() {
        Set<String> stands = en("Kelpwise Analytics, Lanternfish Robotics and Harborlight Systems all had large stands.");
        Set<String> teams = en("Brightwater Labs and Quarrystone Data sent small crews.");

        assertTrue(stands.contains("Kelpwise Analytics attends Fernleaf Summit 2025"), stands.toString());
        assertTrue(stands.contains("Lanternfish Robotics attends Fernleaf Summit 2025"), stands.toString());
        assertTrue(stands.contains("Harborlight Systems attends Fernleaf Summit 2025"), stands.toString());
        assertTrue(teams.contains("Brightwater Labs attends Fernleaf Summit 2025"), teams.toString());
        assertTrue(teams.contains("Quarrystone Data attends Fernleaf Summit 2025"), teams.toString());
    }

    @Test
    void whoeverStaffedABoothOrWasPresentAttendsAndSoDoSponsorsAndExhibitorsNamedAfterTheirList() {
        Set<String> staffed = en("Maren Holt staffed the Kelpwise Analytics booth all three days.");
        Set<String> present = en("Harborlight Systems was present with a small stand near the entrance.");
        Set<String> sponsors = en("The host thanked the diamond sponsors, among them Brightwater Labs and Quarrystone Data.");
        Set<String> exhibitor = en("One exhibitor worth noting: Lanternfish Robotics.");

        assertTrue(staffed.contains("Maren Holt attends Fernleaf Summit 2025"), staffed.toString());
        assertTrue(present.contains("Harborlight Systems attends Fernleaf Summit 2025"), present.toString());
        assertTrue(sponsors.contains("Brightwater Labs attends Fernleaf Summit 2025"), sponsors.toString());
        assertTrue(sponsors.contains("Quarrystone Data attends Fernleaf Summit 2025"), sponsors.toString());
        assertTrue(exhibitor.contains("Lanternfish Robotics attends Fernleaf Summit 2025"), exhibitor.toString());
    }

    @Test
    void whoeverWasThereAttendsButNotAQuestionAnotherYearOrSomeoneSupposed() {
        Set<String> person = en("Maren Holt was there all three days.");
        Set<String> company = en("Kelpwise Analytics was there recruiting for its storage team.");
        Set<String> group = en("Anna Berg and two of our engineers were there for all three days.");
        Set<String> traps = en("Harborlight Systems was there last year. Was there anything new from Quarrystone Data? "
                + "If Brightwater Labs had been there, the hall would have been full.");

        assertTrue(attends(person, "Maren Holt"), person.toString());
        assertTrue(attends(company, "Kelpwise Analytics"), company.toString());
        assertTrue(attends(group, "Anna Berg"), group.toString());
        assertFalse(traps.stream().anyMatch(f -> f.contains(" attends ")), traps.toString());
    }

    @Test
    void aSpeakerWhoWasThereSpeaksAndThatSaysAll() {
        Set<String> facts = en("Maren Holt gave the opening keynote on edge fleets. Maren Holt was there all three days.");
        Set<String> onStage = en("Tomas Berg was there, in his usual fireside conversation with the host.");

        assertTrue(facts.contains("Maren Holt speaksAt Fernleaf Summit 2025"), facts.toString());
        assertFalse(attends(facts, "Maren Holt"), facts.toString());
        assertFalse(attends(onStage, "Tomas Berg"), onStage.toString());
    }

    @Test
    void theOrganisationsGuestsAndLecturersComeFromAttend() {
        Set<String> guests = zh("下午的圆桌有四位嘉宾,分别来自星澜科技和云栖数据。");
        Set<String> lecturers = zh("该专题另有两位讲师来自墨石云。");
        Set<String> planned = zh("明年的嘉宾计划来自墨石云。");

        assertTrue(attends(guests, "星澜科技"), guests.toString());
        assertTrue(attends(guests, "云栖数据"), guests.toString());
        assertTrue(attends(lecturers, "墨石云"), lecturers.toString());
        assertFalse(attends(planned, "墨石云"), planned.toString());
    }

    @Test
    void companiesSigningInTheExpoHallOrAnnouncingOnADayOfTheEventAttend() {
        Set<String> signed = zh("星澜科技与云栖数据则在展区签署了技术合作备忘录。");
        Set<String> announced = zh("墨石云在大会首日宣布开源其调度器。");
        Set<String> planned = zh("星澜科技计划在展区签署合作协议。");

        assertTrue(attends(signed, "星澜科技"), signed.toString());
        assertTrue(attends(signed, "云栖数据"), signed.toString());
        assertTrue(attends(announced, "墨石云"), announced.toString());
        assertFalse(attends(planned, "星澜科技"), planned.toString());
    }

    @Test
    void companiesWithStandsInThePluralHostsOnAirFromTheHallAndTheWritersCompanionsAttend() {
        Set<String> stands = en("Kelpwise Analytics and Lanternfish Robotics had large booths. Harborlight Systems has stands on licensing.");
        Set<String> onAir = en("Maren Holt and Anna Berg are coming to you from a noisy corner of the expo hall.");
        Set<String> companion = zh("和我一起去的是组里的同事林晓东,第一次出差。");

        assertTrue(attends(stands, "Kelpwise Analytics"), stands.toString());
        assertTrue(attends(stands, "Lanternfish Robotics"), stands.toString());
        assertFalse(attends(stands, "Harborlight Systems"), stands.toString());
        assertTrue(attends(onAir, "Maren Holt"), onAir.toString());
        assertTrue(attends(companion, "林晓东"), companion.toString());
    }

    @Test
    void chineseDelegationsAndTeamsPresentInFullAttend() {
        Set<String> delegations = zh("星澜科技、云栖数据等本土公司均派团参会。");
        Set<String> inFull = zh("墨石云的数据库团队几乎全员到齐。");

        assertTrue(attends(delegations, "星澜科技"), delegations.toString());
        assertTrue(attends(delegations, "云栖数据"), delegations.toString());
        assertTrue(attends(inFull, "墨石云"), inFull.toString());
    }

    @Test
    void noTeamSentATeamSentElsewhereAndAPlannedStandAreNoAttendance() {
        Set<String> facts = en("Brightwater Labs did not send a team. Quarrystone Data sent a team to help a bank migrate its ledgers. "
                + "Harborlight Systems will have a stand next year. Kelpwise Analytics would have sent a crew if the budget allowed.");
        Set<String> zhFacts = zh("墨石云今年没有派团参会。星澜科技计划明年设立展台。如果能去，云栖数据也想派团参会。");

        assertFalse(facts.stream().anyMatch(f -> f.contains(" attends ")), facts.toString());
        assertFalse(zhFacts.stream().anyMatch(f -> f.contains(" attends ")), zhFacts.toString());
    }

    @Test
    void aPlanIsAttendanceInAPreviewButNotInAReportWrittenAfterTheEvent() {
        String ahead = "2017年OpenStack悉尼峰会将于11月6日开幕。星澜科技将在峰会上设立展台，云栖数据计划派团参会。";
        String after = "2017年OpenStack悉尼峰会于11月6日开幕。星澜科技本打算设立展台，云栖数据计划派团参会。";
        Set<String> preview = Samples.facts(Samples.EXTRACTOR.extract(Samples.article(ahead, "zh", LocalDate.of(2017, 10, 20))), "zh");
        Set<String> report = Samples.facts(Samples.EXTRACTOR.extract(Samples.article(after, "zh", LocalDate.of(2017, 12, 1))), "zh");

        assertTrue(attends(preview, "星澜科技"), preview.toString());
        assertTrue(attends(preview, "云栖数据"), preview.toString());
        assertFalse(attends(report, "星澜科技"), report.toString());
        assertFalse(attends(report, "云栖数据"), report.toString());
    }

    @Test
    void aCompanyShowingItsWorkAttendsButNotTheEmployerOfAPersonWhoShows() {
        Set<String> company = en("Harborlight Systems showed how it runs Kafka on bare metal.");
        Set<String> employer = en("Ingrid Solvang of Kelpwise Analytics showed how the team tests its firmware.");
        Set<String> zhCompany = zh("星澜科技则展示了新的边缘计算平台；云栖数据、墨石云也都带来了落地案例。");

        assertTrue(company.contains("Harborlight Systems attends Fernleaf Summit 2025"), company.toString());
        assertFalse(employer.contains("Kelpwise Analytics attends Fernleaf Summit 2025"), employer.toString());
        assertTrue(attends(zhCompany, "星澜科技"), zhCompany.toString());
        assertTrue(attends(zhCompany, "云栖数据"), zhCompany.toString());
        assertTrue(attends(zhCompany, "墨石云"), zhCompany.toString());
    }

    @Test
    void timeSpentWithATeamAtTheEventIsAttendanceOfItsCompany() {
        Set<String> facts = en("We spent a late evening with the Kelpwise Analytics and Lanternfish Robotics teams.");
        Set<String> years = en("Bram Oosterhuis spent ten years with Lanternfish Robotics before founding his own company.");

        assertTrue(facts.contains("Kelpwise Analytics attends Fernleaf Summit 2025"), facts.toString());
        assertTrue(facts.contains("Lanternfish Robotics attends Fernleaf Summit 2025"), facts.toString());
        assertFalse(attends(years, "Lanternfish Robotics"), years.toString());
    }

    @Test
    void boothVisitorsAndTheBoothsLeadAttend() {
        Set<String> visitors = zh("星澜科技的展台吸引了来自云栖数据、墨石云等企业的参观者。");
        // the article's event named in the next clause, where the cue does not look for it
        Set<String> lead = zh("展位负责人、运营经理林思远说，本届青岚开源年会2025的人比去年多。");
        Set<String> enVisitors = en("Our booth drew visitors from Kelpwise Analytics and Lanternfish Robotics.");
        Set<String> enLead = en("Booth lead Marta Kowal said the demo never crashed.");

        assertTrue(attends(visitors, "云栖数据"), visitors.toString());
        assertTrue(attends(visitors, "墨石云"), visitors.toString());
        assertTrue(attends(lead, "林思远"), lead.toString());
        assertTrue(enVisitors.contains("Kelpwise Analytics attends Fernleaf Summit 2025"), enVisitors.toString());
        assertTrue(enVisitors.contains("Lanternfish Robotics attends Fernleaf Summit 2025"), enVisitors.toString());
        assertTrue(enLead.contains("Marta Kowal attends Fernleaf Summit 2025"), enLead.toString());
    }

    @Test
    void aSponsorOfTheEventNamedInTheCuesClauseMakesNoSponsorOfItsHost() {
        Set<String> facts = en("Halyard Systems will be a Platinum sponsor of Fernleaf Summit 2025, which the Linux Foundation hosts in Ghent.");

        assertFalse(attends(facts, "Linux Foundation"), facts.toString());
    }

    @Test
    void aPersonInterviewedOnSiteAttends() {
        Set<String> zhFacts = zh("记者在会场采访了星澜科技CTO赵宇梓。");
        Set<String> enFacts = en("We interviewed Tomasz Wicher on the sidelines of the conference.");
        Set<String> podcast = en("Last month we interviewed Tomasz Wicher for our podcast.");

        assertTrue(attends(zhFacts, "赵宇梓"), zhFacts.toString());
        assertTrue(enFacts.contains("Tomasz Wicher attends Fernleaf Summit 2025"), enFacts.toString());
        assertFalse(attends(podcast, "Tomasz Wicher"), podcast.toString());
    }

    @Test
    void whoeverHostsAWorkingSessionAttends() {
        Set<String> zhFacts = zh("星澜科技的赵宇梓主持了两天的规划讨论。");
        Set<String> enFacts = en("Priya Venkatesh ran a planning session on the storage roadmap.");

        assertTrue(attends(zhFacts, "赵宇梓"), zhFacts.toString());
        assertTrue(enFacts.contains("Priya Venkatesh attends Fernleaf Summit 2025"), enFacts.toString());
    }

    @Test
    void aPersonWhoSpendsTheEventSomewhereInItAttends() {
        Set<String> zhFacts = zh("云栖数据的工程师林思远整场泡在分论坛里。");
        Set<String> enFacts = en("Bram Oosterhuis spent two days on the expo floor.");

        assertTrue(attends(zhFacts, "林思远"), zhFacts.toString());
        assertTrue(enFacts.contains("Bram Oosterhuis attends Fernleaf Summit 2025"), enFacts.toString());
    }

    @Test
    void aPrizeCollectedOnStageIsAttendance() {
        Set<String> facts = en("Lanternfish Robotics accepted the award on stage during the closing keynote.");

        assertTrue(facts.contains("Lanternfish Robotics attends Fernleaf Summit 2025"), facts.toString());
    }

    @Test
    void watchingFromAfarIsNoAttendance() {
        Set<String> facts = en("Bram Oosterhuis watched the livestream from home.");
        Set<String> zhFacts = zh("林思远在家看了直播。");

        assertFalse(attends(facts, "Bram Oosterhuis"), facts.toString());
        assertFalse(attends(zhFacts, "林思远"), zhFacts.toString());
    }

    @Test
    void aNameInAnAsideAndAnEmployerBeforeAPersonDoNotAttend() {
        Set<String> facts = zh("星澜科技CTO赵宇梓(此前在云栖数据工作五年)也到场了。");

        assertTrue(attends(facts, "赵宇梓"), facts.toString());
        assertFalse(attends(facts, "云栖数据"), facts.toString());
        assertFalse(attends(facts, "星澜科技"), facts.toString());
    }

    @Test
    void aSpeakerGoingOnStageSpeaksAndIsNotAlsoAnAttendee() {
        Set<String> facts = zh("星澜科技CTO赵宇梓登台分享了向量数据库的落地实践。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("赵宇梓 speaksAt")), facts.toString());
        assertFalse(attends(facts, "赵宇梓"), facts.toString());
    }
}
