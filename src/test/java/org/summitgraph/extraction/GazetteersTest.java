package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People and places found by the world gazetteers (given names, countries and cities), and the words that look like
 * them and are none. Made-up sentences, people and companies.
 */
class GazetteersTest {

    private static Set<String> english(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 5, 2)));
        return e.mentions().stream().map(m -> m.entity().kind() + " " + m.entity().label("en")).collect(Collectors.toSet());
    }

    @Test
    void aDutchGivenNameWithAParticleSurnameIsAPerson() {
        Set<String> names = english("The release was signed off by Femke van Dijk, who reviewed every patch.");

        assertTrue(names.contains("PERSON Femke van Dijk"), names::toString);
    }

    @Test
    void givenNamesKeepTheirDiacritics() {
        Set<String> names = english("Our new maintainers are Gonçalo Redondo and Małgorzata Lindqvist.");

        assertTrue(names.contains("PERSON Gonçalo Redondo"), names::toString);
        assertTrue(names.contains("PERSON Małgorzata Lindqvist"), names::toString);
    }

    @Test
    void aWorldGivenNameAloneIsNoPerson() {
        Set<String> names = english("The talk by Femke was cancelled.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Femke")), names::toString);
    }

    @Test
    void aGivenNameThatIsAnEnglishWordNeedsASurnameAndNoNoun() {
        Set<String> names = english("We met Grace Okonjo at the booth. The General Manager of the venue and the "
                + "Golden Gopher Awards were next door.");

        assertTrue(names.contains("PERSON Grace Okonjo"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON General")), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Golden")), names::toString);
    }

    @Test
    void aGivenNameOpeningAPlacesNameIsNoPerson() {
        Set<String> names = english("The keynotes were held in the Lincoln Convention Centre this year, and Orlando Harbour Hotel hosted the party.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void aNicknameInQuotesBelongsToTheName() {
        Set<String> names = english("The room cheered for Thaddeus \"Tad\" Nieminen, who retires this year.");

        assertTrue(names.contains("PERSON Thaddeus Nieminen"), names::toString);
    }

    @Test
    void thePinyinAfterAChineseNameIsNoSecondPerson() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("华为云工程师任志强（Tao Ren）主持了专场，任志强是Karmada维护者。",
                "zh", LocalDate.of(2024, 5, 2)));

        assertFalse(e.entities().values().stream().anyMatch(p -> p.kind() == EntityKind.PERSON
                && "Tao Ren".equals(p.labels().get("en")) && !p.labels().containsKey("zh")), e.entities()::toString);
    }

    @Test
    void aCityOfTheWorldListIsAPlace() {
        Set<String> names = english("Today our forty engineers work from Tampere and Utrecht.");

        assertTrue(names.contains("PLACE Tampere"), names::toString);
        assertTrue(names.contains("PLACE Utrecht"), names::toString);
    }

    @Test
    void readingAsAVerbIsNoPlace() {
        Set<String> names = english("Reading the changelog, Nice touches stood out. Mobile support came later.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PLACE")), names::toString);
    }

    @Test
    void aCityThatIsAnEnglishWordIsAPlaceBeforeItsCountry() {
        Set<String> names = english("The meetup moved to Reading, United Kingdom, last spring.");

        assertTrue(names.contains("PLACE Reading"), names::toString);
    }

    @Test
    void aCityInsideAnOrganisationsNameIsNoPlace() {
        Set<String> names = english("She studied at the University of Tampere and later at Utrecht University; "
                + "the city of Bergen is a customer.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PLACE")), names::toString);
    }

    @Test
    void aReleaseNamedAfterACityIsNoPlace() {
        Set<String> names = english("Operators upgraded from Mitaka to Victoria in one weekend.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PLACE")), names::toString);
    }

    @Test
    void anOrganisationWithItsCityInBracketsIsLocatedThere() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("Top contributors: Kelvion Systems (Tampere), 212 changes.",
                "en", LocalDate.of(2024, 5, 2)));

        assertTrue(e.facts().stream().anyMatch(f -> f.predicate().getLocalName().equals("locatedIn")
                && f.subject().endsWith("/kelvion-systems") && f.object().endsWith("/tampere")), e.facts()::toString);
    }

    @Test
    void aSurnameThatIsACityIsNoPlaceAfterTheFullName() {
        Set<String> names = english("The panel was chaired by Rafael Toledo (Kelvion Systems). Toledo told the room that "
                + "upgrades had become boring.");

        assertFalse(names.contains("PLACE Toledo"), names::toString);
    }

    @Test
    void aCityBeforeBasedIsAPlaceEvenWhenAnEnglishWordOrAKnownName() {
        // "Wellington" is a weak world name (also a given name); "Oslo" is a known place, never the OpenStack library
        Set<String> names = english("Talks came from Wellington-based Taiaha Robotics and from the Oslo-based payments "
                + "firm Fjellpay.");

        assertTrue(names.contains("PLACE Wellington"), names::toString);
        assertTrue(names.contains("PLACE Oslo"), names::toString);
        assertFalse(names.contains("PROJECT Oslo"), names::toString);
        assertTrue(names.contains("COMPANY Taiaha Robotics"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("-based")), names::toString);
    }

    @Test
    void aCityOpeningAVenuesNameIsAPlace() {
        Set<String> names = english("The meetup moves to the Leipzig Congress Center next spring.");

        assertTrue(names.contains("PLACE Leipzig"), names::toString);
    }

    @Test
    void aCompanyOfACityIsACompanyAndAPlace() {
        Set<String> names = english("Orbita Compute of Lusaka signed the deal, and the Royal Bank of Canada watched.");

        assertTrue(names.contains("COMPANY Orbita Compute"), names::toString);
        assertTrue(names.contains("PLACE Lusaka"), names::toString);
    }

    @Test
    void aTownBeforeItsStateIsAPlace() {
        Set<String> names = english("The retreat took place in Sonoma, California, in late October.");

        assertTrue(names.contains("PLACE Sonoma"), names::toString);
    }

    @Test
    void accentsDoNotHideAWorldGivenName() {
        // the list writes "Ayse"; the text "Ayşe"
        Set<String> names = english("Yesterday Ayşe Korkmaz merged the patch.");

        assertTrue(names.contains("PERSON Ayşe Korkmaz"), names::toString);
    }

    @Test
    void aRoleBeforeANameIsNoPartOfIt() {
        Set<String> names = english("Guest Ayşe Korkmaz, a Brinefly maintainer, explains the release.");

        assertTrue(names.contains("PERSON Ayşe Korkmaz"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Guest")), names::toString);
    }

    @Test
    void koreanNamesFamilyNameFirstAreWhole() {
        Set<String> names = english("Choi Da-eun of Haneul Robotics demoed the arm, and Kim Tae-woo answered questions.");

        assertTrue(names.contains("PERSON Choi Da-eun"), names::toString);
        assertTrue(names.contains("PERSON Kim Tae-woo"), names::toString);
        assertFalse(names.contains("PERSON Kim Tae"), names::toString);
    }

    @Test
    void whoeverJoinsAsAHeadIsAPersonWhateverTheGivenName() {
        Set<String> names = english("Adebowale Ogunleye has joined Fjellpay as head of platform engineering. Red Hat has "
                + "joined the foundation as a member.");

        assertTrue(names.contains("PERSON Adebowale Ogunleye"), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Red")), names::toString);
    }

    @Test
    void aNameJoinedToAPersonIsAPersonWhateverItsGivenName() {
        Set<String> names = english("The panel was moderated by Ines Duarte, with Rahul Verma and Tamati Walker. Bram "
                + "Vervoort and Nimbus Data signed later.");

        assertTrue(names.contains("PERSON Tamati Walker"), names::toString);
        assertFalse(names.contains("PERSON Nimbus Data"), names::toString);
    }

    @Test
    void aLatinNameBeforeAChineseHonorificIsAPerson() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("下午，浙江大学的Tomasz Kowalczyk教授讲了内核调度。", "zh",
                LocalDate.of(2024, 5, 2)));
        Set<String> names = e.mentions().stream().map(m -> m.entity().kind() + " " + m.entity().label("en")).collect(Collectors.toSet());

        assertTrue(names.contains("PERSON Tomasz Kowalczyk"), names::toString);
    }
}
