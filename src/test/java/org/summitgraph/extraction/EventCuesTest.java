package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Talks and attendance tied to the article's event by cue families, in made-up sentences about a made-up event whose
 * name only the title gives; and sentences that must state nothing.
 */
class EventCuesTest {

    static final String EN_TITLE = "Our week at Tidepool Open 2025";
    static final String ZH_TITLE = "参会报告｜青岚开源年会2025见闻";

    /** The facts of an English text about the made-up event, whose name only the title gives. */
    static Set<String> en(String text) {
        return Samples.facts(MainEventTest.extract(EN_TITLE, "Tidepool Open 2025 (May 12-14, Porto) was busy. " + text, "en",
                LocalDate.of(2025, 5, 20)));
    }

    /** The facts of a Chinese text about the made-up event. */
    static Set<String> zh(String text) {
        return Samples.facts(MainEventTest.extract(ZH_TITLE, "青岚开源年会2025于5月在成都举行。" + text, "zh", LocalDate.of(2025, 5, 20)), "zh");
    }

    @Test
    void talksInAnyTenseAndOfAnyKindAreTalksAtTheArticlesEvent() {
        Set<String> caseStudy = en("After lunch, Ingrid Solvang is giving the storage-at-scale case study. Ingrid Solvang works at Kelpwise.");
        Set<String> chat = en("On Friday Bram Oosterhuis hosts a fireside chat with the maintainers. Bram Oosterhuis works at Kelpwise.");
        Set<String> track = en("Priya Venkatesh is also speaking in the security track. Priya Venkatesh works at Kelpwise.");

        assertTrue(caseStudy.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), caseStudy.toString());
        assertTrue(chat.contains("Bram Oosterhuis speaksAt Tidepool Open 2025"), chat.toString());
        Set<String> project = en("After lunch Marta Kowal presents our own project, Harborlight, in the Go devroom. Marta Kowal works at Kelpwise.");
        assertTrue(project.contains("Marta Kowal speaksAt Tidepool Open 2025"), project.toString());
        assertTrue(track.contains("Priya Venkatesh speaksAt Tidepool Open 2025"), track.toString());
    }

    @Test
    void peopleAtABoothAndCompaniesSendingPeopleAttend() {
        assertTrue(en("Tomasz Wicher spent most of Tuesday at our booth.").contains("Tomasz Wicher attends Tidepool Open 2025"));
        assertTrue(en("Lanternfish Robotics has sent five of us to Porto this year.")
                .contains("Lanternfish Robotics attends Tidepool Open 2025"));
        assertTrue(en("Kelpwise Analytics is sending me and two teammates.").contains("Kelpwise Analytics attends Tidepool Open 2025"));
    }

    @Test
    void englishSentencesWithoutTheCuesStateNoTalkOrAttendance() {
        Set<String> facts = en("Ingrid Solvang wrote a case study about storage last year. Tomasz Wicher sent the invoice to Porto.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("speaksAt") || f.contains("attends")), facts.toString());
    }

    @Test
    void chineseStallsPeopleSentAndPeopleOnSiteAttend() {
        Set<String> facts = zh("展区里星澜科技、云栖数据都有摊位。我们蓉城开源协会一共去了七个人。我们的编辑Hannah Kim也会在现场。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("星澜科技 attends")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Hannah Kim attends")), facts.toString());
    }

    @Test
    void chineseTalksToldByTheirVerbAreTalksAtTheArticlesEvent() {
        Set<String> facts = zh("来自星澜科技的工程师林思远讲了向量数据库的落地实践。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("林思远 speaksAt")), facts.toString());
    }

    @Test
    void chineseSentencesWithoutTheCuesStateNoAttendance() {
        Set<String> facts = zh("星澜科技的办公室里有一个摊位大小的茶水间。林思远在现场勘察后写了报告。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("星澜科技 attends")), facts.toString());
    }

    @Test
    void aTalkOwnedByItsSpeakerAndTheSpeakersAHeadingListsSpeak() {
        Set<String> owned = en("Ingrid Solvang works at Kelpwise. Ingrid Solvang's talk on keyless signing drew a full room.");
        Set<String> heading = en("Panelists: Bram Oosterhuis, Priya Venkatesh. Bram Oosterhuis and Priya Venkatesh work at Kelpwise.");

        assertTrue(owned.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), owned.toString());
        assertTrue(heading.contains("Bram Oosterhuis speaksAt Tidepool Open 2025"), heading.toString());
        assertTrue(heading.contains("Priya Venkatesh speaksAt Tidepool Open 2025"), heading.toString());
    }

    @Test
    void aLiveBlogsSpeakerWalkingOnModeratingOrAnnouncedAsGuestSpeaks() {
        Set<String> walks = en("Lights down. Ingrid Solvang walks out to a slide with one word on it. Ingrid Solvang works at Kelpwise.");
        Set<String> stage = en("Bram Oosterhuis walked onto the stage at nine. Bram Oosterhuis works at Kelpwise.");
        Set<String> moderating = en("Panel time. Priya Venkatesh is moderating. Priya Venkatesh works at Kelpwise.");
        Set<String> guest = en("First guest: Tomasz Wicher, CTO of Kelpwise. Tomasz Wicher works at Kelpwise.");

        assertTrue(walks.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), walks.toString());
        assertTrue(stage.contains("Bram Oosterhuis speaksAt Tidepool Open 2025"), stage.toString());
        assertTrue(moderating.contains("Priya Venkatesh speaksAt Tidepool Open 2025"), moderating.toString());
        assertTrue(guest.contains("Tomasz Wicher speaksAt Tidepool Open 2025"), guest.toString());
    }

    @Test
    void moderatingAListOrWalkingOutOfARoomIsNoTalk() {
        Set<String> list = en("Priya Venkatesh is moderating the project mailing list this month. Priya Venkatesh works at Kelpwise.");
        Set<String> out = en("Bram Oosterhuis walked out of the room before lunch. Bram Oosterhuis works at Kelpwise.");

        assertFalse(list.stream().anyMatch(f -> f.contains("speaksAt")), list.toString());
        assertFalse(out.stream().anyMatch(f -> f.contains("speaksAt")), out.toString());
    }

    @Test
    void aPodcastsHostAndAMeetingsChairAreNoSpeakers() {
        Set<String> host = en("Host: Bram Oosterhuis. Bram Oosterhuis works at Kelpwise.");
        Set<String> chair = zh("主持人：林思远（组委会主席，星澜科技）。林思远是星澜科技的工程师。");

        assertFalse(host.stream().anyMatch(f -> f.contains("speaksAt")), host.toString());
        assertFalse(chair.stream().anyMatch(f -> f.contains("speaksAt")), chair.toString());
    }

    @Test
    void aCompanySettingUpAStandAttends() {
        Set<String> facts = zh("星澜科技首次设立展台，带来了新的向量数据库。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("星澜科技 attends")), facts.toString());
    }

    @Test
    void aCompanysTableOrGiveawayInALiveReportIsTheCompanyThere() {
        Set<String> table = en("Kelpwise Labs has a small table with stickers by the entrance. Kelpwise Labs is a startup.");
        Set<String> tarts = en("Lanternfish Robotics is giving out egg tarts at the coffee corner. Lanternfish Robotics is a startup.");

        assertTrue(table.contains("Kelpwise Labs attends Tidepool Open 2025"), table.toString());
        assertTrue(tarts.contains("Lanternfish Robotics attends Tidepool Open 2025"), tarts.toString());
    }

    @Test
    void aPrizeHandedOutOrAGiftIsNoStand() {
        Set<String> award = en("Kelpwise Labs handed out the Builder Award on Monday. Kelpwise Labs is a startup.");
        Set<String> gift = en("Lanternfish Robotics has a gift for making a roadmap sound like a stand-up set. Lanternfish Robotics is a startup.");

        assertFalse(award.contains("Kelpwise Labs attends Tidepool Open 2025"), award.toString());
        assertFalse(gift.contains("Lanternfish Robotics attends Tidepool Open 2025"), gift.toString());
    }

    @Test
    void peopleBackFromTheEventWereThere() {
        Set<String> back = en("Ingrid Solvang and Bram Oosterhuis are back from Tidepool Open 2025 with a full notebook.");
        Set<String> holiday = en("Ingrid Solvang is back from a long holiday.");

        assertTrue(back.contains("Ingrid Solvang attends Tidepool Open 2025"), back.toString());
        assertTrue(back.contains("Bram Oosterhuis attends Tidepool Open 2025"), back.toString());
        assertFalse(holiday.contains("Ingrid Solvang attends Tidepool Open 2025"), holiday.toString());
    }

    @Test
    void theSpeakerNamedAfterTheTalkSpeaks() {
        Set<String> speaker = zh("存储分论坛我也去听了，讲的人是星澜科技的周明远。");
        Set<String> host = zh("主讲人是云栖数据CTO刘思齐，讲的是边缘部署。");

        assertTrue(speaker.contains("周明远 speaksAt 青岚开源年会 2025"), speaker.toString());
        assertTrue(host.contains("刘思齐 speaksAt 青岚开源年会 2025"), host.toString());
    }

    @Test
    void thePeopleOfAnOrganisationSeenThereAndAPanelJoinedAreAttendanceAndATalk() {
        Set<String> seen = zh("我还看到了星澜科技和云栖数据的人。");
        Set<String> thing = zh("我看到了星澜科技的新方案。");
        Set<String> panel = zh("星澜科技CTO周明远参与了关于大规模部署的圆桌讨论。");

        assertTrue(seen.contains("星澜科技 attends 青岚开源年会 2025"), seen.toString());
        assertTrue(seen.contains("云栖数据 attends 青岚开源年会 2025"), seen.toString());
        assertFalse(thing.contains("星澜科技 attends 青岚开源年会 2025"), thing.toString());
        assertTrue(panel.contains("周明远 speaksAt 青岚开源年会 2025"), panel.toString());
    }

    private static boolean states(Set<String> facts, String subject, String predicate) {
        return facts.stream().anyMatch(f -> f.startsWith(subject + " " + predicate + " "));
    }

    @Test
    void sponsorsOfTheEventListedBoothsAndBoothNeighboursAttend() {
        Set<String> sponsor = en("Kelpwise Analytics was a bronze sponsor at Tidepool Open 2025 this week.");
        Set<String> booths = en("Booths I walked past: Intel (six boards), Wind River, and Linaro.");
        Set<String> neighbours = en("Our booth was right next to Huawei.");
        Set<String> neighboursZh = zh("今年我们的展位在S12,紧挨着华为和中国移动。");
        Set<String> tracks = zh("OpenStack基金会和CNCF都设了自己的分论坛。");

        assertTrue(states(sponsor, "Kelpwise Analytics", "attends"), sponsor.toString());
        for (String company : new String[] {"Intel", "Wind River", "Linaro"}) {
            assertTrue(states(booths, company, "attends"), booths.toString());
        }
        assertTrue(states(neighbours, "Huawei", "attends"), neighbours.toString());
        assertTrue(states(neighboursZh, "华为", "attends") && states(neighboursZh, "中国移动", "attends"), neighboursZh.toString());
        assertTrue(states(tracks, "OpenStack基金会", "attends") && states(tracks, "云原生计算基金会", "attends"), tracks.toString());
    }

    @Test
    void aSponsorOfAProjectAttendsNothing() {
        Set<String> facts = en("Kelpwise Analytics is a sponsor of the Harborlight project.");

        assertFalse(states(facts, "Kelpwise Analytics", "attends"), facts.toString());
    }

    @Test
    void whoOpensTheDayAndSpeakersNamedAfterTheirSessionSpeak() {
        Set<String> opens = en("Marta Kowal opened the day with a short welcome.");
        Set<String> coPresenter = en("Her co-presenter was Tomasz Wicher from Fujitsu.");
        Set<String> keynote = en("At the opening keynote, Jim Zemlin announced a new foundation.");
        Set<String> next = zh("紧接着上台的是PyTorch联合创始人Soumith Chintala。");
        Set<String> keynoteZh = zh("13日上午的主题演讲上,Linux基金会执行董事Jim Zemlin正式宣布成立新基金会。");
        Set<String> chat = zh("他在第一天下午和VMware首席开源官Dirk Hohndel进行了一场炉边对话。");

        assertTrue(states(opens, "Marta Kowal", "speaksAt"), opens.toString());
        assertTrue(states(coPresenter, "Tomasz Wicher", "speaksAt"), coPresenter.toString());
        assertTrue(states(keynote, "Jim Zemlin", "speaksAt"), keynote.toString());
        assertTrue(states(next, "Soumith Chintala", "speaksAt"), next.toString());
        assertTrue(states(keynoteZh, "Jim Zemlin", "speaksAt"), keynoteZh.toString());
        assertTrue(states(chat, "Dirk Hohndel", "speaksAt"), chat.toString());
    }

    @Test
    void aQuestionFromTheFloorPutsTheAskersCompanyThere() {
        Set<String> asks = en("During the Q&A someone from Nordic Semiconductor asks about Bluetooth Low Energy.");
        Set<String> asked = en("An engineer from Ericsson asked how the scheduler copes with failover.");
        Set<String> asksZh = zh("问答环节有个来自爱立信的工程师问了很细的网络问题。");

        assertTrue(states(asks, "Nordic Semiconductor", "attends"), asks.toString());
        assertTrue(states(asked, "Ericsson", "attends"), asked.toString());
        assertTrue(states(asksZh, "爱立信", "attends"), asksZh.toString());
    }

    @Test
    void peopleFromACompanyWhoDidSomethingElseAreNotThere() {
        Set<String> wrote = en("People from Intel wrote the first driver years ago.");
        Set<String> wroteZh = zh("来自英特尔的工程师早年写了第一个驱动。");

        assertFalse(states(wrote, "Intel", "attends"), wrote.toString());
        assertFalse(states(wroteZh, "英特尔", "attends"), wroteZh.toString());
    }

    @Test
    void theNameBeforeAnAppositionIsTheSubjectOfTheVerbAfterIt() {
        Set<String> speaker = en("Ingrid Solvang, the Kelpwise engineer who co-leads the storage working group, is due to speak on Thursday.");
        Set<String> sponsor = en("Lanternfish Robotics, the Norwegian drone maker, was a sponsor.");

        assertTrue(speaker.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), speaker.toString());
        assertTrue(sponsor.contains("Lanternfish Robotics attends Tidepool Open 2025"), sponsor.toString());
    }

    @Test
    void peopleFromAnOrganisationDoingSomethingAtTheEventPutItThere() {
        Set<String> meetup = en("Engineers from Kelpwise Analytics held an informal meetup in the foyer.");
        Set<String> speaker = en("Later a speaker from Lanternfish Robotics said the company runs Harborlight.");
        Set<String> code = en("Engineers from Kelpwise Analytics contributed most of the patches last year.");
        Set<String> withdrew = en("Two speakers from Lanternfish Robotics withdrew after visa delays.");
        Set<String> zh = zh("现场有一位来自星澜科技的听众问到了多集群的问题。来自云栖数据的工程师与林思远联合分享了调度实践。");

        assertTrue(meetup.contains("Kelpwise Analytics attends Tidepool Open 2025"), meetup.toString());
        assertTrue(speaker.contains("Lanternfish Robotics attends Tidepool Open 2025"), speaker.toString());
        assertFalse(code.stream().anyMatch(f -> f.contains("attends")), code.toString());
        assertFalse(withdrew.stream().anyMatch(f -> f.contains("attends")), withdrew.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("星澜科技 attends")), zh.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), zh.toString());
    }

    @Test
    void anOrganisationGivingATalkAttendsButAPersonsEmployerIsNotToldSo() {
        Set<String> spoke = en("Kelpwise Analytics spoke on the end-user track, and the keynote on drones came from Lanternfish Robotics.");
        Set<String> employer = en("Ingrid Solvang of Harborline Systems gave a keynote without slides.");
        Set<String> zh = zh("星澜科技第一次登上了主论坛的讲台，云栖数据也有工程师在现场演讲。");

        assertTrue(spoke.contains("Kelpwise Analytics attends Tidepool Open 2025"), spoke.toString());
        assertTrue(spoke.contains("Lanternfish Robotics attends Tidepool Open 2025"), spoke.toString());
        assertFalse(employer.contains("Harborline Systems attends Tidepool Open 2025"), employer.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("星澜科技 attends")), zh.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("云栖数据 attends")), zh.toString());
    }

    @Test
    void whoLeadsATeamSentToTheEventAttendsWithoutSpeaking() {
        Set<String> en = en("Kelpwise Analytics sent a team led by Ingrid Solvang, its storage architect.");
        Set<String> zh = zh("星澜科技这次由首席架构师林思远带队，一共来了十个人。");

        assertTrue(en.contains("Ingrid Solvang attends Tidepool Open 2025"), en.toString());
        assertFalse(en.contains("Ingrid Solvang speaksAt Tidepool Open 2025"), en.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("林思远 attends")), zh.toString());
    }

    @Test
    void whoChairsAWorkingGroupMeetingAttendsWithoutATalk() {
        Set<String> facts = zh("星澜科技首席架构师林思远主持了相关的工作组会议。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("林思远 attends")), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("林思远 speaksAt")), facts.toString());
    }

    @Test
    void chineseTalksPastAnAsideInATrackAndSharedWithSomeoneAreTalks() {
        Set<String> aside = zh("星澜科技的首席架构师林思远(就是写过那本调度器专著的那位,原来在云栖数据,后来回国)做了一场关于多集群调度的演讲。");
        Set<String> track = zh("云栖数据的工程师赵宇梓在Maintainer Track介绍了v2.0版本的新特性。");
        Set<String> shared = zh("来自星澜科技的团队与云栖数据的工程师赵宇梓联合分享了调度实践。");
        Set<String> together = zh("云栖数据的工程师赵宇梓与星澜科技一起推出了新的调度器。");

        assertTrue(aside.stream().anyMatch(f -> f.startsWith("林思远 speaksAt")), aside.toString());
        assertTrue(track.stream().anyMatch(f -> f.startsWith("赵宇梓 speaksAt")), track.toString());
        assertTrue(shared.stream().anyMatch(f -> f.startsWith("赵宇梓 speaksAt")), shared.toString());
        assertFalse(together.stream().anyMatch(f -> f.startsWith("赵宇梓 speaksAt")), together.toString());
    }
}
