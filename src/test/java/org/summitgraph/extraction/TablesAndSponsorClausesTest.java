package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations at an event by a table or booth of their own, by a relative clause saying they sponsored it, or by a
 * sponsor's slot in the programme; made-up companies at a made-up event.
 */
class TablesAndSponsorClausesTest {

    @Test
    void aTableSomewhereAtTheEventOrABoothIsBeingThere() {
        Set<String> table = EventCuesTest.en("The Lanternfish Society had a small table in the hallway with development boards.");
        Set<String> booth = EventCuesTest.en("Kelpwise Labs had a booth with free coffee.");

        assertTrue(table.contains("Lanternfish Society attends Tidepool Open 2025"), table.toString());
        assertTrue(booth.contains("Kelpwise Labs attends Tidepool Open 2025"), booth.toString());
    }

    @Test
    void aTableOfFiguresIsNoTable() {
        Set<String> facts = EventCuesTest.en("Kelpwise Labs had a table of benchmark results on its blog.");

        assertFalse(facts.contains("Kelpwise Labs attends Tidepool Open 2025"), facts.toString());
    }

    @Test
    void everySponsorListedBeforeWhoSponsoredTheEventIsThere() {
        Set<String> facts = EventCuesTest.en("Thank you to Kelpwise Labs, Brightmoor Systems and Quarrystone Inc., who sponsored the event.");

        assertTrue(facts.contains("Kelpwise Labs attends Tidepool Open 2025"), facts.toString());
        assertTrue(facts.contains("Brightmoor Systems attends Tidepool Open 2025"), facts.toString());
        assertTrue(facts.contains("Quarrystone Inc. attends Tidepool Open 2025"), facts.toString());
    }

    @Test
    void aSponsorOfAProjectIsNotThere() {
        Set<String> facts = EventCuesTest.en("Thanks to Kelpwise Labs, who sponsored the Harborlight project for years.");

        assertFalse(facts.contains("Kelpwise Labs attends Tidepool Open 2025"), facts.toString());
    }

    @Test
    void aSponsorsVideoInTheProgrammeIsTheSponsorsSlot() {
        Set<String> facts = EventCuesTest.en("09:50 - Break in the keynotes for a sponsor video from Brightmoor Systems.");

        assertTrue(facts.contains("Brightmoor Systems attends Tidepool Open 2025"), facts.toString());
    }
}
