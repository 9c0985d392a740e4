package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles in appositions and bylines, in made-up sentences: capitalised words that say which kind of job a title is
 * ("Mobile Developer Advocate at Google"), a project's title and a job joined by "and", a byline that goes on with a
 * bar and a date, and the expert grades of Chinese companies' engineering ladders after a unit's name.
 */
class TitleAppositionsTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> chinese(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void capitalisedWordsBeforeAJobTitleAtAnOrganisationAreKeptWithTheTitle() {
        Set<String> facts = english("Mia Tan, Mobile Developer Advocate at Google, ran the morning workshop.");
        assertTrue(facts.contains("Mia Tan hasRole Google [Mobile Developer Advocate]"), facts::toString);
        assertTrue(facts.contains("Mia Tan worksFor Google"), facts::toString);

        Set<String> second = english("Omar Haddad, the Cloud Storage Architect at Red Hat, opened the second day.");
        assertTrue(second.contains("Omar Haddad hasRole Red Hat [Cloud Storage Architect]"), second::toString);
        assertTrue(second.contains("Omar Haddad worksFor Red Hat"), second::toString);
    }

    @Test
    void aCapitalisedTitleWithNoOrganisationAfterItGivesNoRole() {
        Set<String> bare = english("Mia Tan, Mobile Developer Advocate, ran the morning workshop.");
        assertTrue(bare.stream().noneMatch(f -> f.startsWith("Mia Tan hasRole") || f.startsWith("Mia Tan worksFor")), bare::toString);

        Set<String> placed = english("Mia Tan, Mobile Developer Advocate in Berlin, ran the morning workshop.");
        assertTrue(placed.stream().noneMatch(f -> f.startsWith("Mia Tan hasRole") || f.startsWith("Mia Tan worksFor")), placed::toString);
    }

    @Test
    void aJobJoinedByAndToAProjectTitleIsHeldAtTheOrganisationAfterIt() {
        Set<String> facts = english("Jonas Berg, a Prometheus maintainer and senior engineer at Grafana Labs, walked "
                + "through the new storage engine.");

        assertTrue(facts.contains("Jonas Berg hasRole Prometheus [Maintainer]"), facts::toString);
        assertTrue(facts.contains("Jonas Berg hasRole Grafana Labs [Senior Engineer]"), facts::toString);
        assertTrue(facts.contains("Jonas Berg worksFor Grafana Labs"), facts::toString);
        assertFalse(facts.contains("Jonas Berg hasRole Prometheus [Senior Engineer]"), facts::toString);
    }

    @Test
    void aProjectTitleAloneAtAnOrganisationStaysTheProjects() {
        Set<String> facts = english("Jonas Berg, a Prometheus maintainer at Grafana Labs, walked through the new storage engine.");

        assertTrue(facts.contains("Jonas Berg hasRole Prometheus [Maintainer]"), facts::toString);
        assertTrue(facts.contains("Jonas Berg worksFor Grafana Labs"), facts::toString);
        assertFalse(facts.contains("Jonas Berg hasRole Grafana Labs [Maintainer]"), facts::toString);
    }

    @Test
    void aBylineGoingOnWithABarAndADateNamesTheWritersPublication() {
        Set<String> facts = english("By Elena Marsh, Senior Reporter, TechCrunch | March 3, 2021\n\nThe keynote opened late.");
        assertTrue(facts.contains("Elena Marsh hasRole TechCrunch [Senior Reporter]"), facts::toString);
        assertTrue(facts.contains("Elena Marsh worksFor TechCrunch"), facts::toString);

        Set<String> contact = english("Press contact: Ola Berg, Communications Manager, SUSE");
        assertTrue(contact.contains("Ola Berg hasRole SUSE [Communications Manager]"), contact::toString);
    }

    @Test
    void aBylineWithNoPublicationGivesNoEmployer() {
        Set<String> facts = english("By Elena Marsh, Senior Reporter | March 3, 2021\n\nThe keynote opened late.");

        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Elena Marsh hasRole") || f.startsWith("Elena Marsh worksFor")), facts::toString);
    }

    @Test
    void anExpertGradeAfterAUnitOfTheOrganisationIsAJobThere() {
        Set<String> facts = chinese("腾讯云数据库高级技术专家王磊介绍了新版本的设计。");
        assertTrue(facts.contains("王磊 hasRole Tencent Cloud [Senior Technical Expert]"), facts::toString);
        assertTrue(facts.contains("王磊 worksFor Tencent Cloud"), facts::toString);

        Set<String> second = chinese("华为云资深技术专家刘洋表示，明年会开源调度器。");
        assertTrue(second.contains("刘洋 hasRole Huawei Cloud [Senior Technical Expert]"), second::toString);
    }

    @Test
    void expertsCountedAreNoOnesTitle() {
        Set<String> facts = chinese("腾讯云有二十位技术专家参与了这次评审，王磊是其中之一。");

        assertTrue(facts.stream().noneMatch(f -> f.contains("Technical Expert")), facts::toString);
    }
}
