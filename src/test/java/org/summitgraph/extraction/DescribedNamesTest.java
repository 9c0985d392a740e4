package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unknown organisations set off by the kind of business they are, and where such a description says they are, in
 * sentences written for these tests.
 */
class DescribedNamesTest {

    private static Extraction english(String text) {
        return Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, "en", LocalDate.of(2019, 3, 1)));
    }

    @Test
    void aNameSetOffByTheKindOfBusinessItIsIsACompanyOfThePlaceTheDescriptionNames() {
        Extraction e = english("Ostwind Spedition, a Bremen freight forwarder, moved its tracking system to Kubernetes last year.");

        assertEquals("COMPANY", Samples.kindOf(Samples.names(e), "Ostwind Spedition"), Samples.names(e)::toString);
        assertTrue(Samples.facts(e).contains("Ostwind Spedition locatedIn Bremen"), Samples.facts(e)::toString);
    }

    @Test
    void aPersonDescribedByTheBusinessSheFoundedIsNoCompanyNorIsTheTitleAbove() {
        Set<String> names = Samples.names(english("Marta Lindqvist, a start-up founder from Uppsala, opened the second day."));

        assertTrue(names.stream().noneMatch(n -> n.contains("Marta Lindqvist") && (n.startsWith("COMPANY") || n.startsWith("ORGANIZATION"))),
                names::toString);
    }

    @Test
    void anExistingCustomerNamedAfterTheWordIsAnOrganisation() {
        Set<String> names = Samples.names(english("Existing customer Cantabria Mutua has run the platform since March."));

        assertTrue(names.stream().anyMatch(n -> n.endsWith(" Cantabria Mutua") && !n.startsWith("PERSON")), names::toString);
    }
}
