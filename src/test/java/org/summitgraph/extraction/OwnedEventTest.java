package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events written as an organisation's own, or with their host named, in sentences written for these tests. */
class OwnedEventTest {

    @Test
    void anOrganisationsPossessiveBeforeAnEventOrganisesIt() {
        Set<String> facts = Samples.factsIn("The day before, the Linux Foundation's Open Source Summit North America 2024 opened "
                + "in the same building.", "en");

        assertTrue(facts.contains("Open Source Summit North America 2024 organizedBy Linux Foundation"), facts::toString);
    }

    @Test
    void anOrganisationsStandAtAnEventIsNotItsEvent() {
        Set<String> facts = Samples.factsIn("Huawei's KubeCon + CloudNativeCon North America 2024 booth drew a crowd all week.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("organizedBy Huawei")), facts::toString);
    }

    @Test
    void anEventDescribedAsAnOrganisationsGatheringIsOrganisedByIt() {
        Set<String> facts = Samples.factsIn("Eleven of us went to Fernleaf Summit 2024, the Linux Foundation's annual gathering "
                + "for edge developers.", "en");

        assertTrue(facts.contains("Fernleaf Summit 2024 organizedBy Linux Foundation"), facts::toString);
    }

    @Test
    void theHostNamedAsSuchOrganisesTheEvent() {
        Set<String> chinese = Samples.factsIn("我去参加了2024年云杉开发者大会。这次大会的主办方是开放原子开源基金会,来了三百多人。", "zh");
        assertTrue(chinese.stream().anyMatch(f -> f.matches(".*2024.*organizedBy OpenAtom Foundation")), chinese::toString);

        Set<String> english = Samples.factsIn("I went to Fernleaf Summit 2024 last week. The organizer was the Linux Foundation, "
                + "and the room was full.", "en");
        assertTrue(english.contains("Fernleaf Summit 2024 organizedBy Linux Foundation"), english::toString);
    }

    @Test
    void anEventAfterTheChineseHostedByPhraseIsTheOneItHosts() {
        Set<String> facts = Samples.factsIn("KubeCon + CloudNativeCon North America 2024于11月15日落下帷幕,紧接着,由云原生计算基金会主办的"
                + "2024年云杉开发者大会在同一场馆开场。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.matches(".*云杉.*organizedBy Cloud Native Computing Foundation")), facts::toString);
    }
}
