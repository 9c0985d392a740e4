package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People and their posts in made-up sentences of kinds found missed on the worked-on pages: a function ending in
 * "development" ("VP of community and ecosystem development"), a hire who "joins us as" a title in the publisher's own
 * post, a seat on an organisation written with its short form in brackets ("开放源代码促进会(OSI)的理事"), and names: a
 * Latin name hosting in Chinese text ("由Hong Phuc Dang主持"), the credits of an interview ("采访：林晓秋"), a speaker
 * told by what they talked about ("其中吴海川讲了…") and a colleague called "小" and the surname ("同组的小潘"); and a
 * maintainer of a part named after a project ("the Cloud Foundry buildpack"), who holds no seat in the project itself.
 */
class PeopleRecallConstructionsTest {

    private static Set<String> english(String text) {
        return englishBy(null, text);
    }

    private static Set<String> englishBy(String publisher, String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20), publisher)));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chineseNames(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aFunctionEndingInDevelopmentStaysInTheTitle() {
        Set<String> facts = english("Panel time. Priya Raman, VP of community and ecosystem development at Halcyon Data, "
                + "is moderating.");

        assertTrue(facts.contains("Priya Raman hasRole Halcyon Data [VP of Community and Ecosystem Development]"), facts::toString);
        assertTrue(facts.contains("Priya Raman worksFor Halcyon Data"), facts::toString);
    }

    @Test
    void aDirectorOfProductDevelopmentWorksWhereTheTitleSays() {
        Set<String> facts = english("Next up: Tomas Berg, director of product development at Marlin Robotics, shows the new arm.");

        assertTrue(facts.contains("Tomas Berg hasRole Marlin Robotics [Director of Product Development]"), facts::toString);
        assertTrue(facts.contains("Tomas Berg worksFor Marlin Robotics"), facts::toString);
    }

    @Test
    void developmentDoneSomewhereIsNoTitle() {
        Set<String> facts = english("Priya Raman talked about the development of the scheduler at Halcyon Data.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Priya Raman hasRole")), facts::toString);
    }

    @Test
    void aHireWhoJoinsUsTakesAPostAtThePublisherAndLeavesTheOldEmployer() {
        Set<String> facts = englishBy("Lumen Grid Systems", "Lumen Grid Systems is growing. Kofi Boateng joins us as VP of Engineering "
                + "from Intel, where he ran the compiler team.");

        assertTrue(facts.contains("Kofi Boateng hasRole Lumen Grid Systems [VP of Engineering]"), facts::toString);
        assertTrue(facts.contains("Kofi Boateng worksFor Lumen Grid Systems"), facts::toString);
        assertTrue(facts.contains("Kofi Boateng formerlyWorkedFor Intel"), facts::toString);
    }

    @Test
    void aHireWhoJoinedOurTeamWorksForThePublisher() {
        Set<String> facts = englishBy("Kestrel Networks", "Kestrel Networks is hiring. Mei Tanaka joined our team as "
                + "principal engineer from SUSE last month.");

        assertTrue(facts.contains("Mei Tanaka hasRole Kestrel Networks [Principal Engineer]"), facts::toString);
        assertTrue(facts.contains("Mei Tanaka worksFor Kestrel Networks"), facts::toString);
        assertFalse(facts.contains("Mei Tanaka worksFor SUSE"), facts::toString);
    }

    @Test
    void joiningUsWithoutAnOrganisationThatSpeaksNamesNoPost() {
        Set<String> facts = english("Kofi Boateng joins us as VP of Engineering next week.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Kofi Boateng hasRole")), facts::toString);
    }

    @Test
    void aSeatOnAnOrganisationWrittenWithItsShortFormInBracketsIsHeldByTheSubject() {
        Set<String> facts = chinese("开幕式由刘晓东主持，他现在也是云原生计算基金会（CNCF）的理事，开场讲了社区的变化。");

        assertTrue(facts.contains("刘晓东 hasRole Cloud Native Computing Foundation [Board Member]"), facts::toString);
    }

    @Test
    void theBoardWrittenWithTheShortFormIsNoSeat() {
        Set<String> facts = chinese("刘晓东说，云原生计算基金会（CNCF）的理事会今年改选。");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("刘晓东 hasRole")), facts::toString);
    }

    @Test
    void aLatinNameHostingInChineseTextIsAPerson() {
        Set<String> names = chineseNames("第一天上午的开幕由Tran Minh Chau主持，她讲了亚洲开源社区的变化。");

        assertTrue(names.contains("PERSON Tran Minh Chau"), names::toString);
    }

    @Test
    void aCompanyLaunchingSomethingIsNoHost() {
        Set<String> names = chineseNames("这个项目由Red Hat发起，后来捐给了基金会。");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void theCreditsOfAnInterviewNamePeople() {
        Set<String> names = chineseNames("我们下次再聊。\n\n（采访：陈雨桐 | 摄影：许嘉言）");

        assertTrue(names.contains("PERSON 陈雨桐"), names::toString);
        assertTrue(names.contains("PERSON 许嘉言"), names::toString);
    }

    @Test
    void aCreditOfNoOneNamesNoPerson() {
        Set<String> names = chineseNames("我们下次再聊。\n\n（整理：现场速记）");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void whoGaveATalkIsTheOneWhoTalkedAbout() {
        Set<String> names = chineseNames("下午的分会场里，孙悦讲了调度器的改造，台下问题很多。");

        assertTrue(names.contains("PERSON 孙悦"), names::toString);
    }

    @Test
    void anEventThatCoveredTopicsIsNoSpeaker() {
        Set<String> names = chineseNames("这次大会讲了很多关于安全的话题。");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void aColleagueCalledByTheSurnameAfterXiaoIsAPerson() {
        Set<String> names = chineseNames("这次我和同事小林一起去的，同组的小潘签证没下来。");

        assertTrue(names.contains("PERSON 小林"), names::toString);
        assertTrue(names.contains("PERSON 小潘"), names::toString);
    }

    @Test
    void aWordOpeningWithXiaoAfterAColleagueIsNoName() {
        Set<String> names = chineseNames("我和同学小时候就认识，我们同组的小组长很忙。");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void maintainingAPartNamedAfterAProjectIsNoSeatInTheProject() {
        Set<String> facts = english("Ines Duarte, a developer at Granite Labs who maintains the Kubernetes Python client in "
                + "her spare time, was shortlisted.");

        assertFalse(facts.contains("Ines Duarte hasRole Kubernetes [Maintainer]"), facts::toString);
        assertTrue(facts.contains("Ines Duarte worksFor Granite Labs"), facts::toString);
    }

    @Test
    void aTitleAfterTheMaintainedPartIsStillTheSamePersons() {
        Set<String> facts = english("Guests: Omar Haddad, maintainer of the Kubernetes Go client and an engineer at "
                + "Marlin Robotics.");

        assertFalse(facts.contains("Omar Haddad hasRole Kubernetes [Maintainer]"), facts::toString);
        assertTrue(facts.contains("Omar Haddad worksFor Marlin Robotics"), facts::toString);
    }

    @Test
    void maintainingTheProjectItselfIsStillASeat() {
        Set<String> facts = english("Lena Brandt, who maintains the Envoy proxy, spoke after lunch.");

        assertTrue(facts.contains("Lena Brandt hasRole Envoy [Maintainer]"), facts::toString);
    }
}
