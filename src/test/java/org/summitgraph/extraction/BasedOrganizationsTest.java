package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where an organisation is, written before its name ("Suzhou-based Qiaolan Edge", "Chengdu startup Pinecrest") or in
 * what it is said to be ("Nordhafen is a Kiel-based cloud provider"); and a description that introduces the next name,
 * which says nothing of the organisation named before it. Made-up organisations of their own.
 */
class BasedOrganizationsTest {

    private static Set<String> organizations(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 2))).mentions().stream()
                .filter(m -> m.entity().kind().isOrganization()).map(Mention::surface).collect(Collectors.toSet());
    }

    @Test
    void aNameRightAfterWhereItIsBasedIsAnOrganisationThere() {
        String text = "Chen Yu, chief executive of Suzhou-based Qiaolan Edge, showed a demo of the platform.";

        assertTrue(organizations(text).contains("Qiaolan Edge"), () -> organizations(text).toString());
        assertTrue(Samples.factsIn(text, "en").contains("Qiaolan Edge locatedIn Suzhou"), () -> Samples.factsIn(text, "en").toString());
    }

    @Test
    void aProjectBeforeTheKindOfBusinessIsNoOrganisation() {
        Set<String> orgs = organizations("Yesterday Berlin-based Kubernetes consultancy Kubewerk opened a second office.");

        assertFalse(orgs.contains("Kubernetes"), orgs::toString);
    }

    @Test
    void aCityOpeningTheSentenceBeforeTheKindOfBusinessIsWhereTheCompanyIs() {
        Set<String> facts = Samples.factsIn("Chengdu startup Pinecrest builds container platforms for banks.", "en");

        assertTrue(facts.contains("Pinecrest locatedIn Chengdu"), facts::toString);
    }

    @Test
    void whatAnOrganisationIsSaidToBeSaysWhereItIs() {
        Set<String> facts = Samples.factsIn("Nordhafen Systems hired a new CTO. Nordhafen Systems is a Kiel-based cloud provider "
                + "founded in 2015.", "en");

        assertTrue(facts.contains("Nordhafen Systems locatedIn Kiel"), facts::toString);
    }

    @Test
    void aDescriptionThatIntroducesTheNextNameSaysNothingOfTheOneBefore() {
        Set<String> facts = Samples.factsIn("Kubewerk opened an office. The Munich-based Tessaract Labs said so.", "en");

        assertFalse(facts.contains("Kubewerk locatedIn Munich"), facts::toString);
        assertTrue(facts.contains("Tessaract Labs locatedIn Munich"), facts::toString);
    }
}
