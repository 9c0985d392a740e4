package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People's ties told by constructions without a verb of employment, in made-up sentences: a reporter's outlet written
 * flush before the word in a Chinese byline employs them; a project's creators named by the word as a title; a former workplace
 * told by the years spent there or by where someone arrives from; the post taken at the end of a move; a chairman in
 * rotation, who is one of the company's executives; a publication's writer or editor by their grade.
 */
class PersonTieConstructionsTest {

    private static Set<String> chinese(String text) {
        return Samples.factsIn(text, "zh");
    }

    private static Set<String> english(String text) {
        return Samples.factsIn(text, "en");
    }

    @Test
    void anOutletWrittenBeforeTheReporterWordEmploysTheReporterNamedAfter() {
        Set<String> spaced = chinese("开源中国记者 林嘉怡 | 2024-05-10\n\n本届大会在杭州举行。");
        Set<String> colon = chinese("开源中国特约记者：邓子豪\n\n本届大会在杭州举行。");

        assertTrue(spaced.contains("林嘉怡 worksFor OSCHINA"), spaced::toString);
        assertTrue(colon.contains("邓子豪 worksFor OSCHINA"), colon::toString);
    }

    @Test
    void aReporterWordInRunningTextNamesNoOneAfterIt() {
        Set<String> facts = chinese("他接受了开源中国记者的采访，谈到了社区治理。");

        assertFalse(facts.stream().anyMatch(f -> f.contains("worksFor OSCHINA")), facts::toString);
    }

    @Test
    void anEditorsCreditAfterTheOutletIsNoEmployment() {
        Set<String> facts = chinese("来源：开源中国  开源中国编辑：邓子豪\n\n本届大会在杭州举行。");

        assertFalse(facts.contains("邓子豪 worksFor OSCHINA"), facts::toString);
    }

    @Test
    void theCreatorsNamedAfterTheProjectFoundedIt() {
        Set<String> list = english("The hosted service was built by Kubernetes creators Joe Beda, Craig McLuckie and Brendan Burns.");
        Set<String> one = english("Linux co-creator Marta Nowak gave the closing talk.");

        assertTrue(list.contains("Kubernetes foundedBy Joe Beda"), list::toString);
        assertTrue(list.contains("Kubernetes foundedBy Brendan Burns"), list::toString);
        assertTrue(one.contains("Linux foundedBy Marta Nowak"), one::toString);
    }

    @Test
    void theChineseWordForCreatorBeforeAnotherTitleAndTheName() {
        Set<String> facts = chinese("Kubernetes的创造者、现任Google工程总监的Brendan Burns做了开场演讲。");

        assertTrue(facts.contains("Kubernetes foundedBy Brendan Burns"), facts::toString);
    }

    @Test
    void aUserOrMaintainerOfAProjectFoundedNothing() {
        Set<String> en = english("Kubernetes maintainer Marta Nowak and Kubernetes users from Zalando joined the panel.");
        Set<String> zh = chinese("Kubernetes的用户、来自京东的王涛分享了经验。对话Kubernetes作者王涛。");

        assertFalse(en.stream().anyMatch(f -> f.contains("foundedBy")), en::toString);
        assertFalse(zh.stream().anyMatch(f -> f.contains("foundedBy")), zh::toString);
    }

    @Test
    void theYearsSpentAtAnOrganisationAreAFormerWorkplace() {
        Set<String> his = english("The keynote came from Tomas Berg, CTO of Clyso and a storage veteran from his years at Google.");
        Set<String> her = english("Anna Keller, now at Stripe, learned the trade during her decade at IBM.");

        assertTrue(his.contains("Tomas Berg formerlyWorkedFor Google"), his::toString);
        assertTrue(her.contains("Anna Keller formerlyWorkedFor IBM"), her::toString);
    }

    @Test
    void aPersonArrivingFromACompanyWorkedThereBefore() {
        Set<String> facts = english("Vantablue has hired Lena Fischer as head of platform. Fischer arrives from Red Hat, where she led the OpenShift team.");

        assertTrue(facts.contains("Lena Fischer formerlyWorkedFor Red Hat"), facts::toString);
    }

    @Test
    void somethingThatComesFromACompanyIsNoPersonWhoWorkedThere() {
        Set<String> facts = english("Lena Fischer said the idea comes from Red Hat, which published it last year.");

        assertFalse(facts.contains("Lena Fischer formerlyWorkedFor Red Hat"), facts::toString);
    }

    @Test
    void thePostTakenAtTheEndOfAMoveIsHeldWhereTheMoveEnded() {
        Set<String> facts = english("Congratulations to Daniel Kruger, who has moved from Intel to Red Hat as a staff engineer.");

        assertTrue(facts.contains("Daniel Kruger hasRole Red Hat [Staff Engineer]"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Daniel Kruger hasRole Intel")), facts::toString);
    }

    @Test
    void aChairmanInRotationIsAnExecutiveOfTheCompany() {
        Set<String> facts = chinese("华为轮值董事长徐直军发表了主题演讲。");

        assertTrue(facts.contains("Eric Xu hasRole Huawei [Rotating Chairman]") || facts.stream()
                .anyMatch(f -> f.endsWith("hasRole Huawei [Rotating Chairman]")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.endsWith("worksFor Huawei")), facts::toString);
    }

    @Test
    void aPublicationsWriterByTheirGradeWorksThere() {
        Set<String> writer = english("The panel was moderated by Oliver Grant, staff writer at The Register, who asked about licences.");
        Set<String> editor = english("Priya Das, a senior editor at The Register, wrote the summary.");

        assertTrue(writer.contains("Oliver Grant hasRole The Register [Staff Writer]"), writer::toString);
        assertTrue(editor.contains("Priya Das hasRole The Register [Senior Editor]"), editor::toString);
    }
}
