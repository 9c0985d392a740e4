package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where people work, worked and what they founded, told by a clause rather than a title next to the name: "comes to us
 * from", "created while at", "is at X now", "her day job is", "stays with X as", "X, the company he founded".
 */
class CareerClauseTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void whoComesToUsFromAnEmployerWorkedThereBefore() {
        Set<String> facts = english("Lena Fischer is our new head of data. She comes to us from Huawei, where she ran the lakehouse team.");

        assertTrue(facts.contains("Lena Fischer formerlyWorkedFor Huawei"), facts::toString);
    }

    @Test
    void whoJoinedUsFromAnEmployerWorkedThereBefore() {
        Set<String> facts = english("Marta Ruiz joined us from Microsoft in March.");

        assertTrue(facts.contains("Marta Ruiz formerlyWorkedFor Microsoft"), facts::toString);
    }

    @Test
    void whatSomeoneBuiltWhileAtACompanyTellsAPastEmployer() {
        Set<String> facts = english("KubeEdge, which Anil Kumar created while at Huawei, is now a CNCF project.");

        assertTrue(facts.contains("Anil Kumar formerlyWorkedFor Huawei"), facts::toString);
    }

    @Test
    void whileAtWithoutAPastDeedIsNoPastEmployer() {
        Set<String> facts = english("While at Huawei's booth, Ana Costa gave a demo of the new scheduler.");

        assertFalse(facts.contains("Ana Costa formerlyWorkedFor Huawei"), facts::toString);
    }

    @Test
    void aPronounAtACompanyNowWorksThere() {
        Set<String> facts = english("Ravi Menon opened the track. He is at Red Hat now, after six years at IBM.");

        assertTrue(facts.contains("Ravi Menon worksFor Red Hat"), facts::toString);
        assertTrue(facts.contains("Ravi Menon formerlyWorkedFor IBM"), facts::toString);
    }

    @Test
    void aPronounAtACompanysBoothIsNoEmployee() {
        Set<String> facts = english("Ravi Menon opened the track. He is at the Red Hat booth all afternoon.");

        assertFalse(facts.contains("Ravi Menon worksFor Red Hat"), facts::toString);
    }

    @Test
    void aDayJobIsATitleAtTheCompany() {
        Set<String> facts = english("Eva Novak chairs the meetup. Her day job is head of engineering at Microsoft.");

        assertTrue(facts.contains("Eva Novak hasRole Microsoft [Head of Engineering]"), facts::toString);
        assertTrue(facts.contains("Eva Novak worksFor Microsoft"), facts::toString);
    }

    @Test
    void whoStaysWithACompanyAsATitleHoldsIt() {
        Set<String> facts = english("Tom Berg stays with Red Hat as a principal engineer and will mentor the new team.");

        assertTrue(facts.contains("Tom Berg hasRole Red Hat [Principal Engineer]"), facts::toString);
        assertTrue(facts.contains("Tom Berg worksFor Red Hat"), facts::toString);
    }

    @Test
    void theCompanyHeFoundedWasFoundedByHim() {
        Set<String> facts = english("Solomon Hykes later left Docker. He now works at Dagger, the company he co-founded in 2018.");

        assertTrue(facts.contains("Dagger foundedBy Solomon Hykes"), facts::toString);
    }

    @Test
    void theCompanyThatHostedIsNotFoundedByThePersonNamedBefore() {
        Set<String> facts = english("Jan Berger thanked Microsoft, the company that hosted the sprint.");

        assertFalse(facts.contains("Microsoft foundedBy Jan Berger"), facts::toString);
    }

    @Test
    void aFoundationProjectsShortNameIsNoPerson() {
        Set<String> names = Samples.names(Samples.EXTRACTOR.extract(Samples.article("Wei Lin is a committer of Apache Doris. "
                + "Doris started life inside Baidu.", "en", LocalDate.of(2024, 9, 20))));

        assertFalse(names.contains("PERSON Doris"), names::toString);
    }

    @Test
    void aBusinessNamedAfterTheWordForItIsNoPerson() {
        Set<String> names = Samples.names(Samples.EXTRACTOR.extract(Samples.article("Omar Saleh, an architect at the Doha "
                + "logistics company Maryam Freight, asked about quotas.", "en", LocalDate.of(2024, 9, 20))));

        assertFalse(names.contains("PERSON Maryam Freight"), names::toString);
        assertTrue(names.contains("PERSON Omar Saleh"), names::toString);
    }

    @Test
    void whoRunsACompanyAsCeoHoldsTheTitle() {
        Set<String> facts = english("Marek Novak now runs Red Hat, the company he joined in 2015, as CEO.");

        assertTrue(facts.contains("Marek Novak hasRole Red Hat [CEO]"), facts::toString);
    }

    @Test
    void runningSoftwareAsAServiceIsNoTitle() {
        Set<String> facts = english("Marek Novak now runs Red Hat OpenShift as a managed service for the bank.");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Marek Novak hasRole")), facts::toString);
    }
}
