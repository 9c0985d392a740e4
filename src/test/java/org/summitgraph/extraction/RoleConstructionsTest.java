package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles and the people who hold them, in made-up sentences: two titles in one apposition, titles joined by "and",
 * ranks kept with the title ("principal DBA"), spokespeople, chairs and members of committees, Chinese committee
 * seats and secretaries general, titles taken up ("joins X as", "appointed Y as") and "its CEO".
 */
class RoleConstructionsTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aSecondTitleJoinedByAndInTheAppositionIsHeldByTheSamePerson() {
        Set<String> facts = english("In the hallway I met Maria Lopes, chair of the OpenSSF Technical Advisory Council "
                + "and a principal engineer at Granite Labs in Porto.");

        assertTrue(facts.contains("Maria Lopes hasRole OpenSSF Technical Advisory Council [Chair]"), facts::toString);
        assertTrue(facts.contains("Maria Lopes hasRole Granite Labs [Principal Engineer]"), facts::toString);
        assertTrue(facts.contains("Maria Lopes worksFor Granite Labs"), facts::toString);
    }

    @Test
    void aCommitteeMemberIsAMemberNotAnEmployeeAndHerResearchPostIsAJob() {
        Set<String> facts = english("\"It works,\" said Kemal Arslan, a member of the PyTorch Foundation Technical "
                + "Advisory Council and a principal researcher at Bogazici University.");

        assertTrue(facts.contains("Kemal Arslan hasRole PyTorch Foundation Technical Advisory Council [TAC Member]"), facts::toString);
        assertTrue(facts.contains("Kemal Arslan hasRole Bogazici University [Principal Researcher]"), facts::toString);
        assertTrue(facts.contains("Kemal Arslan worksFor Bogazici University"), facts::toString);
    }

    @Test
    void aTitleAfterAWhoClauseJoinedByAndIsHeldByThePerson() {
        Set<String> facts = english("Nadia Farouk, who sits on the OpenInfra Foundation board and is VP of Engineering "
                + "at Quartz Telecom in Lyon, talks about StarlingX.");

        assertTrue(facts.contains("Nadia Farouk hasRole Quartz Telecom [VP of Engineering]"), facts::toString);
        assertTrue(facts.contains("Nadia Farouk worksFor Quartz Telecom"), facts::toString);
    }

    @Test
    void aRankBeforeAnAcronymTitleIsKept() {
        Set<String> facts = english("Pavel Novak, principal DBA at Cobalt Data in Denver, explains the schema design.");

        assertTrue(facts.contains("Pavel Novak hasRole Cobalt Data [Principal DBA]"), facts::toString);
        assertTrue(facts.contains("Pavel Novak worksFor Cobalt Data"), facts::toString);
    }

    @Test
    void titlesJoinedByAndBeforeTheNameAreAllHeld() {
        Set<String> facts = english("Granite Labs makes storage. Granite's co-founder and CTO, Tiago Ramos, will "
                + "present the design.");

        assertTrue(facts.contains("Tiago Ramos hasRole Granite Labs [Co-founder]"), facts::toString);
        assertTrue(facts.contains("Tiago Ramos hasRole Granite Labs [CTO]"), facts::toString);
        assertTrue(facts.contains("Granite Labs foundedBy Tiago Ramos"), facts::toString);
    }

    @Test
    void anOrganisationsSpokespersonSpeaksForItAsAnEmployee() {
        Set<String> facts = english("The report was denied by CNCF spokesperson Alice Brown.");

        assertTrue(facts.contains("Alice Brown hasRole Cloud Native Computing Foundation [Spokesperson]"), facts::toString);
        assertTrue(facts.contains("Alice Brown worksFor Cloud Native Computing Foundation"), facts::toString);
    }

    @Test
    void aChineseCommitteeSeatIsAMembershipButTheCommitteeItselfIsNoSeat() {
        Set<String> facts = chinese("评审委员会由九人组成。华为的王海涛是openEuler技术委员会委员，负责内核方向。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王海涛 hasRole") && f.endsWith("[Member]")), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("评审委员会 [Member]")), facts::toString);
    }

    @Test
    void aSecretaryGeneralWorksForTheAlliance() {
        Set<String> facts = chinese("评审组主任由开放原子开源基金会秘书长王建国担任。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王建国 hasRole") && f.endsWith("[Secretary-General]")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王建国 worksFor")), facts::toString);
    }

    @Test
    void aChineseSpeakerBoxNameCommaCompanyDepartmentTitleIsARoleAndAJob() {
        Set<String> facts = chinese("演讲嘉宾：王海涛，华夏银行云平台部总经理。另一位嘉宾张伟，腾讯联合创始人兼CTO。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王海涛 hasRole 华夏银行") && f.endsWith("[General Manager of Cloud Platform]")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王海涛 worksFor 华夏银行")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("张伟 hasRole") && f.contains("Tencent") && f.endsWith("[CTO]")), facts::toString);
    }

    @Test
    void aSignatureWithTwoJoinedTitlesGivesBoth() {
        Set<String> facts = english("The release ships today.\n\nPress contact: Anna Kowalski, Co-founder and CEO, Lattice Systems\n");

        assertTrue(facts.contains("Anna Kowalski hasRole Lattice Systems [CEO]"), facts::toString);
        assertTrue(facts.contains("Anna Kowalski hasRole Lattice Systems [Co-founder]"), facts::toString);
    }

    @Test
    void aCompanyThatAppointsSomeoneAsATitleGivesThemTheRoleThere() {
        Set<String> facts = english("Brennholt Systems has appointed Katrin Vogel as chief technology officer.");

        assertTrue(facts.contains("Katrin Vogel hasRole Brennholt Systems [CTO]"), facts::toString);
        assertTrue(facts.contains("Katrin Vogel worksFor Brennholt Systems"), facts::toString);
    }

    @Test
    void someoneWhoJoinsACompanyAsATitleHoldsItThere() {
        Set<String> facts = english("After six years at Emerald Logistics, Beth Nakamura left to join Mirantis as a solutions architect.");

        assertTrue(facts.contains("Beth Nakamura hasRole Mirantis [Solutions Architect]"), facts::toString);
        assertTrue(facts.contains("Beth Nakamura worksFor Mirantis"), facts::toString);
    }

    @Test
    void whoIsStillItsTitleBelongsToTheCompanyTheSentenceIsAbout() {
        Set<String> facts = english("Kaltwerk Software was founded in 2015 by Sofia Lindqvist, who is still its CEO.");

        assertTrue(facts.contains("Sofia Lindqvist hasRole Kaltwerk Software [CEO]"), facts::toString);
    }

    @Test
    void theTitleANewHireReportsToIsHeldInTheCompanyTheAnnouncementIsAbout() {
        Set<String> facts = english("Harrowgate Robotics today announced that Ines Paredes has joined the company as "
                + "Vice President of Sales. She will report to CEO Tomas Brandt and run the sales team.");

        assertTrue(facts.contains("Tomas Brandt hasRole Harrowgate Robotics [CEO]"), facts::toString);
        assertTrue(facts.contains("Tomas Brandt worksFor Harrowgate Robotics"), facts::toString);
    }

    @Test
    void anOrganisationDescribingTheHireIsNotTheOneTheyReportIn() {
        Set<String> facts = english("Harrowgate Robotics today announced that Ines Paredes has joined the company. "
                + "Paredes, a former member of the OpenStack Technical Committee, will report to chief executive Tomas Brandt.");

        assertTrue(facts.contains("Tomas Brandt hasRole Harrowgate Robotics [CEO]"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Tomas Brandt") && f.contains("Technical Committee")), facts::toString);
    }

    @Test
    void aBareTitleAfterAVerbOtherThanReportingNamesNoOrganisation() {
        Set<String> facts = english("Harrowgate Robotics builds warehouse robots. Last week she met CEO Tomas Brandt in Oslo.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Tomas Brandt hasRole Harrowgate")), facts::toString);
    }

    @Test
    void inChineseTheTitleOneReportsToIsHeldInTheCompanyTheSentenceBeforeIsAbout() {
        Set<String> facts = chinese("砺石科技今天宣布，林若溪已加入公司担任工程副总裁。她将向首席执行官周明远汇报。");

        assertTrue(facts.contains("周明远 hasRole 砺石科技 [CEO]"), facts::toString);
    }

    @Test
    void aTitleAtAPlaceBasedStartupIsHeldInTheOrganisationTheDescriptionNames() {
        Set<String> facts = english("Sofia Almeida, chief architect at the Porto-based fintech start-up Caravela Pay, gave the keynote.");

        assertTrue(facts.contains("Sofia Almeida hasRole Caravela Pay [Chief Architect]"), facts::toString);
        assertTrue(facts.contains("Sofia Almeida worksFor Caravela Pay"), facts::toString);
    }

    @Test
    void aTitleAtAPlaceBasedFirmOfSomeTradeIsHeldThere() {
        Set<String> facts = english("Our guest was Henrik Dahl, principal engineer at the Oslo-based logistics firm Nordlys Cargo.");

        assertTrue(facts.contains("Henrik Dahl hasRole Nordlys Cargo [Principal Engineer]"), facts::toString);
    }

    @Test
    void aPlaceBasedDescriptionWithNoNameAfterItGivesNoRole() {
        Set<String> facts = english("Ines Duarte, head of infrastructure at the Lisbon-based branch of a bank, spoke about Ceph.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Ines Duarte hasRole")), facts::toString);
    }

    @Test
    void aChineseManagingDirectorIsAnExecutiveWhoWorksForTheCompany() {
        Set<String> facts = chinese("澜芯科技常务董事周明远出席了发布会，并宣布了新的芯片路线图。");

        assertTrue(facts.contains("周明远 hasRole 澜芯科技 [Executive Director]"), facts::toString);
        assertTrue(facts.contains("周明远 worksFor 澜芯科技"), facts::toString);
    }

    @Test
    void aManagingDirectorListedBeforeAnotherPostOfTheSameCompanyWorksThere() {
        Set<String> facts = chinese("澜芯科技常务董事、终端事业部董事长周明远在开幕式上致辞。");

        assertTrue(facts.contains("周明远 hasRole 澜芯科技 [Executive Director]"), facts::toString);
        assertTrue(facts.contains("周明远 worksFor 澜芯科技"), facts::toString);
    }

    @Test
    void aPlainBoardSeatIsNoJob() {
        Set<String> facts = chinese("澜芯科技董事周明远出席了发布会。");

        assertTrue(facts.contains("周明远 hasRole 澜芯科技 [Board Director]"), facts::toString);
        assertFalse(facts.contains("周明远 worksFor 澜芯科技"), facts::toString);
    }

    @Test
    void aCountedTeamMemberWhoBecameReviewerIsNotTheSpeakerOfTheClauseBefore() {
        Set<String> facts = chinese("云栈科技平台团队负责人周思远分享了实践。他提到团队今年向Karmada社区提交了三十多个PR，"
                + "其中两名工程师刚刚成为该项目的Reviewer。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("周思远 hasRole Karmada")), facts::toString);
    }

    @Test
    void aCountedMemberAfterANamedSubjectTakesNoSeatForThem() {
        Set<String> facts = chinese("林若溪提到团队今年向Volcano社区提交了二十多个PR，其中一名成员已经是该项目的Maintainer。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("林若溪 hasRole Volcano")), facts::toString);
    }

    @Test
    void theSpeakerWhoIsHimselfAMaintainerStillHoldsTheSeat() {
        Set<String> facts = chinese("周思远提到团队今年向Karmada社区提交了三十多个PR，他本人也是该项目的Maintainer。");

        assertTrue(facts.contains("周思远 hasRole Karmada [Maintainer]"), facts::toString);
    }
}
