package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation said to be another's subsidiary with the parent's name before the word ("GitHub has been a
 * Microsoft subsidiary since 2018", missed on the twenty-sixth set): it is part of the parent, while it still is one.
 */
class SubsidiaryTest {

    private static Set<String> english(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void anOrganisationThatIsAnotherOnesSubsidiaryIsPartOfIt() {
        Set<String> now = english("Red Hat is now an IBM subsidiary, but its engineers still run the booth.");
        Set<String> since = english("LinkedIn has been a Microsoft subsidiary since 2016, and the talk showed it.");

        assertTrue(now.contains("Red Hat partOf IBM"), now::toString);
        assertTrue(since.contains("LinkedIn partOf Microsoft"), since::toString);
    }

    @Test
    void aSubsidiaryOnceOrAPartnerIsNoPart() {
        Set<String> once = english("Heroku was a Salesforce subsidiary before the change.");
        Set<String> partner = english("Red Hat is an IBM partner in the project.");

        assertFalse(once.stream().anyMatch(f -> f.contains("partOf")), once::toString);
        assertFalse(partner.stream().anyMatch(f -> f.contains("partOf")), partner::toString);
    }
}
