package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where an event met, written with the event's days before the city ("runs from … in"), with the city flown to before
 * going to the event ("飞去台北,参加了X"), or with the event named by a description or "It" that opens the sentence.
 * Made-up events in made-up sentences.
 */
class EditionPlaceConstructionsTest {

    private static Set<String> facts(String text, String language) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 10, 2), null)));
    }

    @Test
    void anEventThatRunsFromItsDaysInACityIsHeldThere() {
        Set<String> runs = facts("QUILLCON 2024 runs from October 3 to 5 here in Porto, with talks on the first two days.", "en");
        Set<String> ran = facts("TideFest 2024 ran from May 2 to 4 in Tallinn and drew about 400 people.", "en");

        assertTrue(runs.contains("QUILLCON 2024 heldIn Porto"), runs::toString);
        assertTrue(ran.contains("TideFest 2024 heldIn Tallinn"), ran::toString);
    }

    @Test
    void aCompanyThatRanFromOneYearToAnotherHoldsNoEvent() {
        Set<String> facts = facts("At QUILLCON 2024 we met Brindle Labs, a firm that ran from 2015 to 2019 in Tallinn.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("heldIn")), facts::toString);
    }

    @Test
    void theCityFlownToBeforeGoingToTheEventIsWhereItMet() {
        Set<String> facts = facts("11月初我请了三天假,自费飞去成都,参加了QUILLCON 2024,见到了不少老朋友。", "zh");

        assertTrue(facts.contains("QUILLCON 2024 heldIn Chengdu"), facts::toString);
    }

    @Test
    void thisYearsEditionOrItOpeningASentenceIsTheArticlesEvent() {
        Set<String> edition = facts("QUILLCON 2024 was the busiest conference yet. This year's edition, hosted as always by the foundation itself and the "
                + "first in person since the pandemic, took place October 2 to 4 at a resort in Porto.", "en");
        Set<String> it = facts("About 380 people gathered for QUILLCON 2024, the project's annual conference. It ran from July 21 to 28 "
                + "at the Technical University campus in Tallinn, preceded by a week of hacking.", "en");

        assertTrue(edition.contains("QUILLCON 2024 heldIn Porto"), edition::toString);
        assertTrue(it.contains("QUILLCON 2024 heldIn Tallinn"), it::toString);
    }

    @Test
    void itAfterASentenceThatNamesNoEventIsNotTheEvent() {
        Set<String> facts = facts("QUILLCON 2024 was the busiest conference yet. Brindle Labs opened an office last year. It was held in Tallinn "
                + "for a while.", "en");

        assertFalse(facts.contains("QUILLCON 2024 heldIn Tallinn"), facts::toString);
    }

    @Test
    void itOrThisYearsEditionOrganisedByAnOrganisationIsTheArticlesEventsOrganiser() {
        Set<String> it = facts("QUILLCON 2024 took place October 3 to 5 in Porto, its second edition. Like the first one, it was "
                + "organized by Brindle Labs, the consultancy whose engineers maintain the firmware.", "en");
        Set<String> edition = facts("QUILLCON 2024 was the busiest conference yet. This year's edition, hosted as always by the "
                + "Linux Foundation, took place October 2 to 4 in Porto.", "en");

        assertTrue(it.contains("QUILLCON 2024 organizedBy Brindle Labs"), it::toString);
        assertTrue(edition.contains("QUILLCON 2024 organizedBy Linux Foundation"), edition::toString);
    }

    @Test
    void itAfterASentenceThatNamesTwoEventsOrganisesNeither() {
        Set<String> facts = facts("QUILLCON 2024 took place in Porto, a week after TIDECON 2024. It was hosted as always by Brindle Labs.", "en");

        assertFalse(facts.contains("QUILLCON 2024 organizedBy Brindle Labs"), facts::toString);
    }
}
