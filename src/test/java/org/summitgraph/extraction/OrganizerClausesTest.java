package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who organises an event: every host listed after the verb or the word for the host, and no host of a project or a session. */
class OrganizerClausesTest {

    @Test
    void everyHostListedAfterOrganisedByOrganisesTheEvent() {
        Set<String> and = EventCuesTest.en("This year it was co-organized by the Kelpwise Foundation and the Lanternfish Society.");
        Set<String> together = EventCuesTest.en("It was organised by the Kelpwise Foundation together with the Lanternfish Society.");

        assertTrue(and.contains("Tidepool Open 2025 organizedBy Kelpwise Foundation"), and.toString());
        assertTrue(and.contains("Tidepool Open 2025 organizedBy Lanternfish Society"), and.toString());
        assertTrue(together.contains("Tidepool Open 2025 organizedBy Lanternfish Society"), together.toString());
    }

    @Test
    void aProjectOrASessionHostedByAnOrganisationIsNoEventOfIt() {
        Set<String> project = EventCuesTest.en("Harborlight, the tracing toolkit hosted by the Kelpwise Foundation, had a busy booth.");
        Set<String> panel = EventCuesTest.en("Marta Kowal joined a panel on edge computing organised by the Kelpwise Foundation's telco group.");
        Set<String> zh = EventCuesTest.zh("由星澜科技发起的调度项目Harborlight也在会上发布了新版本。");

        assertFalse(project.stream().anyMatch(f -> f.contains("organizedBy")), project.toString());
        assertFalse(panel.stream().anyMatch(f -> f.contains("organizedBy")), panel.toString());
        assertFalse(zh.stream().anyMatch(f -> f.contains("organizedBy")), zh.toString());
    }

    @Test
    void theEditionASentenceMeasuresAgainstIsNotTheOneOrganised() {
        Set<String> facts = EventCuesTest.en("It was the first edition in Asia since Tidepool Open 2019, organized by the Kelpwise Foundation.");

        assertTrue(facts.contains("Tidepool Open 2025 organizedBy Kelpwise Foundation"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Tidepool Open 2019 organizedBy")), facts.toString());
    }

    @Test
    void theChineseWordForTheHostNamesEveryHostListedAfterIt() {
        Set<String> listed = EventCuesTest.zh("主办方为Linux基金会和CNCF,今年的参会人数创了新高。");

        assertTrue(listed.stream().anyMatch(f -> f.endsWith("organizedBy Linux基金会")), listed.toString());
        assertTrue(listed.stream().anyMatch(f -> f.endsWith("organizedBy 云原生计算基金会")), listed.toString());
        assertFalse(listed.stream().anyMatch(f -> f.contains(" attends ")), listed.toString());
    }
}
