package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who works where, in which role, what they lead and where they worked before, in made-up sentences of the kinds recaps,
 * press releases and diaries write: an organisation before the title ("a Red Hat engineer"), an apposition that adds to
 * what was said ("also a …"), a time at an employer that is over ("while he was still at IBM"), a unit of an organisation
 * someone runs, a person in charge of a whole project ("负责…整个项目"), a colleague from a former job, a maintainer of a
 * part of a project, and a company's short name before a title's line of work ("星衡软件总监").
 */
class PersonRelationReadingsTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void anOrganisationWrittenBeforeTheTitleAfterIsIsWhereTheTitleIsHeld() {
        Set<String> facts = english("Paulo Reis is a Microsoft architect. Mara Lind is officially a Red Hat engineer.");

        assertTrue(facts.contains("Paulo Reis hasRole Microsoft [Architect]"), facts::toString);
        assertTrue(facts.contains("Paulo Reis worksFor Microsoft"), facts::toString);
        assertTrue(facts.contains("Mara Lind hasRole Red Hat [Engineer]"), facts::toString);
    }

    @Test
    void anAppositionOpenedByAlsoOrHerselfStillNamesTheTitle() {
        Set<String> facts = english("Jonas Berg spoke first. Ines Duarte, also a Red Hat engineer, followed him. "
                + "Tomas Varga, himself a Kubernetes maintainer, closed the panel.");

        assertTrue(facts.contains("Ines Duarte hasRole Red Hat [Engineer]"), facts::toString);
        assertTrue(facts.contains("Ines Duarte worksFor Red Hat"), facts::toString);
        assertTrue(facts.contains("Tomas Varga hasRole Kubernetes [Maintainer]"), facts::toString);
    }

    @Test
    void theFoundationIsTheOneTheSentencesAreAboutNotTheOneNamedLastInAClause() {
        Set<String> facts = english("The event was held in Vancouver by the Linux Foundation. The Open Source Security "
                + "Foundation, which the Linux Foundation launched in 2020, used the day to review its projects. \"It works,\" "
                + "said Marta Kowalski, the foundation's general manager.");

        assertTrue(facts.contains("Marta Kowalski hasRole Open Source Security Foundation [General Manager]"), facts::toString);
        assertFalse(facts.contains("Marta Kowalski worksFor Linux Foundation"), facts::toString);
    }

    @Test
    void aTimeAtAnEmployerThatIsOverMakesAFormerEmployer() {
        Set<String> facts = english("Ravi Menon, who wrote the scheduler while he was still at IBM, now runs Quarrel Labs. "
                + "Asha Patel built the first prototype during her eight years at Intel.");

        assertTrue(facts.contains("Ravi Menon formerlyWorkedFor IBM"), facts::toString);
        assertTrue(facts.contains("Asha Patel formerlyWorkedFor Intel"), facts::toString);
    }

    @Test
    void joiningAnEmployerWhereSomeoneWorkedForYearsIsAFormerJob() {
        Set<String> facts = english("Lena Wolf joined SUSE, where she worked on the installer for seven years.");

        assertTrue(facts.contains("Lena Wolf formerlyWorkedFor SUSE"), facts::toString);
        assertFalse(facts.contains("Lena Wolf worksFor SUSE"), facts::toString);
    }

    @Test
    void whoRunsAnOrganisationsUnitWorksThereWithoutLeadingIt() {
        Set<String> facts = english("Ola Berg, who runs Google's open source office in Stockholm, hosted the dinner. "
                + "Kai Moreau, who runs the Linux Foundation's operations in Europe, opened the day.");

        assertTrue(facts.contains("Ola Berg worksFor Google"), facts::toString);
        assertFalse(facts.contains("Ola Berg leads Google"), facts::toString);
        assertTrue(facts.contains("Kai Moreau worksFor Linux Foundation"), facts::toString);
        assertFalse(facts.contains("Kai Moreau leads Linux Foundation"), facts::toString);
    }

    @Test
    void inChargeOfAWholeProjectLeadsItButInChargeOfAPartOfItsWorkDoesNot() {
        Set<String> whole = chinese("李振华目前在红帽负责Ceph整个项目。");
        Set<String> part = chinese("李振华目前在红帽负责Ceph的测试。");

        assertTrue(whole.contains("李振华 leads Ceph"), whole::toString);
        assertFalse(part.contains("李振华 leads Ceph"), part::toString);
    }

    @Test
    void aColleagueFromATimeAtAnOrganisationWorkedThereThen() {
        Set<String> facts = chinese("第二天我在展台遇到了在华为时的老同事张立新，聊了很久。");

        assertTrue(facts.contains("张立新 formerlyWorkedFor Huawei"), facts::toString);
        assertFalse(facts.contains("张立新 worksFor Huawei"), facts::toString);
    }

    @Test
    void aMaintainerOfAPartOfAProjectMaintainsInThatProject() {
        Set<String> facts = chinese("星衡半导体的工程师、Kubernetes中调度器代码的维护者刘洋分享了经验。");

        assertTrue(facts.contains("刘洋 hasRole Kubernetes [Maintainer]"), facts::toString);
        assertFalse(facts.contains("刘洋 hasRole 星衡半导体 [Maintainer]"), facts::toString);
    }

    @Test
    void aCompanysShortNameBeforeATitlesLineOfWorkIsThatCompany() {
        Set<String> facts = chinese("星衡半导体派出了八人团队。星衡软件总监周明在主会场发言，星衡工程师孙悦主持了讨论。");

        assertTrue(facts.contains("周明 worksFor 星衡半导体"), facts::toString);
        assertTrue(facts.contains("孙悦 worksFor 星衡半导体"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("星衡软件")), facts::toString);
    }

    @Test
    void aCompanyNamedByATradeAloneStaysACompany() {
        Set<String> facts = chinese("云岫数据副总裁周明在主会场发言。");

        assertTrue(facts.contains("周明 worksFor 云岫数据"), facts::toString);
    }

    @Test
    void editorsOfAPublicationAreOnItsStaff() {
        Set<String> facts = chinese("LWN.net执行主编Jonathan Corbet照例坐在第一排。");

        assertTrue(facts.contains("Jonathan Corbet hasRole LWN.net [Executive Editor]"), facts::toString);
        assertTrue(facts.contains("Jonathan Corbet worksFor LWN.net"), facts::toString);
    }

    @Test
    void titlesKeepTheirLineOfWorkAndResidencies() {
        Set<String> facts = english("Haru Sato met Nia Cole, an embedded "
                + "engineer at Tidewell Robotics, and Omar Haddad, the security developer-in-residence at the Python Software "
                + "Foundation.");

        assertTrue(facts.contains("Nia Cole hasRole Tidewell Robotics [Embedded Engineer]"), facts::toString);
        assertTrue(facts.contains("Omar Haddad hasRole Python Software Foundation [Security Developer-in-Residence]"), facts::toString);
        assertTrue(facts.contains("Omar Haddad worksFor Python Software Foundation"), facts::toString);
    }

    @Test
    void aTitleInAWhereClauseIsHeldAtTheOrganisationBeforeIt() {
        Set<String> facts = english("Mike Novak left the board in 2023 but stays at the Eclipse Foundation, where he remains "
                + "executive director. Karin Holt spent a decade at Northbeam Cloud, where Ada Kim is now CTO.");

        assertTrue(facts.contains("Mike Novak hasRole Eclipse Foundation [Executive Director]"), facts::toString);
        assertTrue(facts.contains("Ada Kim hasRole Northbeam Cloud [CTO]"), facts::toString);
        assertFalse(facts.contains("Karin Holt hasRole Northbeam Cloud [CTO]"), facts::toString);
    }

    @Test
    void theOrganisationBeforeATitleAfterTheIsWhereItIsHeld() {
        Set<String> facts = english("Anas Nashif is the Intel engineer who leads the technical side of Zephyr.");

        assertTrue(facts.contains("Anas Nashif worksFor Intel"), facts::toString);
    }

    @Test
    void aPostTakenUpAtACompanyNamesTheCompanyAndTheVerbIsNoName() {
        Set<String> facts = chinese("今年年初，王立新出任云栈科技首席技术官。王立新表示，开源是公司的长期战略。"
                + "李明于2019年加入青松云，任技术总监。");

        assertTrue(facts.contains("王立新 hasRole 云栈科技 [CTO]"), facts::toString);
        assertTrue(facts.contains("王立新 worksFor 云栈科技"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("任技术")), facts::toString);
    }
}
