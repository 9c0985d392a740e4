package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who leads what, in made-up sentences: "leads" and "led by" take only the names the verb governs, not the nearest
 * name past a description ("a team led by X" after a company, "leads the telco's platform, which runs Y"); the chair of
 * a group of people leads it; "runs platform engineering at X" is a post there; the foundation an article speaks of is
 * the one "the foundation's COO" works for; a deputy's title is not the title of the one they deputise for.
 */
class LeadsAndChairsTest {

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    private static boolean leads(Set<String> facts, String who) {
        return facts.stream().anyMatch(f -> f.startsWith(who + " leads "));
    }

    @Test
    void aTeamLedBySomeoneIsNotTheCompanyNamedBeforeIt() {
        Set<String> facts = english("Corvid Systems, which sponsors the event at the top tier, sent a team led by Hanna Moreau.");

        assertFalse(leads(facts, "Hanna Moreau"), facts::toString);
    }

    @Test
    void whatIsLedStandsRightAfterTheVerbNotPastADescription() {
        Set<String> facts = english("Aiko Brandt leads the telco's internal developer platform, which runs more than 2,000 "
                + "Kubernetes clusters.");

        assertFalse(leads(facts, "Aiko Brandt"), facts::toString);
    }

    @Test
    void aNameQualifyingAUnitOfAnotherOrganisationIsNotLed() {
        Set<String> facts = english("The panel was moderated by Dana Novak, who leads the Kubernetes community program at Google.");

        assertFalse(facts.contains("Dana Novak leads Kubernetes"), facts::toString);
    }

    @Test
    void aSessionsTopicRunByPeopleFromACompanyIsNotLedByIt() {
        Set<String> facts = english("I went to a workshop on Kubernetes run by two people from Isovalent.");

        assertFalse(facts.contains("Isovalent leads Kubernetes"), facts::toString);
    }

    @Test
    void continuingToLeadAProjectsDevelopmentLeadsTheProject() {
        Set<String> facts = english("Rackspace created the project in 2010. Rackspace continues to lead OpenStack's development "
                + "and release process.");

        assertTrue(facts.contains("Rackspace leads OpenStack"), facts::toString);
    }

    @Test
    void theChairOfAGroupOfPeopleLeadsItInBothLanguages() {
        Set<String> english = english("Ines Duarte, who chairs SIG Storage, opened the contributor summit.");
        Set<String> pronoun = english("Marta Oliveira works at Kestrel Data. She chairs the Edge Computing Working Group.");
        Set<String> chinese = chinese("云原生金融工作组主席孙立文介绍了工作组今年的计划。");

        assertTrue(english.stream().anyMatch(f -> f.startsWith("Ines Duarte hasRole") && f.endsWith("[Chair]")), english::toString);
        assertTrue(leads(english, "Ines Duarte"), english::toString);
        assertTrue(leads(pronoun, "Marta Oliveira"), pronoun::toString);
        assertTrue(leads(chinese, "孙立文"), chinese::toString);
    }

    @Test
    void runningALineOfWorkAtACompanyIsAPostThereAndLeadsNoCompany() {
        Set<String> facts = english("Mira Okafor, who runs platform engineering at Halvard Freight, walked through the migration.");

        assertTrue(facts.contains("Mira Okafor hasRole Halvard Freight [Head of Platform Engineering]"), facts::toString);
        assertTrue(facts.contains("Mira Okafor worksFor Halvard Freight"), facts::toString);
        assertFalse(leads(facts, "Mira Okafor"), facts::toString);
    }

    @Test
    void theFoundationsCooWorksForTheFoundationTheArticleIsAbout() {
        Set<String> facts = english("The Cloud Native Computing Foundation ran the conference this year. The CNCF sits under "
                + "the Linux Foundation. Chris Aniszczyk, the foundation's COO, thanked the sponsors.");

        assertTrue(facts.contains("Chris Aniszczyk hasRole Cloud Native Computing Foundation [COO]"), facts::toString);
        assertFalse(facts.contains("Chris Aniszczyk worksFor Linux Foundation"), facts::toString);
    }

    @Test
    void aMemberOrReviewerOfASigHoldsASeatInIt() {
        Set<String> facts = chinese("郑雨桐是Kubernetes SIG Scheduling的评审者，也是Kubernetes SIG Node的成员。");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("郑雨桐 hasRole") && f.endsWith("[Reviewer]")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("郑雨桐 hasRole") && f.endsWith("[Member]")), facts::toString);
    }

    @Test
    void aDeputyHoldsATitleOfTheirOwn() {
        assertEquals(List.of("副主席=Vice Chair"), Titles.findIn("当选副主席", 0, 5).stream()
                .map(f -> "当选副主席".substring(f.begin(), f.end()) + "=" + f.title().name()).toList());
        Set<String> facts = chinese("赵敏现任星河科技副总经理。");

        assertTrue(facts.contains("赵敏 hasRole 星河科技 [Deputy General Manager]"), facts::toString);
    }

    @Test
    void whatAPossessorHasIsLedNotThePossessor() {
        Set<String> named = english("The OpenStack Foundation opened the summit. Ilona Varga, who leads the foundation's "
                + "Edge Computing Working Group, spoke after the keynotes.");
        Set<String> unnamed = english("The Linux Foundation hosted the day. Ravi Menon leads the foundation's Edge Infrastructure "
                + "Initiative.");

        assertFalse(named.contains("Ilona Varga leads OpenStack Foundation"), named::toString);
        assertFalse(unnamed.contains("Ravi Menon leads Linux Foundation"), unnamed::toString);
    }
}
