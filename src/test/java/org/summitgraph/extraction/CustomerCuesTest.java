package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers named by their supplier, and constructions that only look like it, in sentences written for these tests. */
class CustomerCuesTest {

    @Test
    void customersASupplierCountsAmongItsCustomersAreItsCustomers() {
        Set<String> facts = Samples.factsIn("Mirantis counts AT&T and China Mobile among its largest customers.", "en");

        assertTrue(facts.contains("AT&T customerOf Mirantis"), facts::toString);
        assertTrue(facts.contains("China Mobile customerOf Mirantis"), facts::toString);
    }

    @Test
    void aCompanyASupplierDescribesAsACustomerIsOne() {
        Set<String> facts = Samples.factsIn("In its session Ericsson described Telstra as a key customer.", "en");

        assertTrue(facts.contains("Telstra customerOf Ericsson"), facts::toString);
    }

    @Test
    void chineseCustomersListedAfterTheirSupplierAreItsCustomers() {
        Set<String> facts = Samples.factsIn("九州云的客户里有中国移动和国家电网。", "zh");

        assertTrue(facts.contains("China Mobile customerOf 99cloud"), facts::toString);
        assertFalse(facts.contains("99cloud customerOf China Mobile"), facts::toString);
    }

    @Test
    void aCompanyNamedInAQuoteBeforeASuppliersCustomersIsNoCustomer() {
        Set<String> facts = Samples.factsIn("他说离开华为的原因是想“离客户更近一点”：九州云的客户里有中国移动。", "zh");

        assertFalse(facts.contains("Huawei customerOf 99cloud"), facts::toString);
    }

    @Test
    void aPassiveFoundingNamesNoFounderAfterBy() {
        Set<String> facts = Samples.factsIn("Caicloud was founded in 2015 by Zhang Xin and a group of former Google engineers.", "en");

        assertFalse(facts.contains("Google foundedBy Caicloud"), facts::toString);
    }

    @Test
    void aCompanyAfterAPrepositionIsNotWhatTheSentencesSubjectIsPartOf() {
        Set<String> facts = Samples.factsIn("Kueue started inside Google and is now part of the Kubernetes project.", "en");

        assertFalse(facts.contains("Google partOf Kubernetes"), facts::toString);
    }
}
