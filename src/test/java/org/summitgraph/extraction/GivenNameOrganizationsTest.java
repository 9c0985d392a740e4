package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An organisation whose name opens with a given name ("Shannon", "Jordan") is no person; made-up companies. */
class GivenNameOrganizationsTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 10, 2))));
    }

    @Test
    void aGivenNameAndAWordThatEndsCompaniesNamesAreACompany() {
        Set<String> names = names("Applause. Shannon Grid Services, she adds, is Tessellane's first paying customer.");
        assertEquals("COMPANY", Samples.kindOf(names, "Shannon Grid Services"), names::toString);
    }

    @Test
    void aGivenNameAndASurnameStayAPerson() {
        Set<String> names = names("Applause. Shannon Greer, she adds, is Tessellane's first engineer.");
        assertEquals("PERSON", Samples.kindOf(names, "Shannon Greer"), names::toString);
    }
}
