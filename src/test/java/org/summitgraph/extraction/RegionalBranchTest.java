package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "OpenInfra Foundation Asia": a foundation's name and a region name its regional arm, part of the foundation. */
class RegionalBranchTest {

    private static Extraction english(String text) {
        return Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, "en", LocalDate.of(2024, 10, 2)));
    }

    @Test
    void aFoundationsNameAndARegionAreItsRegionalArm() {
        Extraction e = english("The Eclipse Foundation held its board meeting. Mara Lind, Managing Director of Eclipse Foundation Asia, "
                + "accepted the award.");
        assertTrue(Samples.names(e).contains("ORGANIZATION Eclipse Foundation Asia"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Eclipse Foundation Asia partOf Eclipse Foundation"), Samples.facts(e)::toString);
    }

    @Test
    void aFoundationFollowedByARegionThatStartsAnEventsNameIsNoArm() {
        Set<String> names = Samples.names(english("The Eclipse Foundation ran Open Source Summit Europe 2025 with partners."));
        assertTrue(names.stream().noneMatch(n -> n.contains("Foundation Europe")), names::toString);
    }
}
