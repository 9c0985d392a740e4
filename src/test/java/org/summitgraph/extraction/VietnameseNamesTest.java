package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vietnamese names, family name first, are people by their shape: a common family name and one-syllable words. */
class VietnameseNamesTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    private static Set<String> facts(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aFamilyNameAndTwoSyllablesAreAPerson() {
        Set<String> names = names("The afternoon track:\n- Hoang Van Thanh (Viettel Cloud) on running Octavia.\n"
                + "- Do Minh Quan of Saigon Systems on bare-metal provisioning.");

        assertTrue(names.contains("PERSON Hoang Van Thanh"), names::toString);
        assertTrue(names.contains("PERSON Do Minh Quan"), names::toString);
    }

    @Test
    void aNameWithItsMarksIsAPerson() {
        Set<String> names = names("Nguyễn Thị Lan from Viettel Cloud opened the meetup in Da Nang.");

        assertTrue(names.contains("PERSON Nguyễn Thị Lan"), names::toString);
    }

    @Test
    void theNamedPersonCarriesTheClauseAboutThem() {
        Set<String> facts = facts("We also said goodbye to a regular. Bui Quang Huy, formerly of Viettel Cloud, has moved to "
                + "Berlin to join Zalando.");

        assertTrue(facts.contains("Bui Quang Huy formerlyWorkedFor Viettel Cloud"), facts::toString);
    }

    @Test
    void placesAndWordsOfTheSameShapeAreNoPeople() {
        Set<String> names = names("We flew to Ho Chi Minh City, then took a boat on Ha Long Bay. Le Mans was far away, "
                + "and Do It Now was the motto.");

        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Ho Chi")), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Ha Long")), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON Do It")), names::toString);
    }
}
