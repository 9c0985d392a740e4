package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People's posts and moves in made-up sentences: a line of work before a Chinese title ("DevOps负责人", "SRE工程师",
 * "售前工程师") is no organisation; bylines set off by ideographic spaces; moves told by "从…离职后加入" and "跳槽去了";
 * "联盟" standing for the alliance named before; titles of many ("董事们") held by no one; a company's officer where
 * the project carries its name; "X, the ORG Project Leader", "ORG's PROJECT Community Architect", a company's officer, co-maintainers,
 * packagers, OSPO leads, and "used to run … at".
 */
class PostsAndMovesTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chineseNames(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> englishNames(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aLineOfWorkInLatinLettersBeforeAHeadIsPartOfTheTitleNotTheEmployer() {
        Set<String> facts = chinese("第二个演讲是东岳银行科技部的DevOps负责人许亦凡，讲流水线。");

        assertTrue(facts.contains("许亦凡 hasRole 东岳银行 [Head of DevOps]"), facts::toString);
        assertTrue(facts.contains("许亦凡 worksFor 东岳银行"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("worksFor DevOps")), facts::toString);
    }

    @Test
    void anSreEngineerWorksForTheCompanyBeforeTheTitle() {
        Set<String> facts = chinese("印象最深的是青岚物流的SRE工程师郑可心，讲容量规划。");

        assertTrue(facts.contains("郑可心 worksFor 青岚物流"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("worksFor SRE")), facts::toString);
    }

    @Test
    void aPresalesEngineerIsNoOrganisationAndGiveEndsNoName() {
        Set<String> names = chineseNames("星河云的展台人最多，他们的售前工程师孔令舟给我演示了平台。");

        assertTrue(names.contains("PERSON 孔令舟"), names::toString);
        assertFalse(names.contains("PERSON 孔令舟给"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.endsWith(" 售前")), names::toString);
    }

    @Test
    void aBylineNameSetOffByIdeographicSpacesIsAPerson() {
        Set<String> names = chineseNames("开源的下一个五年\n作者：钟书琪\u3000\u30002022-03-04 10:00\u3000\u3000阅读 120\n正文从这里开始。");

        assertTrue(names.contains("PERSON 钟书琪"), names::toString);
    }

    @Test
    void leavingOneCompanyToJoinAnotherOpensAClauseWithAName() {
        Set<String> facts = chinese("邓雨辰2020年从美团离职后加入了青岚物流。");

        assertTrue(facts.contains("邓雨辰 formerlyWorkedFor Meituan"), facts::toString);
        assertTrue(facts.contains("邓雨辰 worksFor 青岚物流"), facts::toString);
    }

    @Test
    void jumpingToACompanyMakesItTheEmployer() {
        Set<String> facts = chinese("韦嘉明去年跳槽去了小红书，现在负责推荐平台。");

        assertTrue(facts.contains("韦嘉明 worksFor Xiaohongshu"), facts::toString);
    }

    @Test
    void peopleJumpingToACompanyUnnamedMakeNoOneItsEmployee() {
        Set<String> facts = chinese("韦嘉明是青岚物流的工程师。很多工程师去年跳槽去了小红书。");

        assertFalse(facts.contains("韦嘉明 worksFor Xiaohongshu"), facts::toString);
    }

    @Test
    void theAllianceAloneStandsForTheAllianceNamedBefore() {
        Set<String> facts = chinese("中国开源云联盟2023年会在北京召开。联盟秘书长唐可欣随后介绍了报告的主要结论。");

        assertTrue(facts.contains("唐可欣 hasRole China Open Source Cloud League [Secretary-General]"), facts::toString);
    }

    @Test
    void aTitleOfManyIsHeldByNoOneNamed() {
        Set<String> facts = chinese("周宁：如果还让我来做出品人的话，我想请几位Linux基金会的董事们来聊聊跨时区协作。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("周宁 hasRole") && f.contains("[Board Director]")), facts::toString);
    }

    @Test
    void aChiefOfficerOfAProjectIsTheOfficerOfTheCompanyNamedAfterIt() {
        Set<String> facts = english("The meetup was hosted by Grafana Labs in Stockholm. Grafana CTO Jonas Lind opened the day.");

        assertTrue(facts.contains("Jonas Lind hasRole Grafana Labs [CTO]"), facts::toString);
        assertTrue(facts.contains("Jonas Lind worksFor Grafana Labs"), facts::toString);
    }

    @Test
    void aChiefOfficerUnderAProductsNameIsTheOfficerOfTheCompanyThatGoesByIt() {
        // the reference data knows Grafana Labs: "Grafana CTO" is its officer even where the text never writes "Labs"
        Set<String> facts = english("The meetup was hosted by the Stockholm user group. Grafana CTO Jonas Lind opened the day.");

        assertTrue(facts.contains("Jonas Lind worksFor Grafana Labs"), facts::toString);
        assertTrue(facts.contains("Jonas Lind hasRole Grafana Labs [CTO]"), facts::toString);
    }

    @Test
    void aProjectNamedProjectLeaderIsHeldInTheProject() {
        Set<String> facts = english("The day opened with a keynote from Paula Ferreira, the Debian Project Leader, who spoke about volunteers.");

        assertTrue(facts.contains("Paula Ferreira hasRole Debian [Project Leader]"), facts::toString);
    }

    @Test
    void aCompanysTitleInAProjectIsHeldInTheProjectAndTheCompanyEmploys() {
        Set<String> facts = english("Ines Duarte, Google's Kubernetes Community Architect, ran a workshop on mentoring.");

        assertTrue(facts.contains("Ines Duarte hasRole Kubernetes [Community Architect]"), facts::toString);
        assertTrue(facts.contains("Ines Duarte worksFor Google"), facts::toString);
    }

    @Test
    void aCompanysTitleWithoutAProjectIsHeldInTheCompany() {
        Set<String> facts = english("Ines Duarte, Google's community architect, ran a workshop on mentoring.");

        assertTrue(facts.contains("Ines Duarte hasRole Google [Community Architect]"), facts::toString);
    }

    @Test
    void aCapitalisedTitleAfterAPossessiveIsNoPerson() {
        Set<String> names = englishNames("Jonas Berg, Microsoft's Azure Community Architect, walked through the new contributor ladder.");

        assertFalse(names.contains("PERSON Azure Community Architect"), names::toString);
    }

    @Test
    void coMaintainersPackagersAndOspoLeadsHoldTheirTitles() {
        Set<String> facts = english("Lucas Meyer has become a co-maintainer of Gitea. Elif Kaya has been a Debian packager since 2018. "
                + "Nadia Petrova is the open source program office lead at Harbour Systems.");

        assertTrue(facts.contains("Lucas Meyer hasRole Gitea [Co-maintainer]"), facts::toString);
        assertTrue(facts.contains("Elif Kaya hasRole Debian [Packager]"), facts::toString);
        assertTrue(facts.contains("Nadia Petrova hasRole Harbour Systems [OSPO Lead]"), facts::toString);
    }

    @Test
    void runningAFunctionSomewhereOnceMakesItAFormerEmployer() {
        Set<String> facts = english("Rui Santos used to run developer relations at SUSE before he moved to Lisbon.");

        assertTrue(facts.contains("Rui Santos formerlyWorkedFor SUSE"), facts::toString);
    }

    @Test
    void runningSoftwareAtScaleIsNoEmployment() {
        Set<String> facts = english("Rui Santos works at Zalando. Rui Santos used to run Kubernetes at scale for IBM customers.");

        assertFalse(facts.contains("Rui Santos formerlyWorkedFor IBM"), facts::toString);
    }
}
