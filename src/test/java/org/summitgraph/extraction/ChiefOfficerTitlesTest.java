package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "chief product officer", "Chief Data Officer": an executive titled by the function they answer for, whatever the
 * function, is a title of its own, and an employee's; the abbreviated ones keep their letters.
 */
class ChiefOfficerTitlesTest {

    private static List<String> found(String text) {
        return Titles.findIn(text, 0, text.length()).stream()
                .map(f -> text.substring(f.begin(), f.end()) + "=" + f.title().name()).toList();
    }

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aChiefOfficerKeepsTheFunctionHeAnswersFor() {
        assertEquals(List.of("chief product officer=Chief Product Officer"), found("Lin, the chief product officer, said"));
        assertEquals(List.of("Chief Data Officer=Chief Data Officer"), found("its Chief Data Officer said"));
        assertEquals(List.of("chief information security officer=Chief Information Security Officer"),
                found("as chief information security officer at Vanta"));
    }

    @Test
    void theAbbreviatedChiefOfficersKeepTheirLetters() {
        assertEquals(List.of("chief technology officer=CTO"), found("the chief technology officer of Kargo"));
        assertEquals(List.of("chief information officer=CIO"), found("the chief information officer of Kargo"));
        assertEquals(List.of("Chief Marketing Officer=CMO"), found("Chief Marketing Officer Ana Lima"));
    }

    @Test
    void aChiefOfSomethingOrAnOfficerAloneIsNoChiefOfficer() {
        assertEquals(List.of(), found("the chief officer of the ship"));
        assertEquals(List.of(), found("the chief of the fire brigade and an officer"));
        assertEquals(List.of(), found("a chief Product officer"));
    }

    @Test
    void theChiefOfficerOfACompanyNamedWithItsPossessiveWorksThere() {
        Set<String> facts = english("Priya Raman, Quillwork's chief product officer, ran the demos without a hitch.");

        assertTrue(facts.contains("Priya Raman hasRole Quillwork [Chief Product Officer]"), facts::toString);
        assertTrue(facts.contains("Priya Raman worksFor Quillwork"), facts::toString);
    }

    @Test
    void theChiefOfficerWrittenBeforeTheNameIsHeldByThatName() {
        Set<String> facts = english("10:15 AM - Northwind Insurance's chief data officer, Laura Benson, says the insurer moved "
                + "its analytics to Spark last year.");

        assertTrue(facts.contains("Laura Benson hasRole Northwind Insurance [Chief Data Officer]"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("hasRole") && f.contains("[Chief Data Officer]") && !f.startsWith("Laura Benson")),
                facts::toString);
    }
}
