package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where English names begin and end and what they name, when no list knows them: people by the words around them,
 * towns before their state, sentence adverbs and surnames that are no organisations. Made-up sentences and names.
 */
class EnglishEntityBoundariesTest {

    private static Set<String> names(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 5, 2))).mentions().stream()
                .map(m -> m.entity().kind() + " " + m.surface()).collect(Collectors.toSet());
    }

    @Test
    void twoCapitalisedWordsBeforeOfAndAnOrganisationAreAPerson() {
        Set<String> names = names("Zelwyn Okorafe of Quillmark Technologies opened the meetup. "
                + "Later Quorin Halvarsen from Brackwater Logistics had a talk on queues.");

        assertTrue(names.contains("PERSON Zelwyn Okorafe"), names::toString);
        assertTrue(names.contains("PERSON Quorin Halvarsen"), names::toString);
    }

    @Test
    void aTitleOrAWordForWhatAPersonIsMarksTheNameAfterIt() {
        Set<String> names = names("Our CTO, Oyelaran Babatunde, gave the opening talk. Our committer Rangi Parata was there "
                + "too, with cloud engineer Ingvild Sæther.");

        assertTrue(names.contains("PERSON Oyelaran Babatunde"), names::toString);
        assertTrue(names.contains("PERSON Rangi Parata"), names::toString);
        assertTrue(names.contains("PERSON Ingvild Sæther"), names::toString);
    }

    @Test
    void aDescriptionWithAnAgeMarksAPerson() {
        Set<String> names = names("He shared the stage with Ravindu Perera, a 15-year-old developer from Kandy.");

        assertTrue(names.contains("PERSON Ravindu Perera"), names::toString);
    }

    @Test
    void aThingsNameBeforeOfIsNoPerson() {
        Set<String> names = names("She is Vice President of Quillmark. The Bank of Brackwater joined, and the Port of "
                + "Tallinn sent a speaker.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names::toString);
    }

    @Test
    void aTownBeforeItsStateIsAPlaceAndSoIsTheState() {
        Set<String> names = names("Quillmark is headquartered in Ann Arbor, Michigan, and Brackwater in Bend, Oregon.");

        assertTrue(names.contains("PLACE Ann Arbor"), names::toString);
        assertTrue(names.contains("PLACE Michigan"), names::toString);
        assertTrue(names.contains("PLACE Bend"), names::toString);
        assertTrue(names.contains("PLACE Oregon"), names::toString);
        assertFalse(names.contains("PERSON Ann Arbor"), names::toString);
    }

    @Test
    void anAdverbOpeningASentenceIsNoCompany() {
        Set<String> names = names("Quillmark will not host a party. Instead, the company is sponsoring a hackathon.");

        assertFalse(names.contains("COMPANY Instead"), names::toString);
    }

    @Test
    void aSurnameWrittenAloneIsThePersonNotACompany() {
        Set<String> names = names("Dana Whitcombe, the foundation's director, opened the day. Whitcombe runs through the "
                + "numbers next.");

        assertFalse(names.contains("COMPANY Whitcombe"), names::toString);
        assertEquals("PERSON", Samples.kindOf(names, "Dana Whitcombe"), names::toString);
    }

    @Test
    void aSeriesWordWithTheCityItMetInNamesAnEventWithoutAYear() {
        Set<String> names = names("Last month I gave a talk at Quillmark Community Days Lisbon on queue design.");

        assertTrue(names.contains("SUMMIT Quillmark Community Days Lisbon"), names::toString);
    }

    @Test
    void wordsBetweenTheSeriesWordAndTheYearAreWhereTheEventMet() {
        Set<String> names = names("Quillmark Community Days Northvale Basin 2026 has been approved by the organisers.");

        assertTrue(names.contains("SUMMIT Quillmark Community Days Northvale Basin 2026"), names::toString);
    }

    @Test
    void aSeriesTheReferenceDataKnowsNoEditionOfNamesTheEditionOfTheDay() {
        Set<String> names = names("Our two engineers flew in for the Embedded Linux Conference Europe and stayed a week.");

        assertTrue(names.contains("SUMMIT Embedded Linux Conference Europe"), names::toString);
    }

    @Test
    void anEventsTrackIsAPartOfTheSummitNoEventOfItsOwn() {
        Set<String> names = names("She will speak in the Quillmark Developer Conference Europe track on Wednesday, 2024.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("SUMMIT Quillmark")), names::toString);
    }

    @Test
    void capitalisedWordsBeforeAKindOfGroupInLowerCaseNameTheGroup() {
        Set<String> names = names("Quillmark sponsors the Brackwater Storage Resilience working group, and the Quillmark "
                + "technical steering committee approved the plan.");

        assertTrue(names.contains("ORGANIZATION Brackwater Storage Resilience working group"), names::toString);
        assertTrue(names.contains("ORGANIZATION Quillmark technical steering committee"), names::toString);
    }

    @Test
    void yearsSpentAtANameMakeItAnEmployer() {
        Set<String> names = names("Before this she spent six years at Orrowind, most recently as a staff engineer.");

        assertEquals("COMPANY", Samples.kindOf(names, "Orrowind"), names::toString);
    }
}
