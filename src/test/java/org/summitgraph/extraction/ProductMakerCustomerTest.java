package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer of a product whose name begins with its maker's ("a Docker Enterprise customer") is the maker's customer and
 * uses the product; in sentences written for these tests, with the near-misses that must stay silent.
 */
class ProductMakerCustomerTest {

    @Test
    void aCustomerOfAProductNamedAfterItsMakerIsTheMakersCustomer() {
        Set<String> facts = Samples.factsIn("Vexford Bank is a Docker Enterprise customer.", "en");

        assertTrue(facts.contains("Vexford Bank customerOf Docker, Inc."), facts::toString);
        assertTrue(facts.contains("Vexford Bank uses Docker Enterprise Edition"), facts::toString);
    }

    @Test
    void theLongestMakersNameBeforeTheProductDecides() {
        Set<String> facts = Samples.factsIn("Harborline Bank is also a long-time HashiCorp Vault Enterprise customer.", "en");

        assertTrue(facts.contains("Harborline Bank customerOf HashiCorp"), facts::toString);
    }

    @Test
    void severalCustomersOfAProductAreEachTheMakersCustomer() {
        Set<String> facts = Samples.factsIn("Lindqvist Freight and Brightwater Insurance are both Docker Enterprise customers.", "en");

        assertTrue(facts.contains("Lindqvist Freight customerOf Docker, Inc."), facts::toString);
        assertTrue(facts.contains("Brightwater Insurance customerOf Docker, Inc."), facts::toString);
    }

    @Test
    void theSpeakersOwnOrganisationIsTheCustomerWeNames() {
        Set<String> facts = Samples.factsIn("I work at Fennick Logistics as a site reliability engineer. We have been a Docker "
                + "Enterprise customer for two years.", "en");

        assertTrue(facts.contains("Fennick Logistics customerOf Docker, Inc."), facts::toString);
    }

    @Test
    void aBuyerOfAProductNamedAfterItsMakerIsTheMakersCustomer() {
        Set<String> facts = Samples.factsIn("Lindqvist Freight buys Docker Enterprise and runs it on its own servers.", "en");

        assertTrue(facts.contains("Lindqvist Freight customerOf Docker, Inc."), facts::toString);
    }

    @Test
    void aBuyerOfAProductNamedWithoutItsMakerIsNoOnesCustomerHere() {
        Set<String> facts = Samples.factsIn("Lindqvist Freight bought OpenShift last year.", "en");

        assertFalse(facts.contains("Lindqvist Freight customerOf Red Hat"), facts::toString);
    }

    @Test
    void aCustomerSuccessStoryMakesNoCustomer() {
        Set<String> facts = Samples.factsIn("Vexford Bank is a Docker Enterprise customer success story.", "en");

        assertFalse(facts.contains("Vexford Bank customerOf Docker, Inc."), facts::toString);
    }

    @Test
    void aDeniedCustomerIsNone() {
        Set<String> facts = Samples.factsIn("Harborline Bank is not a HashiCorp Vault Enterprise customer.", "en");

        assertFalse(facts.contains("Harborline Bank customerOf HashiCorp"), facts::toString);
    }
}
