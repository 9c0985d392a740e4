package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a transcript of several speakers, each turn speaks for its own speaker: "I" is who heads the turn, "we" their
 * organisation; the speakers of a panel held at an event spoke there; a speaker's label in capitals names a person.
 * Made-up panels, people and companies.
 */
class SpeakerTurnsTest {

    private static final String PANEL = """
            An edited transcript of a panel held on May 14 at OpenInfra Summit Europe 2025 in Paris.

            MODERATOR (Ilse Brandvold, editor at Stackwire): Welcome. Please introduce yourselves.

            TOMASZ WIERZBICKI: I'm VP of Platform Engineering at Korvanta Bank. We run OpenStack in production in two regions.

            PRIYA VENKATARAMAN: I'm the OSPO lead at Lindqvist Telecom. We are long-time users of Kubernetes, and our CTO, \
            Helga Marsh, signs every contribution policy herself.

            MODERATOR: Thank you both.
            """;

    private static Set<String> panel() {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(PANEL, "en", LocalDate.of(2025, 5, 20))));
    }

    @Test
    void aSpeakerLabelInCapitalsNamesAPersonLabelledInOrdinaryCase() {
        Set<String> names = Samples.names(Samples.EXTRACTOR.extract(Samples.article(PANEL, "en", LocalDate.of(2025, 5, 20))));

        assertTrue(names.stream().anyMatch(n -> n.startsWith("PERSON") && n.contains("Tomasz Wierzbicki")), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("PERSON") && n.contains("Priya Venkataraman")), names::toString);
    }

    @Test
    void whatASpeakerSaysTheyAreIsATitleWhereTheySayTheyHoldIt() {
        Set<String> facts = panel();

        assertTrue(facts.contains("Tomasz Wierzbicki hasRole Korvanta Bank [VP of Platform Engineering]"), facts::toString);
        assertTrue(facts.contains("Tomasz Wierzbicki worksFor Korvanta Bank"), facts::toString);
        assertTrue(facts.contains("Priya Venkataraman hasRole Lindqvist Telecom [OSPO Lead]"), facts::toString);
    }

    @Test
    void eachTurnsWeIsItsOwnSpeakersOrganisation() {
        Set<String> facts = panel();

        assertTrue(facts.contains("Korvanta Bank uses OpenStack"), facts::toString);
        assertTrue(facts.contains("Helga Marsh worksFor Lindqvist Telecom"), facts::toString);
        assertFalse(facts.contains("Helga Marsh worksFor Korvanta Bank"), facts::toString);
        assertFalse(facts.contains("Lindqvist Telecom uses OpenStack"), facts::toString);
    }

    @Test
    void theSpeakersOfAPanelHeldAtAnEventSpokeThere() {
        Set<String> facts = panel();

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Tomasz Wierzbicki speaksAt OpenInfra Summit Europe")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Ilse Brandvold speaksAt OpenInfra Summit Europe")), facts::toString);
    }

    @Test
    void aTranscriptWhoseIntroductionPlacesItNowhereSaysNothingOfSpeakingThere() {
        String recorded = PANEL.replace("An edited transcript of a panel held on May 14 at OpenInfra Summit Europe 2025 in Paris.",
                "An edited transcript of our monthly podcast, recorded a week after OpenInfra Summit Europe 2025.");
        Set<String> facts = Samples.facts(Samples.EXTRACTOR.extract(Samples.article(recorded, "en", LocalDate.of(2025, 5, 20))));

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Tomasz Wierzbicki speaksAt")), facts::toString);
    }
}
