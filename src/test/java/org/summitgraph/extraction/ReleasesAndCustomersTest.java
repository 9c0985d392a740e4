package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.ProjectRelationsTest.english;

/**
 * Software released as its maker's own, a project in production somewhere, and a customer named through its supplier's
 * possessive (twenty-third session, branch `projects`), in sentences written for these tests, read by the rules alone
 * as ProjectRelationsTest reads them.
 */
class ReleasesAndCustomersTest {

    // released as its maker's own

    @Test
    void softwareReleasedAsItsOwnAfterItWasFoundedByTheSentencesFirstOrganisation() {
        Set<String> facts = english("Marlin Data, a Bergen-based provider of storage for hospitals, today announced that "
                + "it has released Quayside, its multi-cluster scheduling engine for Kubernetes.");

        assertTrue(facts.contains("Quayside foundedBy Marlin Data"), facts::toString);
    }

    @Test
    void softwareUnveiledAsItsOwnWasFoundedByTheOrganisationBeforeTheVerb() {
        Set<String> facts = english("At the summit Halden Networks unveiled Brackwater, its open source policy engine.");

        assertTrue(facts.contains("Brackwater foundedBy Halden Networks"), facts::toString);
    }

    @Test
    void softwareReleasedWithoutBeingCalledItsOwnHasNoFounderHere() {
        Set<String> facts = english("Halden Networks said that Orrin Technologies has released Quayside, a managed version of Ceph.");
        Set<String> other = english("Halden Networks said that Orrin Technologies released Brackwater, its new policy engine.");

        assertFalse(facts.contains("Quayside foundedBy Halden Networks"), facts::toString);
        assertFalse(other.contains("Brackwater foundedBy Halden Networks"), other::toString);
        assertTrue(other.contains("Brackwater foundedBy Orrin Technologies"), other::toString);
    }

    // in production somewhere

    @Test
    void aProjectAlreadyInProductionAtAnOrganisationIsUsedByIt() {
        Set<String> facts = english("Kubernetes is already in production at Harbor Mutual, where it runs 900 nodes.");

        assertTrue(facts.contains("Harbor Mutual uses Kubernetes"), facts::toString);
    }

    // a customer named through its supplier's possessive

    @Test
    void anOrganisationCalledItsSuppliersLargestCustomerIsItsCustomer() {
        Set<String> facts = english("The operator of those stations, Zhejiang Rail Holdings, is Linghang Systems's largest customer.");
        Set<String> apposed = english("It runs at Pearl Coast Securities, one of Yunhai Networks's largest customers, across four sites.");

        assertTrue(facts.contains("Zhejiang Rail Holdings customerOf Linghang Systems"), facts::toString);
        assertTrue(apposed.contains("Pearl Coast Securities customerOf Yunhai Networks"), apposed::toString);
    }

    @Test
    void aSuppliersCustomerTeamNamesNoCustomer() {
        Set<String> facts = english("Lena Park, who joined Orrin Technologies from Halden Networks, is Halden Networks's customer success lead.");

        assertFalse(facts.contains("Orrin Technologies customerOf Halden Networks"), facts::toString);
    }
}
