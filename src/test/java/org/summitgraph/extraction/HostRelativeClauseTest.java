package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The host of an event told inside the sentence's frame or in apposition: "在星澜科技上周主办的2024星澜开发者大会上", "The
 * Quarrystone Foundation convened the first Tidewater Congress", "Lanternfish World 2023, Lanternfish's annual user
 * conference"; made-up names, each beside a near miss (a track, a party, a talk of the host's).
 */
class HostRelativeClauseTest {

    private static Set<String> zh(String text) {
        return Samples.facts(MainEventTest.extract("观察", text, "zh", LocalDate.of(2024, 9, 20)), "zh");
    }

    private static Set<String> en(String text) {
        return Samples.facts(MainEventTest.extract("Notes", text, "en", LocalDate.of(2023, 7, 30)));
    }

    private static boolean organizedBy(Set<String> facts, String host) {
        return facts.stream().anyMatch(f -> f.contains(" organizedBy " + host));
    }

    @Test
    void aHostInsideTheEventsFrameOrganisesIt() {
        Set<String> facts = zh("在星澜科技上周主办的2024星澜开发者大会上，墨石云发布了新版本。");
        Set<String> plain = zh("在云栖数据主办的2024云栖数据峰会期间，我们见了几位老朋友。");

        assertTrue(organizedBy(facts, "星澜科技"), facts.toString());
        assertTrue(organizedBy(plain, "云栖数据"), plain.toString());
    }

    @Test
    void aTrackOfTheHostsInsideTheFrameIsNoEventOfItsOwn() {
        Set<String> facts = zh("在星澜科技主办的分论坛上，墨石云发布了新版本。");

        assertFalse(organizedBy(facts, "星澜科技"), facts.toString());
    }

    @Test
    void anOrganisationThatConvenedTheEventOrganisesIt() {
        Set<String> facts = en("The Quarrystone Foundation convened the first Tidewater Congress 2023 in Lisbon on July 12.");

        assertTrue(facts.contains("Tidewater Congress 2023 organizedBy Quarrystone Foundation"), facts.toString());
    }

    @Test
    void anEventInAppositionWithAnOrganisationsAnnualConferenceIsItsOwn() {
        Set<String> facts = en("Kelpwise Analytics launched its connector at Brightwater Summit 2023, Brightwater Labs' annual user conference, in Denver.");

        assertTrue(facts.contains("Brightwater Summit 2023 organizedBy Brightwater Labs"), facts.toString());
    }

    @Test
    void aPartyOrATalkOfTheOrganisationIsNoHosting() {
        Set<String> party = en("At Brightwater Summit 2023, Kelpwise Analytics's annual customer party was the busiest evening.");
        Set<String> convened = en("Kelpwise Analytics convened a working group after Brightwater Summit 2023.");

        assertFalse(organizedBy(party, "Kelpwise Analytics"), party.toString());
        assertFalse(organizedBy(convened, "Kelpwise Analytics"), convened.toString());
    }
}
