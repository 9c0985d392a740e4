package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
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

    @Test
    void aPluralSubjectMakesEveryEventNamedBeforeItOrganisedByTheHost() {
        Set<String> zh = EventCuesTest.zh("2025年青岚开发者峰会与青岚嵌入式大会2025同期举行。两场大会均由星澜基金会主办,吸引了三千人。");
        Set<String> which = EventCuesTest.en("Harbor Summit 2025 and the Kelp Embedded Conference 2025 came to Porto. The Kelpwise Foundation, "
                + "which runs both events, asked for masks.");
        Set<String> both = EventCuesTest.en("Harbor Summit 2025 and Kelp Embedded Conference 2025 are both organised by the Kelpwise Foundation.");
        Set<String> one = EventCuesTest.en("Harbor Summit 2025 and Kelp Embedded Conference 2025 met in Porto. Kelp Embedded Conference 2025 "
                + "is organised by the Kelpwise Foundation.");

        for (Set<String> facts : List.of(which, both)) {
            assertTrue(facts.contains("Harbor Summit 2025 organizedBy Kelpwise Foundation"), facts.toString());
            assertTrue(facts.contains("Kelp Embedded Conference 2025 organizedBy Kelpwise Foundation"), facts.toString());
        }
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("青岚开发者峰会") && f.endsWith("organizedBy 星澜基金会")), zh.toString());
        assertTrue(zh.stream().anyMatch(f -> f.contains("青岚嵌入式大会") && f.endsWith("organizedBy 星澜基金会")), zh.toString());
        assertFalse(zh.stream().anyMatch(f -> f.startsWith("青岚开源年会") && f.endsWith("organizedBy 星澜基金会")), zh.toString());
        assertFalse(one.contains("Harbor Summit 2025 organizedBy Kelpwise Foundation"), one.toString());
    }

    @Test
    void aClauseWhoseSubjectRunsTheEventNamesItsHost() {
        Set<String> which = EventCuesTest.en("Jonas is back from Harbor Summit 2025, which the Kelpwise Foundation ran at the RAI from May 2 to 4.");
        Set<String> apposition = EventCuesTest.en("He also went to Harbor Summit 2025, the one-day event the Kelpwise Foundation held on Monday.");
        Set<String> place = EventCuesTest.en("He also went to Harbor Summit 2025, which Porto hosted.");
        Set<String> zh = EventCuesTest.zh("2023年星澜基金会在杭州办了青岚开发者峰会2023,我去听了。");

        assertTrue(which.contains("Harbor Summit 2025 organizedBy Kelpwise Foundation"), which.toString());
        assertTrue(apposition.contains("Harbor Summit 2025 organizedBy Kelpwise Foundation"), apposition.toString());
        assertFalse(place.stream().anyMatch(f -> f.startsWith("Harbor Summit 2025 organizedBy")), place.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("青岚开发者峰会") && f.endsWith("organizedBy 星澜基金会")), zh.toString());
        assertTrue(zh.stream().anyMatch(f -> f.startsWith("青岚开发者峰会") && f.endsWith("heldIn 杭州")), zh.toString());
    }
}
