package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;
import org.summitgraph.article.Article;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English constructions found on articles no rule was written for, each in made-up sentences with made-up people and
 * companies: organisations introduced by a description, names with particles, compound titles, titles whose
 * organisation is a possessive, and the ways recaps tell who spoke, who came, who uses, buys and founds what.
 */
class EnglishConstructionsTest {

    private static Extraction english(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2023, 6, 20)));
    }

    @Test
    void aCompanyIntroducedByNationalityAndKindIsACompanyInThatCountry() {
        Extraction e = english("Last spring the Hungarian freight firm Tavaszi Logistics moved its billing to Kubernetes.");

        assertTrue(Samples.names(e).contains("COMPANY Tavaszi Logistics"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Tavaszi Logistics locatedIn Hungary"), Samples.facts(e)::toString);
    }

    @Test
    void aCityBasedDescriptionBeforeTheNamePlacesTheCompany() {
        Extraction e = english("On Tuesday, Stuttgart-based robotics start-up Quellwerk showed its new controller.");

        assertTrue(Samples.names(e).contains("COMPANY Quellwerk"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Quellwerk locatedIn Stuttgart"), Samples.facts(e)::toString);
    }

    @Test
    void aNationalityInTheDescriptionAfterTheNamePlacesTheCompany() {
        Set<String> facts = Samples.facts(english("Banco Austral, an Argentine retail bank, has run OpenStack since 2016."));

        assertTrue(facts.contains("Banco Austral locatedIn Argentina"), facts::toString);
    }

    @Test
    void aNationalityWithoutACompanyAfterItNamesNoPlace() {
        Extraction e = english("I am already practising my French, and a large German carmaker was mentioned.");

        assertFalse(Samples.names(e).contains("PLACE France"), Samples.names(e)::toString);
        assertFalse(Samples.names(e).contains("PLACE Germany"), Samples.names(e)::toString);
    }

    @Test
    void aCompoundTitleAtADescribedCompanyIsARoleThereAndAJob() {
        Set<String> facts = Samples.facts(english("Karen Holm, a staff engineer at the Danish shipping company Nordhavn Lines, "
                + "explained the migration."));

        assertTrue(facts.contains("Karen Holm hasRole Nordhavn Lines [Staff Engineer]"), facts::toString);
        assertTrue(facts.contains("Karen Holm worksFor Nordhavn Lines"), facts::toString);
    }

    @Test
    void aNameWithParticlesIsOnePersonWithItsRole() {
        Extraction e = english("The opening talk came from Ruud van der Berg, a release lead for Kubernetes.");

        assertTrue(Samples.names(e).contains("PERSON Ruud van der Berg"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Ruud van der Berg hasRole Kubernetes [Release Lead]"), Samples.facts(e)::toString);
    }

    @Test
    void aCapitalisedWordBeforeAGivenNameDoesNotHideTheName() {
        Extraction e = english("By Tobias Lindqvist, platform engineer at Hollow Pine Analytics\n\nThe summit was busy.");

        assertTrue(Samples.names(e).contains("PERSON Tobias Lindqvist"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Tobias Lindqvist worksFor Hollow Pine Analytics"), Samples.facts(e)::toString);
    }

    @Test
    void aPossessiveTitleBelongsToTheCompanyTheSentenceIsAbout() {
        Set<String> facts = Samples.facts(english("Grantwell Systems was said to be in talks with Oracle; its CEO, Laura Castell, "
                + "denied it."));

        assertTrue(facts.contains("Laura Castell hasRole Grantwell Systems [CEO]"), facts::toString);
        assertFalse(facts.contains("Laura Castell hasRole Oracle [CEO]"), facts::toString);
    }

    private static final String SUMMIT = "KubeCon + CloudNativeCon Europe 2023 took over Amsterdam for three days in April. ";

    @Test
    void aTalkThatCameFromSomeoneIsTheirTalkAtTheSummit() {
        Set<String> facts = Samples.facts(english(SUMMIT + "The session everyone argued about afterwards came from Lars Eklund, "
                + "who runs the platform team at Vastra Bank."));

        assertTrue(facts.contains("Lars Eklund speaksAt KubeCon + CloudNativeCon Europe 2023"), facts::toString);
    }

    @Test
    void aKeynoteOpeningTheSentenceGoesToThePersonNamedAfterIt() {
        Set<String> facts = Samples.facts(english(SUMMIT + "In the opening keynote, Red Hat's Laura Brennan asked for more "
                + "reviewers. Later, Laura Brennan told a packed main hall that docs matter."));

        assertTrue(facts.contains("Laura Brennan speaksAt KubeCon + CloudNativeCon Europe 2023"), facts::toString);
    }

    @Test
    void aCompanyThatBroughtPeopleToTheConferenceAttendsIt() {
        Set<String> facts = Samples.facts(english(SUMMIT + "Tidemark Analytics brought nine engineers to the conference, and "
                + "two people from Isovalent ran the eBPF workshop."));

        assertTrue(facts.contains("Tidemark Analytics attends KubeCon + CloudNativeCon Europe 2023"), facts::toString);
        assertTrue(facts.contains("Isovalent attends KubeCon + CloudNativeCon Europe 2023"), facts::toString);
    }

    @Test
    void theTeamThatSettledOnAProjectIsTheCompanyNamedBefore() {
        Set<String> facts = Samples.facts(english("Kestrel Freight Systems evaluated Istio for a year and did not adopt it; "
                + "in the end the team settled on Linkerd."));

        assertTrue(facts.contains("Kestrel Freight Systems uses Linkerd"), facts::toString);
        assertFalse(facts.contains("Kestrel Freight Systems uses Istio"), facts::toString);
    }

    @Test
    void leavingOneEmployerToJoinAnotherIsAMove() {
        Set<String> facts = Samples.facts(english("Laura Brennan leaves Oracle after eight years to join Red Hat. Her colleague "
                + "Jonas Pettersen used to be at IBM."));

        assertTrue(facts.contains("Laura Brennan worksFor Red Hat"), facts::toString);
        assertTrue(facts.contains("Laura Brennan formerlyWorkedFor Oracle"), facts::toString);
        assertTrue(facts.contains("Jonas Pettersen formerlyWorkedFor IBM"), facts::toString);
    }

    @Test
    void anOrganisationInBracketsOrAfterFromIsTheEmployerOfThoseListed() {
        Set<String> facts = Samples.facts(english("Group member Laura Brennan (Tidemark Analytics) is speaking. Jonas Pettersen "
                + "and Karen Holm of Hollow Pine Systems made the trip, and Ruth Adler from the CNCF joined them."));

        assertTrue(facts.contains("Laura Brennan worksFor Tidemark Analytics"), facts::toString);
        assertTrue(facts.contains("Jonas Pettersen worksFor Hollow Pine Systems"), facts::toString);
        assertTrue(facts.contains("Karen Holm worksFor Hollow Pine Systems"), facts::toString);
        assertTrue(facts.contains("Ruth Adler worksFor Cloud Native Computing Foundation"), facts::toString);
    }

    @Test
    void customersToldByAppositionOrByItsAreCustomersOfTheCompanyInFocus() {
        Set<String> facts = Samples.facts(english("Ostrava Savings Bank, one of Tidemark Analytics' largest customers, runs Ceph. "
                + "Quellwerk Systems said that Hollow Pine Analytics has become its first paying customer."));

        assertTrue(facts.contains("Ostrava Savings Bank customerOf Tidemark Analytics"), facts::toString);
        assertTrue(facts.contains("Hollow Pine Analytics customerOf Quellwerk Systems"), facts::toString);
    }

    @Test
    void foundersToldBeforeTheNameOrByAPronounFoundIt() {
        Set<String> facts = Samples.facts(english("Founded in 1994 by engineer Laura Brennan, Tidemark Analytics is based in "
                + "Oslo. Jonas Pettersen spoke next. Quellwerk Systems, which he co-founded with two former Oracle "
                + "colleagues, sells support."));

        assertTrue(facts.contains("Tidemark Analytics foundedBy Laura Brennan"), facts::toString);
        assertTrue(facts.contains("Quellwerk Systems foundedBy Jonas Pettersen"), facts::toString);
    }

    @Test
    void speakersToldByWhatTheyDidOnStageOrByTheLineUpSpeakAtTheSummit() {
        Set<String> facts = Samples.facts(english(SUMMIT + "Karen Holm, a principal engineer at Tidemark Analytics, walked the "
                + "audience through her upgrade runbook. The afternoon track featured Ruth Adler from Quellwerk Systems and "
                + "Jonas Pettersen of Hollow Pine Systems. In a session on cost control, Laura Brennan explained the numbers."));

        assertTrue(facts.contains("Karen Holm speaksAt KubeCon + CloudNativeCon Europe 2023"), facts::toString);
        assertTrue(facts.contains("Ruth Adler speaksAt KubeCon + CloudNativeCon Europe 2023"), facts::toString);
        assertTrue(facts.contains("Jonas Pettersen speaksAt KubeCon + CloudNativeCon Europe 2023"), facts::toString);
        assertTrue(facts.contains("Laura Brennan speaksAt KubeCon + CloudNativeCon Europe 2023"), facts::toString);
    }

    @Test
    void changesLandedInAProjectAreContributions() {
        Set<String> facts = Samples.facts(english("Engineers at Tidemark Analytics landed more than 300 changes in Cilium last "
                + "year. Quellwerk Systems runs Envoy, and the company's engineers have merged 40 patches upstream, most of "
                + "them in Envoy."));

        assertTrue(facts.contains("Tidemark Analytics contributesTo Cilium"), facts::toString);
        assertTrue(facts.contains("Quellwerk Systems contributesTo Envoy"), facts::toString);
    }

    @Test
    void aSeatOnABoardIsABoardRole() {
        Set<String> facts = Samples.facts(english("Laura Brennan works on Nova. She was elected to the OpenStack Foundation board "
                + "this year, and Jonas Pettersen sits on the board of the Linux Foundation."));

        assertTrue(facts.contains("Laura Brennan hasRole OpenStack Foundation [Board Director]"), facts::toString);
        assertTrue(facts.contains("Jonas Pettersen hasRole Linux Foundation [Board Director]"), facts::toString);
    }

    @Test
    void customersAndPartnersInTheirOtherWordings() {
        Set<String> facts = Samples.facts(english("Ostrava Savings Bank, a long-time client of Tidemark Analytics, spoke first. "
                + "Quellwerk Systems counts Hollow Pine Analytics among its customers. Nordhavn Shipping has been a loyal "
                + "customer of Tidemark Analytics since 2015. Quellwerk Systems is teaming up with Nordhavn Shipping."));

        assertTrue(facts.contains("Ostrava Savings Bank customerOf Tidemark Analytics"), facts::toString);
        assertTrue(facts.contains("Hollow Pine Analytics customerOf Quellwerk Systems"), facts::toString);
        assertTrue(facts.contains("Nordhavn Shipping customerOf Tidemark Analytics"), facts::toString);
        assertTrue(facts.contains("Quellwerk Systems partnerOf Nordhavn Shipping"), facts::toString);
    }

    @Test
    void formerlyOfOneAndNowAtAnotherIsBoth() {
        Set<String> facts = Samples.facts(english("Laura Brennan, formerly of Oracle and now staff engineer at Tidemark Analytics, "
                + "opened the day."));

        assertTrue(facts.contains("Laura Brennan worksFor Tidemark Analytics"), facts::toString);
        assertTrue(facts.contains("Laura Brennan formerlyWorkedFor Oracle"), facts::toString);
        assertFalse(facts.contains("Laura Brennan worksFor Oracle"), facts::toString);
    }

    @Test
    void presenceSlotsAndUsersBetweenWhichAndTheVerb() {
        Set<String> facts = Samples.facts(english(SUMMIT + "Tidemark Analytics had a strong presence on the expo floor. Laura "
                + "Brennan used her slot to talk about SBOMs. Envoy, which Quellwerk Systems runs in front of every service, "
                + "got a new release."));

        assertTrue(facts.contains("Tidemark Analytics attends KubeCon + CloudNativeCon Europe 2023"), facts::toString);
        assertTrue(facts.contains("Laura Brennan speaksAt KubeCon + CloudNativeCon Europe 2023"), facts::toString);
        assertTrue(facts.contains("Quellwerk Systems uses Envoy"), facts::toString);
    }

    @Test
    void aSignatureClosingWithTheOrganisationGivesTitleAndEmployer() {
        Set<String> facts = Samples.facts(english("Posted by Maria Lindqvist, Head of Platform, Brackwater Systems\n\nWe are hiring."));

        assertTrue(facts.contains("Maria Lindqvist hasRole Brackwater Systems [Head of Platform]"), facts::toString);
        assertTrue(facts.contains("Maria Lindqvist worksFor Brackwater Systems"), facts::toString);
    }

    @Test
    void ourTitleInACompanysOwnPostIsATitleAtThatCompany() {
        Article article = new Article("t1", "News from Brackwater Systems", null, LocalDate.of(2023, 6, 20), "en",
                "Brackwater Systems", "Brackwater Systems ships a new release. Thanks to Maria Lindqvist, our CTO, "
                + "for leading it.", null);
        Extraction e = Samples.EXTRACTOR.extract(article);

        assertTrue(Samples.facts(e).contains("Maria Lindqvist hasRole Brackwater Systems [CTO]"), Samples.facts(e)::toString);
    }

    @Test
    void maintainingAProjectAndBeingACommitterOnItAreRolesInIt() {
        Set<String> facts = Samples.facts(english("Maria Lindqvist, who maintains the Envoy proxy, met Tomas Berg, a committer "
                + "on Apache Kafka since 2021."));

        assertTrue(facts.contains("Maria Lindqvist hasRole Envoy [Maintainer]"), facts::toString);
        assertTrue(facts.contains("Tomas Berg hasRole Apache Kafka [Committer]"), facts::toString);
    }

    @Test
    void aKeynoteLabelOrAFutureTalkMakesASpeakerOfTheArticlesEvent() {
        Set<String> facts = Samples.facts(english("KubeCon + CloudNativeCon Europe 2024 opened today.\n\nFirst keynote: Tomas Berg, "
                + "CTO of Brackwater Systems. Maria Lindqvist will give a lightning talk about Envoy on Friday."));

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Tomas Berg speaksAt KubeCon")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Maria Lindqvist speaksAt KubeCon")), facts::toString);
    }

    @Test
    void aCompanyThatSentADelegationAttendsTheSummit() {
        Set<String> facts = Samples.facts(english("KubeCon + CloudNativeCon Europe 2023 opened in Amsterdam. For the first time "
                + "Brightwater Analytics sent a proper delegation."));

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Brightwater Analytics attends KubeCon")), facts::toString);
    }

    @Test
    void countedTalksAndASharedStageAreTalksAtTheSummit() {
        Set<String> facts = Samples.facts(english("KubeCon + CloudNativeCon Europe 2023 opened in Amsterdam. Ingrid Vasquez gave "
                + "two talks about eBPF. Later Tomas Lindgren joined Ingrid Vasquez on stage for a demo."));

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Ingrid Vasquez speaksAt KubeCon")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Tomas Lindgren speaksAt KubeCon")), facts::toString);
    }

    @Test
    void anOrganisationBasedInACityOrOfACityIsLocatedThere() {
        Set<String> facts = Samples.facts(english("Mele Tupou of Wellington-based Kiwa Systems spoke first. Later, Orbita Compute of "
                + "Lusaka announced a partnership with Fjellpay."));

        assertTrue(facts.contains("Kiwa Systems locatedIn Wellington"), facts::toString);
        assertTrue(facts.contains("Orbita Compute locatedIn Lusaka"), facts::toString);
    }

    @Test
    void someoneOfATeamAtAnOrganisationWorksThereAndLeadsTheTeamNotTheOrganisation() {
        Set<String> facts = Samples.facts(english("Maria Lopez, platform team at Mirai Bank, opened the track. "
                + "Kwame Asante, who leads the tooling team at Red Hat, joined her. Ana Reyes leads the OpenInfra India user group."));

        assertTrue(facts.contains("Maria Lopez worksFor Mirai Bank"), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Kwame Asante worksFor")), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Kwame Asante leads")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Ana Reyes leads OpenInfra India")), facts::toString);
    }

    @Test
    void anOrganisationThatIsAUserOfAProjectOrAProjectsShopUsesIt() {
        Set<String> facts = Samples.facts(english("Mirai Bank is a heavy user of Cilium. Korvanta Bank is a big Kubernetes "
                + "shop. Lumora was never a user of Backstage."));

        assertTrue(facts.contains("Mirai Bank uses Cilium"), facts::toString);
        assertTrue(facts.contains("Korvanta Bank uses Kubernetes"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.endsWith("uses Backstage")), facts::toString);
    }
}
