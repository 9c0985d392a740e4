package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The host of an event the sentence only describes ("The conference is put on every year by …"), and the city a venue's
 * name begins with ("held … at the Porto Convention Center"); near-misses that must state nothing.
 */
class DescribedHostAndCityVenueTest {

    @Test
    void theHostOfTheDescribedEventOrganisesIt() {
        Set<String> facts = EventCuesTest.en("The conference is put on every year by the Linux Foundation, and this year it sold out.");

        assertTrue(facts.contains("Tidepool Open 2025 organizedBy Linux Foundation"), facts.toString());
    }

    @Test
    void theHostOfADinnerOrganisesNoEvent() {
        Set<String> facts = EventCuesTest.en("The speakers' dinner was put on by the Linux Foundation at a restaurant by the river.");

        assertFalse(facts.stream().anyMatch(f -> f.contains("organizedBy")), facts.toString());
    }

    @Test
    void theCityAVenuesNameBeginsWithIsWhereTheEventWasHeld() {
        Set<String> facts = Samples.facts(MainEventTest.extract("Kelpwise Summit 2024 review",
                "Kelpwise Summit 2024, held May 7-9 at the Seattle Convention Center, was about storage.", "en",
                java.time.LocalDate.of(2024, 5, 20)));

        assertTrue(facts.contains("Kelpwise Summit 2024 heldIn Seattle"), facts.toString());
    }

    @Test
    void aCityBesideAVenueOfAnotherKindIsNoPlaceOfTheEvent() {
        Set<String> facts = Samples.facts(MainEventTest.extract("Kelpwise Summit 2024 review",
                "Kelpwise Summit 2024 was held online; the team watched it at the Seattle Public Library.", "en",
                java.time.LocalDate.of(2024, 5, 20)));

        assertFalse(facts.contains("Kelpwise Summit 2024 heldIn Seattle"), facts.toString());
    }

    @Test
    void aVenueNamedAfterAStateWithTheCityAfterItGivesOnlyTheCity() {
        Set<String> facts = Samples.facts(MainEventTest.extract("Kelpwise Summit 2024 review",
                "Kelpwise Summit 2024, taking place April 5-7 at the Oregon Convention Center in Portland, was about storage.", "en",
                java.time.LocalDate.of(2024, 5, 20)));

        assertTrue(facts.contains("Kelpwise Summit 2024 heldIn Portland"), facts.toString());
        assertFalse(facts.contains("Kelpwise Summit 2024 heldIn Oregon"), facts.toString());
    }
}
