package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A project's governing board is named after the project ("chairs the CentOS Governing Board", missed on the
 * thirty-second worked-on set): an organisation of its own, no product and no company.
 */
class GoverningBoardNamesTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "en", java.time.LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aProjectsGoverningBoardIsAnOrganisation() {
        Set<String> chair = names("Nadia Brandt, who chairs the Fennec Governing Board, opened the second day.");
        Set<String> seat = names("Two seats on the Quillmark Governing Board are up for election this spring.");

        assertEquals("ORGANIZATION", Samples.kindOf(chair, "Fennec Governing Board"), chair::toString);
        assertEquals("ORGANIZATION", Samples.kindOf(seat, "Quillmark Governing Board"), seat::toString);
    }

    @Test
    void aBoardNamedByNoNameIsNoOrganisation() {
        Set<String> names = names("The governing board of the project met twice in Lisbon this year.");

        assertFalse(names.stream().anyMatch(n -> n.toLowerCase().contains("governing board")), names::toString);
    }
}
