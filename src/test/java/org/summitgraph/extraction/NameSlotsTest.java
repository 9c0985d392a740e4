package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations and projects the reference data does not know, found by the shape of their names and the slots prose
 * puts them in. Made-up sentences, companies and projects.
 */
class NameSlotsTest {

    private static Set<String> english(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 5, 2)));
        return e.mentions().stream().map(m -> m.entity().kind() + " " + m.entity().label("en")).collect(Collectors.toSet());
    }

    @Test
    void aPersonOfAnUnknownNameWorksForAnOrganisation() {
        Set<String> names = english("The panel was led by Marek Hollis of Fernquist, with Ana Lindgren (Saltmarsh Analytics).");

        assertEquals("COMPANY", Samples.kindOf(names, "Fernquist"), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.endsWith(" Saltmarsh Analytics")), names::toString);
    }

    @Test
    void aTitleInBracketsAfterAPersonIsNoOrganisation() {
        Set<String> names = english("Marek Hollis (CTO) opened the day.");

        assertEquals("none", Samples.kindOf(names, "CTO"), names::toString);
    }

    @Test
    void partnersCustomersAndOperatorsAreCompanies() {
        Set<String> names = english("Kestrelnet is a partner of Bramblecloud. Ferrotide became a Quillmark customer in "
                + "2022. Its clusters are operated by Nimbusk, a regional cloud provider.");

        assertEquals("COMPANY", Samples.kindOf(names, "Bramblecloud"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Quillmark"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Nimbusk"), names::toString);
    }

    @Test
    void aUniversityOfACityIsAnOrganisation() {
        Set<String> names = english("Students from the University of Tartu sent 30 patches.");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "University of Tartu"), names::toString);
    }

    @Test
    void committeesAndLabsAreOrganisations() {
        Set<String> names = english("The Tidewell Steering Committee met the Grid Dynamics Lab in March. Later the "
                + "whole Steering Committee voted.");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Tidewell Steering Committee"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Grid Dynamics Lab"), names::toString);
        assertFalse(names.contains("ORGANIZATION Steering Committee"), names::toString);
    }

    @Test
    void aFoundationsBrandBeforeANameIsAProject() {
        Set<String> names = english("Schemas are kept in Apache Quokka, and the Apache Software Foundation hosts it.");

        assertEquals("PROJECT", Samples.kindOf(names, "Apache Quokka"), names::toString);
    }

    @Test
    void maintainersAndKindsOfSoftwareNameProjects() {
        Set<String> names = english("She has been a Brinefly maintainer since 2021. We also help with the Kelp AI "
                + "extension and Halvard's Sable scanner. Tarnwick is a fine project.");

        assertEquals("PROJECT", Samples.kindOf(names, "Brinefly"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Kelp AI"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Sable"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Tarnwick"), names::toString);
    }

    @Test
    void theLastWordOfAKnownProjectIsThatProject() {
        Set<String> names = english("They run Apache Kafka in three regions and wrote their own Kafka connector.");

        assertFalse(names.contains("PROJECT Kafka"), names::toString);
    }

    @Test
    void anLfUmbrellaFoundationIsAnOrganisation() {
        Set<String> names = english("She sits on the Technical Advisory Council of LF Robotics & Sensing.");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "LF Robotics & Sensing"), names::toString);
    }

    @Test
    void theCustomersAnOrganisationNamesAreCompanies() {
        Set<String> names = english("Our customers Larchfield Shipping and the University of Tartu will be there.");

        assertEquals("COMPANY", Samples.kindOf(names, "Larchfield Shipping"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "University of Tartu"), names::toString);
    }

    @Test
    void aCityAndAPossessiveBeforeAnEmployerLeaveItsName() {
        // "Lotus" is a world given name: after a city's possessive the words are a company
        Set<String> names = english("Ines Duarte, an engineer at Kyoto's Tanuki Forge, spoke with Rahul Verma of Pune's "
                + "Lotus Orchard.");

        assertEquals("COMPANY", Samples.kindOf(names, "Tanuki Forge"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Lotus Orchard"), names::toString);
    }

    @Test
    void companyNamesInTheirOwnLanguageEndInTheirHeadWord() {
        Set<String> names = english("Partners include Bergwerk Technik and Martı Yazılım.");

        assertEquals("COMPANY", Samples.kindOf(names, "Bergwerk Technik"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Martı Yazılım"), names::toString);
    }

    @Test
    void schoolsNamedInTheirOwnLanguageAndPublicLibrariesAreOrganisations() {
        Set<String> names = english("She teaches at Universidad de Lima, at TU Graz and at École Centrale; the Denver Public Library "
                + "runs the lab.");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Universidad de Lima"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "École Centrale"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "TU Graz"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Denver Public Library"), names::toString);
    }

    @Test
    void aDescribedSupplierAndAnEmployerAfterAnUpperCaseTitleAreCompanies() {
        Set<String> names = english("Kofi Asante, Director of Open Source at Tidemark, joined Granite Rail, a Brno rail "
                + "signalling supplier. He comes to us from Quillpay in Accra. Later she left to found her own consultancy, "
                + "Holm Open Advisory.");

        assertEquals("COMPANY", Samples.kindOf(names, "Tidemark"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Granite Rail"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Quillpay"), names::toString);
        assertEquals("COMPANY", Samples.kindOf(names, "Holm Open Advisory"), names::toString);
    }

    @Test
    void specialInterestGroupsAreOrganisations() {
        Set<String> names = english("She co-chairs Kubernetes SIG Storage and reviews for SIG Contributor Experience; the "
                + "OpenStack Edge Computing SIG met later.");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "Kubernetes SIG Storage"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "SIG Contributor Experience"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "OpenStack Edge Computing SIG"), names::toString);
    }

    @Test
    void groupsWithALowerCaseHeadAreOrganisations() {
        Set<String> names = english("Rui Matos, who leads the OpenInfra Portugal user group, thanked Brightmoor's open "
                + "source program office and Sanjay Rao of the Kochi cloud native meetup. Our Lisbon team stayed home.");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "OpenInfra Portugal user group"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Brightmoor open source program office"), names::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(names, "Kochi cloud native meetup"), names::toString);
        assertEquals("none", Samples.kindOf(names, "Lisbon team"), names::toString);
    }

    @Test
    void softwareSlotsNameProjects() {
        Set<String> names = english("Both are Ferrokit contributors. Amaru founded the Quipu label printer project in 2019. "
                + "The fleet does not use SNAPboot, and they are packaging HelixOS for laptops.");

        assertEquals("PROJECT", Samples.kindOf(names, "Ferrokit"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Quipu"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "SNAPboot"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "HelixOS"), names::toString);
    }

    @Test
    void theOtherItemsOfASoftwareListAreProjectsEvenAGivenName() {
        Set<String> names = english("Loomstack is built on PyTorch and Ray. Last month our engineers merged 90 pull "
                + "requests: 60 to Kubernetes and 30 to Tern5j.");

        assertEquals("PROJECT", Samples.kindOf(names, "Ray"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Ray")), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "Tern5j"), names::toString);
    }

    @Test
    void theMaintainersOfAKindOfEmbeddedSoftwareMaintainNoProject() {
        Set<String> names = english("Notes\n\nShe worked on the Sitara line, so she knows what the BSP maintainers go through.");

        assertEquals("none", Samples.kindOf(names, "BSP"), names::toString);
    }
}
