package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customers named several at once, in apposition to a part of a supplier's customers, as the plural of "a Mirantis
 * customer", or as "a customer of" after "as"; in sentences written for these tests, with the near-misses that must stay
 * silent.
 */
class CustomersNamedTogetherTest {

    @Test
    void customersSetBesideAPartOfASuppliersCustomersAreItsCustomers() {
        Set<String> facts = Samples.factsIn("Two of Mirantis's customers, the retailer Walmart and the carmaker BMW, "
                + "presented their clusters on Tuesday.", "en");

        assertTrue(facts.contains("Walmart customerOf Mirantis"), facts::toString);
        assertTrue(facts.contains("BMW customerOf Mirantis"), facts::toString);
    }

    @Test
    void aSingleCustomerSetBesideOneOfASuppliersCustomersIsItsCustomer() {
        Set<String> facts = Samples.factsIn("One of Canonical's largest customers, Deutsche Telekom, gave the closing keynote.", "en");

        assertTrue(facts.contains("Deutsche Telekom customerOf Canonical"), facts::toString);
    }

    @Test
    void prospectiveCustomersAreNoCustomers() {
        Set<String> facts = Samples.factsIn("Two of Mirantis's prospective customers, Walmart and BMW, sat in the front row.", "en");

        assertFalse(facts.contains("Walmart customerOf Mirantis"), facts::toString);
        assertFalse(facts.contains("BMW customerOf Mirantis"), facts::toString);
    }

    @Test
    void aPartOfSomethingElseThanCustomersMakesNoCustomer() {
        Set<String> facts = Samples.factsIn("Two of Mirantis's partners, Walmart and BMW, sat in the front row.", "en");

        assertFalse(facts.contains("Walmart customerOf Mirantis"), facts::toString);
    }

    @Test
    void organisationsThatAreBothCustomersOfASupplierAreItsCustomers() {
        Set<String> facts = Samples.factsIn("Walmart and BMW are both Canonical customers.", "en");

        assertTrue(facts.contains("Walmart customerOf Canonical"), facts::toString);
        assertTrue(facts.contains("BMW customerOf Canonical"), facts::toString);
    }

    @Test
    void customerFacingCompaniesAreNoCustomers() {
        Set<String> facts = Samples.factsIn("Walmart and BMW are both customer-facing companies, unlike Canonical.", "en");

        assertFalse(facts.contains("Walmart customerOf Canonical"), facts::toString);
        assertFalse(facts.contains("BMW customerOf Canonical"), facts::toString);
    }

    @Test
    void anOrganisationCitedAsACustomerOfAnotherIsItsCustomer() {
        Set<String> facts = Samples.factsIn("The speaker cited BMW as a paying customer of SUSE's edge offering.", "en");

        assertTrue(facts.contains("BMW customerOf SUSE"), facts::toString);
    }

    @Test
    void joiningAsACustomerEngineerMakesNoCustomer() {
        Set<String> facts = Samples.factsIn("Walmart hired a former Mirantis employee as a customer engineer.", "en");

        assertFalse(facts.contains("Walmart customerOf Mirantis"), facts::toString);
    }
}
