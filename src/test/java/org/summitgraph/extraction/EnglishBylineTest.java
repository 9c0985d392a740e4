package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byline under an English headline: the writer, and the publication they sign for when the byline names one
 * ("By Lena Weiss, Cloud Native Weekly · May 4, 2021").
 */
class EnglishBylineTest {

    private static Extraction english(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2021, 5, 4)));
    }

    @Test
    void aWriterSignedWithAPublicationWritesForIt() {
        Extraction e = english("KubeCon in Valencia\n\nBy Lena Weiss, Cloud Native Weekly · May 4, 2021\n\nThe conference opened on Monday.");

        assertTrue(Samples.facts(e).contains("Lena Weiss worksFor Cloud Native Weekly"), Samples.facts(e)::toString);
        assertTrue(Samples.names(e).contains("ORGANIZATION Cloud Native Weekly"), Samples.names(e)::toString);
    }

    @Test
    void aBarClosesThePublicationAsADotDoes() {
        Set<String> facts = Samples.facts(english("Open Source Day recap\n\nBy Tomas Berg, The Kernel Ledger | June 3, 2023\n\nIt rained."));

        assertTrue(facts.contains("Tomas Berg worksFor The Kernel Ledger"), facts::toString);
    }

    @Test
    void aPostAfterTheCommaIsNoPublication() {
        Extraction e = english("Keynote liveblog\n\nBy Dana Whitfield, Senior Editor | March 27, 2018\n\nThe keynote began.");

        assertFalse(Samples.facts(e).stream().anyMatch(f -> f.startsWith("Dana Whitfield worksFor")), Samples.facts(e)::toString);
        assertFalse(Samples.names(e).contains("ORGANIZATION Senior Editor"), Samples.names(e)::toString);
    }

    @Test
    void aDateAfterTheCommaIsNoPublication() {
        Extraction e = english("Summit recap\n\nBy Tom Keller, August 22, 2019\n\nThe summit opened.");

        assertFalse(Samples.names(e).stream().anyMatch(n -> n.startsWith("ORGANIZATION August")), Samples.names(e)::toString);
    }

    @Test
    void aPostedByLineNamesThePerson() {
        Extraction e = english("GUADEC day one\n\nPosted on August 23, 2019 by Yannis Papadakis · 4 comments\n\nThe day began early.");

        assertTrue(Samples.names(e).contains("PERSON Yannis Papadakis"), Samples.names(e)::toString);
    }

    @Test
    void byInTheBodyIsNoByline() {
        Extraction e = english("Summit recap\n\nBy Thursday Afternoon, the halls were quiet.\n\nBy Monday, Main Street was busy again.");

        assertFalse(Samples.names(e).contains("PERSON Thursday Afternoon"), Samples.names(e)::toString);
        assertFalse(Samples.facts(e).stream().anyMatch(f -> f.contains("worksFor")), Samples.facts(e)::toString);
    }
}
