package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pronouns and descriptions that stand for an entity named before, in made-up sentences with made-up people and
 * companies: the relation rules read them as that entity, the statements say so in their method, the entity gets no
 * name from them, and nothing is resolved where two antecedents of the same kind compete.
 */
class AnaphoraTest {

    private static Extraction english(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 5, 2)));
    }

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 5, 2)));
    }

    private static List<String> methodsOf(Extraction e, String subjectLabel, String predicate) {
        return e.facts().stream().filter(f -> f.predicate().getLocalName().equals(predicate))
                .filter(f -> e.entities().get(f.subject()).label("en").equals(subjectLabel)
                        || e.entities().get(f.subject()).label("zh").equals(subjectLabel))
                .map(Fact::method).toList();
    }

    @Test
    void theCompanyAfterItsNameIsThatCompanyForTheFounder() {
        Extraction e = english("Veridian Systems sent six engineers to the conference. "
                + "The company was founded in Gdańsk by Tomasz Kowalczyk back in 2015.");

        assertTrue(Samples.facts(e).contains("Veridian Systems foundedBy Tomasz Kowalczyk"), Samples.facts(e)::toString);
        assertTrue(Samples.facts(e).contains("Veridian Systems locatedIn Gdańsk"), Samples.facts(e)::toString);
    }

    @Test
    void aStatementFoundThroughAnAnaphorSaysSoAndGivesTheEntityNoName() {
        Extraction e = english("Veridian Systems sent six engineers to the conference. "
                + "The company was founded by Tomasz Kowalczyk back in 2015.");

        assertTrue(methodsOf(e, "Veridian Systems", "foundedBy").stream().allMatch(m -> m.endsWith("+" + Anaphora.DESCRIPTION)),
                () -> methodsOf(e, "Veridian Systems", "foundedBy").toString());
        assertFalse(methodsOf(e, "Veridian Systems", "foundedBy").isEmpty());
        assertTrue(e.mentions().stream().noneMatch(m -> m.surface().equalsIgnoreCase("the company")),
                e.mentions()::toString);
        assertEquals(1, e.mentions().stream().filter(m -> m.entity().label("en").equals("Veridian Systems")).count());
    }

    @Test
    void itsAfterACopulaIsNotTheSubjectButTheProjectNamedBefore() {
        Set<String> facts = Samples.facts(english("After lunch I sat in on a talk about OpenStack. "
                + "Hollowbrook Labs is still its largest contributor, and hires from the community."));

        assertTrue(facts.contains("Hollowbrook Labs contributesTo OpenStack"), facts::toString);
    }

    @Test
    void theyMeansTheOneCompanyNamedWhenNoTwoPeopleWere() {
        Set<String> facts = Samples.facts(english("Marlowe Cloud was founded in Leeds by Priya Raman. "
                + "They partner with Hollowbrook Labs on managed Kubernetes."));

        assertTrue(facts.contains("Marlowe Cloud partnerOf Hollowbrook Labs"), facts::toString);
    }

    @Test
    void twoCompaniesInTheSentenceBeforeLeaveTheCompanyUnresolved() {
        Set<String> facts = Samples.facts(english("Veridian Systems and Marlowe Cloud shared a booth this year. "
                + "The company was founded by Tomasz Kowalczyk back in 2015."));

        assertTrue(facts.stream().noneMatch(f -> f.contains("foundedBy Tomasz Kowalczyk")), facts::toString);
    }

    @Test
    void theFoundationPagesLaterIsTheOneFoundationTheArticleNamed() {
        Set<String> facts = Samples.facts(english("Welcome to the live blog of the Harbor Data Foundation's spring meeting. "
                + "Doors opened at eight. Coffee was good. The hall filled quickly. "
                + "Marta Kowalski, the Foundation's executive director, opened the day. "
                + "Next Daniel Osei, VP of engineering at the Foundation, walked through the roadmap."));

        assertTrue(facts.contains("Marta Kowalski worksFor Harbor Data Foundation"), facts::toString);
        assertTrue(facts.contains("Daniel Osei worksFor Harbor Data Foundation"), facts::toString);
        assertTrue(facts.stream().noneMatch(f -> f.contains("Foundation's") || f.contains("Next")), facts::toString);
    }

    @Test
    void theFoundationAfterTwoFoundationsIsLeftAlone() {
        Set<String> facts = Samples.facts(english("Harbor Data Foundation and Quillon Foundation co-hosted the meeting. "
                + "Doors opened at eight. Coffee was good. The hall filled quickly. "
                + "Daniel Osei, VP of engineering at the Foundation, opened the day."));

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Daniel Osei worksFor")), facts::toString);
    }

    @Test
    void theyAfterTwoPeopleIsNotTheirCompany() {
        Set<String> facts = Samples.facts(english("Priya Raman and Tomasz Kowalczyk of Marlowe Cloud met us in the hallway. "
                + "They partner with Hollowbrook Labs on managed Kubernetes."));

        assertFalse(facts.contains("Marlowe Cloud partnerOf Hollowbrook Labs"), facts::toString);
    }

    @Test
    void herTeamIsHerCompanyNotHer() {
        Set<String> facts = Samples.facts(english("Priya Raman of Marlowe Cloud explained why her team contributes to OpenStack."));

        assertFalse(facts.contains("Priya Raman contributesTo OpenStack"), facts::toString);
    }

    @Test
    void aChineseDescriptionOfTheCompanyIsTheCompanyNamedBefore() {
        Set<String> facts = Samples.facts(chinese("云岫数据今年派了三位工程师参会。该公司从去年起就是OpenStack的重度用户。"), "zh");

        assertTrue(facts.contains("云岫数据 uses OpenStack"), facts::toString);
    }

    @Test
    void aChineseDescriptionWithWordsInsideStillPointsBack() {
        Set<String> facts = Samples.facts(chinese("下午轮到云岫数据的展台。这家总部位于杭州的公司主要做工业数据平台。"), "zh");

        assertTrue(facts.contains("云岫数据 locatedIn 杭州"), facts::toString);
    }

    @Test
    void aChineseDescriptionAfterTwoCompaniesIsLeftAlone() {
        Set<String> facts = Samples.facts(chinese("云岫数据和蓝湾科技都发布了新版本。该公司从去年起就是OpenStack的重度用户。"), "zh");

        assertTrue(facts.stream().noneMatch(f -> f.contains("uses OpenStack")), facts::toString);
    }

    @Test
    void aChinesePronounForAPersonIsThePersonOfTheSentenceBefore() {
        Set<String> facts = Samples.facts(chinese("林晓彤是蓝湾科技的工程师。她是Kubernetes的贡献者。"), "zh");

        assertTrue(facts.contains("林晓彤 contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void aChinesePronounAfterTwoPeopleIsLeftAlone() {
        Set<String> facts = Samples.facts(chinese("林晓彤和周明远一起参加了分论坛。她是Kubernetes的贡献者。"), "zh");

        assertTrue(facts.stream().noneMatch(f -> f.contains("contributesTo Kubernetes")), facts::toString);
    }

    @Test
    void bothStandsForTheTwoPeopleJustNamedTogether() {
        Set<String> facts = Samples.facts(english("The release thanks Marisol Quintana for the new scheduler and Tomasz Kowalczyk "
                + "for the docs. Both are now OpenStack contributors."));

        assertTrue(facts.contains("Marisol Quintana contributesTo OpenStack"), facts::toString);
        assertTrue(facts.contains("Tomasz Kowalczyk contributesTo OpenStack"), facts::toString);
    }

    @Test
    void bothBeforeANounIsNoPairOfPeople() {
        Set<String> facts = Samples.facts(english("The release thanks Marisol Quintana for the new scheduler and Tomasz Kowalczyk "
                + "for the docs. Both hosts are OpenStack contributors."));

        assertFalse(facts.contains("Marisol Quintana contributesTo OpenStack"), facts::toString);
    }

    @Test
    void hisCompanyIsTheCompanyAndItsThenMeansItToo() {
        Set<String> facts = Samples.facts(english("Later Tomasz Kowalczyk, CTO at Marlowe Cloud, explained how his company "
                + "moved its build farm to Kubernetes."));

        assertTrue(facts.contains("Marlowe Cloud uses Kubernetes"), facts::toString);
        assertFalse(facts.contains("Tomasz Kowalczyk uses Kubernetes"), facts::toString);
    }

    @Test
    void aPronounKnownToBeHeIsNotTheWomanNamedBesideHim() {
        Extraction e = english("Tomasz Kowalczyk opened the day; he joined Marlowe Cloud in May. "
                + "In the afternoon Tomasz Kowalczyk and Marisol Quintana ran a workshop. She works for Veridian Systems.");

        assertTrue(Samples.facts(e).contains("Marisol Quintana worksFor Veridian Systems"), Samples.facts(e)::toString);
        assertFalse(Samples.facts(e).contains("Tomasz Kowalczyk worksFor Veridian Systems"), Samples.facts(e)::toString);
    }

    @Test
    void theFirmAfterAnUnnamedCompanyIsLeftAlone() {
        Set<String> facts = Samples.facts(english("Veridian Systems demoed its scheduler on Monday. "
                + "At Brennholt she replaces Tomasz Kowalczyk, who founded the firm in 1998."));

        assertFalse(facts.contains("Veridian Systems foundedBy Tomasz Kowalczyk"), facts::toString);
    }

    @Test
    void aChinesePronounOpeningAClauseIsThePersonOfTheClauseBefore() {
        Set<String> facts = Samples.facts(chinese("入围者有林晓彤、周明远和陈思雨，最后林晓彤获奖，她是Kubernetes的贡献者。"), "zh");

        assertTrue(facts.contains("林晓彤 contributesTo Kubernetes"), facts::toString);
        assertFalse(facts.contains("周明远 contributesTo Kubernetes"), facts::toString);
    }

    @Test
    void aChineseTheyAfterASpeakerIsHisCompany() {
        Set<String> facts = Samples.facts(chinese("下午是蓝湾科技的分享，创始人周明远说他们已经是OpenStack的重度用户。"), "zh");

        assertTrue(facts.contains("蓝湾科技 uses OpenStack"), facts::toString);
    }

    @Test
    void aChineseProjectDescriptionPastAnUnnamedToolIsLeftAlone() {
        Set<String> facts = Samples.facts(chinese("蓝湾科技是OpenStack的重度用户。他们在展台演示了自家的调度工具，该项目由周明远发起。"), "zh");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("OpenStack foundedBy")), facts::toString);
    }

    @Test
    void whatHisCompanyCreatedAfterWhichWasFoundedByTheCompany() {
        Set<String> facts = Samples.facts(english("Tomasz Kowalczyk, CTO of Marlowe Cloud, demoed Linkerd, which his company "
                + "created and donated to the CNCF."));

        assertTrue(facts.contains("Linkerd foundedBy Marlowe Cloud"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.endsWith("foundedBy Marlowe Cloud") && !f.startsWith("Linkerd")), facts::toString);
    }
}
