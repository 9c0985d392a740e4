package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts and careers in made-up sentences of kinds found missed on the eighteenth set: graded vice presidents and
 * general managers with their function, Chinese department heads, "one of the X core developers", a line of work led
 * at an organisation, "who heads the group", a committee one sits on, a chair taken up in a relative clause, a post
 * written as a noun, joining as a postdoc from somewhere, "Oregon-based", a job held before the one named, and "前者" /
 * "后者" after a pair of names.
 */
class CareersAndAppositionsTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aGradedVicePresidentKeepsTheGradeAndTheFunction() {
        Set<String> facts = english("Maria Gonzalez, assistant vice president of network technology at Verizon, talked about edge sites. "
                + "Peter Lund, senior vice president of cloud product management at Ericsson, followed her.");

        assertTrue(facts.contains("Maria Gonzalez hasRole Verizon [AVP of Network Technology]"), facts::toString);
        assertTrue(facts.contains("Peter Lund hasRole Ericsson [SVP of Cloud Product Management]"), facts::toString);
        assertTrue(facts.contains("Peter Lund worksFor Ericsson"), facts::toString);
    }

    @Test
    void aSeniorDirectorIsNoGradedDirectorOfAFunction() {
        Set<String> facts = english("Jens Berg, senior director of engineering at SUSE, moderated the panel.");

        assertTrue(facts.contains("Jens Berg hasRole SUSE [Senior Director]"), facts::toString);
    }

    @Test
    void aChineseDepartmentHeadIsTheHeadOfItsFunction() {
        Set<String> facts = chinese("本次发布会上，腾讯云存储团队负责人李思思介绍了多后端存储。阿里云生态发展部部长赵明也到场致辞。");

        assertTrue(facts.contains("李思思 hasRole Tencent Cloud [Head of Storage]"), facts::toString);
        assertTrue(facts.contains("李思思 worksFor Tencent Cloud"), facts::toString);
        assertTrue(facts.contains("赵明 hasRole Alibaba Cloud [Head of Ecosystem Development]"), facts::toString);
    }

    @Test
    void oneOfAProjectsCoreDevelopersHoldsTheCoreRole() {
        Set<String> facts = english("Karen Holt, one of the Cinder core reviewers, explained the new backup driver. "
                + "Lucas Meyer, one of the Kolla maintainers, ran a workshop.");

        assertTrue(facts.contains("Karen Holt hasRole Cinder [Core]"), facts::toString);
        assertTrue(facts.contains("Lucas Meyer hasRole Kolla [Maintainer]"), facts::toString);
    }

    @Test
    void leadingALineOfWorkAtAnOrganisationIsAPostThereNotLeadingIt() {
        Set<String> facts = english("Dr. Helen Park leads research computing at the University of Westbridge, where a 200-node cloud runs.");

        assertTrue(facts.contains("Helen Park hasRole University of Westbridge [Head of Research Computing]"), facts::toString);
        assertTrue(facts.contains("Helen Park worksFor University of Westbridge"), facts::toString);
        assertFalse(facts.contains("Helen Park leads University of Westbridge"), facts::toString);
    }

    @Test
    void runningWorkloadsSomewhereIsNoPost() {
        Set<String> facts = english("Tom Reyes runs production workloads at Comcast.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("[Head of")), facts::toString);
    }

    @Test
    void whoHeadsTheGroupLeadsTheGroupNamedBeforeAndWhoJoinsItAsAPostdocFromSomewhereLeftThere() {
        Set<String> facts = english("The Storage Research Group at Westfield University had a busy spring. "
                + "Welcome to Ines Duarte, who joins the group as a postdoc from the University of Porto. "
                + "Prof. Mark Olsen, who heads the group, went to the summit.");

        assertTrue(facts.contains("Mark Olsen leads Storage Research Group"), facts::toString);
        assertTrue(facts.contains("Mark Olsen hasRole Storage Research Group [Head]"), facts::toString);
        assertTrue(facts.contains("Ines Duarte hasRole Storage Research Group [Postdoc]"), facts::toString);
        assertTrue(facts.contains("Ines Duarte formerlyWorkedFor University of Porto"), facts::toString);
    }

    @Test
    void sittingOnACommitteeIsASeatOnItNamedByItsKindOrTheInitialsTheTradeUses() {
        Set<String> facts = english("Gina Torres of Intel, who sits on the OpenStack Technical Committee, gave a talk. "
                + "Raj Patel, who serves on the Kubernetes Steering Committee, spoke next. Aoife Ryan, who sits on the "
                + "Hyperledger Technical Oversight Committee, closed the day.");

        assertTrue(facts.contains("Gina Torres hasRole OpenStack Technical Committee [TC Member]"), facts::toString);
        assertTrue(facts.contains("Raj Patel hasRole Kubernetes Steering Committee [Steering Committee Member]"), facts::toString);
        assertTrue(facts.contains("Aoife Ryan hasRole Hyperledger Technical Oversight Committee [TOC Member]"), facts::toString);
    }

    @Test
    void aChairTakenUpInARelativeClauseIsHeldByThePersonTheClauseIsAbout() {
        Set<String> facts = english("Alan Clark, a director at SUSE who was elected chairman of the OpenStack Foundation's board in "
                + "September, spoke briefly.");

        assertTrue(facts.contains("Alan Clark hasRole OpenStack Foundation [Chairman]"), facts::toString);
        assertTrue(facts.contains("Alan Clark worksFor SUSE"), facts::toString);
    }

    @Test
    void aPostWrittenAsANounIsHeldByThePersonThePronounStandsFor() {
        Set<String> facts = english("Priya Shah moved to Kestrel Cloud in May. She will keep her part-time appointment as a lecturer "
                + "at the University of Leeds, where she teaches storage.");

        assertTrue(facts.contains("Priya Shah hasRole University of Leeds [Lecturer]"), facts::toString);
        assertTrue(facts.contains("Priya Shah worksFor University of Leeds"), facts::toString);
    }

    @Test
    void anOrganisationAfterWhereItIsBasedIsTheTitlesOrganisation() {
        Set<String> facts = english("Omar Diaz, chief technology officer of Texas-based Bluebonnet Bank, spoke at the summit.");

        assertTrue(facts.contains("Omar Diaz hasRole Bluebonnet Bank [CTO]"), facts::toString);
    }

    @Test
    void aJobHeldBeforeTheOneNamedIsAFormerEmployer() {
        Set<String> english = english("Kestrel Cloud has hired Maya Chen as its new VP of Engineering. "
                + "Before Kestrel she worked on networking at Juniper Networks.");
        Set<String> chinese = chinese("林佩现在是数擎科技的架构师。加入数擎之前，她在华为工作了六年。");

        assertTrue(english.contains("Maya Chen formerlyWorkedFor Juniper Networks"), english::toString);
        assertTrue(chinese.contains("林佩 formerlyWorkedFor Huawei"), chinese::toString);
    }

    @Test
    void aSessionLedBySomeoneIsNoProjectTheyLead() {
        Set<String> facts = english("Ravi joined a Nova session led by Sam Ortiz on the second day.");

        assertFalse(facts.contains("Sam Ortiz leads Nova"), facts::toString);
    }

    @Test
    void theFormerAndTheLatterAreTheFirstAndSecondOfThePairNamedBefore() {
        Set<String> facts = chinese("大会联席主席Liz Rice和Janet Kuo也分别上台。前者来自Aqua Security，讲容器安全；后者是Google的工程师，回顾了项目历史。");

        assertTrue(facts.contains("Liz Rice worksFor Aqua Security"), facts::toString);
        assertTrue(facts.contains("Janet Kuo worksFor Google"), facts::toString);
        assertFalse(facts.contains("Liz Rice worksFor Google"), facts::toString);
    }

    @Test
    void thePersonInChargeOfASigLeadsIt() {
        Set<String> facts = chinese("开发者之夜上，我见到了负责容器SIG的王海涛，他在阿里云做了很多年容器。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("王海涛 leads ") && f.endsWith("SIG")), facts::toString);
    }

    @Test
    void thisPersonWithATitleIsThePersonNamedBeforeAndAnEnglishGlossNamesTheTitle() {
        Set<String> facts = chinese("技术议程方面，Greg Kroah-Hartman的演讲座无虚席。这位华为研究员（Fellow）讲了内核稳定分支的维护流程。");

        assertTrue(facts.contains("Greg Kroah-Hartman hasRole Huawei [Fellow]"), facts::toString);
        assertTrue(facts.contains("Greg Kroah-Hartman worksFor Huawei"), facts::toString);
    }
}
