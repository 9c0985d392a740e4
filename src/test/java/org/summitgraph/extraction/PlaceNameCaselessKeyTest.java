package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The key that finds a name the reference data gives to something other than a place stands for equalsIgnoreCase. */
class PlaceNameCaselessKeyTest {

    @Test
    void twoNamesShareTheKeyExactlyWhenTheyAreEqualIgnoringCase() {
        // dotted and dotless i, sharp s, micro sign and mu, title-case digraphs, the Kelvin sign, final sigma
        List<String> names = List.of("OpenStack", "openstack", "OPENSTACK", "İstanbul", "istanbul", "Istanbul", "ıstanbul",
                "Straße", "STRASSE", "strasse", "µ", "Μ", "μ", "ǅ", "ǆ", "Ǆ", "K", "k", "K", "ς", "σ", "Σ", "上海", "上海 ", "");
        for (String a : names) {
            for (String b : names) {
                assertEquals(a.equalsIgnoreCase(b), PlacePatternFinder.caseless(a).equals(PlacePatternFinder.caseless(b)),
                        a + " / " + b);
            }
        }
    }
}
