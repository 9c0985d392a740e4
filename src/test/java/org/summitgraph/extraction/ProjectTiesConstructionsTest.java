package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contribution, use and purchase told by constructions the older rules missed or misread: people given over to a project, a
 * vendor's subscription bought, and a migration whose source is left behind. Sentences written for these tests.
 */
class ProjectTiesConstructionsTest {

    @Test
    void anOrganisationCommittingEngineersToAProjectContributesToIt() {
        assertTrue(Samples.factsIn("Siemens is committing two full-time engineers to the OpenTofu project.", "en")
                .contains("Siemens contributesTo OpenTofu"));
        Set<String> facts = Samples.factsIn("Bosch has dedicated three developers to Zephyr since the spring.", "en");

        assertTrue(facts.contains("Bosch contributesTo Zephyr"), facts::toString);
    }

    @Test
    void peopleCommittedToSomethingElseContributeToNoProject() {
        Set<String> facts = Samples.factsIn("Bosch is committing two engineers to its test lab; the lab runs Zephyr.", "en");

        assertFalse(facts.contains("Bosch contributesTo Zephyr"), facts::toString);
    }

    @Test
    void aBuyerOfAVendorsSubscriptionIsItsCustomer() {
        Set<String> facts = Samples.factsIn("招商证券今年年初买了Red Hat的企业订阅。", "zh");

        assertTrue(facts.contains("招商证券 customerOf Red Hat"), facts::toString);
    }

    @Test
    void somethingBoughtThatIsNoVendorsOfferingMakesNoCustomer() {
        Set<String> facts = Samples.factsIn("招商证券今年买了Red Hat的两本书。", "zh");

        assertFalse(facts.contains("招商证券 customerOf Red Hat"), facts::toString);
    }

    @Test
    void whatAnOrganisationMovesFromIsNotUsed() {
        Set<String> facts = Samples.factsIn("CERN moved its labs from Ubuntu to Fedora last year.", "en");

        assertTrue(facts.contains("CERN uses Fedora"), facts::toString);
        assertFalse(facts.contains("CERN uses Ubuntu"), facts::toString);
    }

    @Test
    void whatAnOrganisationMovesItsProductsToIsUsedHoweverLongTheWayFrom() {
        Set<String> facts = Samples.factsIn("Lenovo moved its entire server line from a proprietary firmware stack to coreboot in a year.", "en");

        assertTrue(facts.contains("Lenovo uses coreboot"), facts::toString);
    }
}
