package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations at the article's event through their unnamed people, their sponsorship, their own talks, the people
 * they brought and their stands; and the edition an article was written just after. Made-up companies and events.
 */
class UnnamedStaffAndSponsorsTest {

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
    void chinesePeopleOfAnOrganisationNamedAsThereOrDoingWhatOnlySomeoneThereDoes() {
        Set<String> notes = zh("后排有星澜科技的人一直在记笔记。");
        Set<String> lads = zh("同一排坐着的还有云栖数据的两个小伙子。");
        Set<String> speaker = zh("下午那场的主讲是远帆物流的一位架构师。");
        Set<String> floor = zh("钱塘数科的工程师也在现场，会后一直在问调度的问题。");

        assertTrue(attends(notes, "星澜科技"), notes.toString());
        assertTrue(attends(lads, "云栖数据"), lads.toString());
        assertTrue(attends(speaker, "远帆物流"), speaker.toString());
        assertTrue(attends(floor, "钱塘数科"), floor.toString());
    }

    @Test
    void chinesePeopleOfAnOrganisationElsewhereOrNamedAreNotTheOrganisationThere() {
        Set<String> blog = zh("星澜科技的工程师去年写过一篇关于调度的博客。");
        Set<String> named = zh("后排有云栖数据的工程师林思远。");

        assertFalse(attends(blog, "星澜科技"), blog.toString());
        assertFalse(attends(named, "云栖数据"), named.toString());
    }

    @Test
    void englishCountedPeopleOfAnOrganisationOnStageAskingOrGivingATalk() {
        Set<String> stage = en("On Tuesday a Kelpwise Labs engineer joined Ana Ruiz on stage for the demo.");
        Set<String> asked = en("A Lanternfish Robotics developer who asked not to be named called it the best session of the week.");
        Set<String> talk = en("My slot came right after a talk by a Brightwater Labs engineer on storage drivers.");

        assertTrue(attends(stage, "Kelpwise Labs"), stage.toString());
        assertTrue(attends(asked, "Lanternfish Robotics"), asked.toString());
        assertTrue(attends(talk, "Brightwater Labs"), talk.toString());
    }

    @Test
    void englishPeopleOfAnOrganisationWritingOrContributingAreNotThere() {
        Set<String> blog = en("Last year a Kelpwise Labs engineer wrote a long blog post about the scheduler.");
        Set<String> code = en("Two Lanternfish Robotics developers contributed the patch in March.");

        assertFalse(attends(blog, "Kelpwise Labs"), blog.toString());
        assertFalse(attends(code, "Lanternfish Robotics"), code.toString());
    }

    @Test
    void chineseSponsorsOwnTalksAndPeopleBroughtAreAtTheEvent() {
        Set<String> sponsors = zh("星澜科技、云栖数据、远帆物流等都是重要赞助方。");
        Set<String> talks = zh("钱塘数科、栖木科技都有主题演讲。");
        Set<String> brought = zh("星澜科技这次带了三十多人来成都。");

        assertTrue(attends(sponsors, "星澜科技"), sponsors.toString());
        assertTrue(attends(sponsors, "远帆物流"), sponsors.toString());
        assertTrue(attends(talks, "钱塘数科"), talks.toString());
        assertTrue(attends(talks, "栖木科技"), talks.toString());
        assertTrue(attends(brought, "星澜科技"), brought.toString());
    }

    @Test
    void aSponsorOfSomeoneElseATalkPlannedAndATeamLedAreNoAttendance() {
        Set<String> foundation = zh("星澜科技是青川开源基金会的主要赞助方。");
        Set<String> plan = zh("钱塘数科、栖木科技都有演讲的计划，但还没有提交议题。");
        Set<String> team = zh("林思远在公司带了两个人的小团队做迁移。");

        assertFalse(attends(foundation, "星澜科技"), foundation.toString());
        assertFalse(attends(plan, "钱塘数科"), plan.toString());
        assertFalse(team.stream().anyMatch(f -> f.contains(" attends ")), team.toString());
    }

    @Test
    void standsFromCompaniesAreTheirs() {
        Set<String> stands = en("The expo hall had big stands from Kelpwise Analytics, Lanternfish Robotics and Brightwater Labs.");

        assertTrue(attends(stands, "Kelpwise Analytics"), stands.toString());
        assertTrue(attends(stands, "Brightwater Labs"), stands.toString());
    }

    @Test
    void anInterviewPublishedDaysAfterAnEditionIsAboutItThoughItLooksBackOnOlderOnesMoreOften() {
        Extraction e = MainEventTest.extract("A Porto developer on six years of conferences",
                "We talked to her in Porto, the day after her talk at Tidepool Open 2025. Her first conference was KubeCon + "
                        + "CloudNativeCon China 2019. KubeCon + CloudNativeCon China 2019 was huge. She spoke at KubeCon + CloudNativeCon "
                        + "China 2019 again.", "en", LocalDate.of(2025, 5, 20));

        assertEquals("Tidepool Open 2025", e.about().label("en"));
    }
}
