package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organisation's stack listed, and a customer named by what it put to work, in sentences written for these tests. */
class StacksAndFirstCustomersTest {

    @Test
    void everyProjectInACompanysListedStackIsOneItUses() {
        Set<String> facts = Samples.factsIn("Spotify's internal stack is boringly familiar: Apache Kafka for events, "
                + "Apache Cassandra for storage and Kubernetes everywhere.", "en");

        assertTrue(facts.contains("Spotify uses Apache Kafka"), facts::toString);
        assertTrue(facts.contains("Spotify uses Apache Cassandra"), facts::toString);
        assertTrue(facts.contains("Spotify uses Kubernetes"), facts::toString);
    }

    @Test
    void theirStackIsTheStackOfTheOrganisationNamedLast() {
        Set<String> facts = Samples.factsIn("We visited Bloomberg in London. Their toolchain: Bazel and Jenkins.", "en");

        assertTrue(facts.contains("Bloomberg uses Bazel"), facts::toString);
    }

    @Test
    void aStackNobodyOwnsIsNobodysUse() {
        Set<String> facts = Samples.factsIn("At Walmart we heard that a typical observability stack is Prometheus for "
                + "metrics and Jaeger for traces.", "en");

        assertFalse(facts.contains("Walmart uses Prometheus"), facts::toString);
    }

    @Test
    void theFirstCustomerToDeployAProjectUsesIt() {
        Set<String> bloomberg = Samples.factsIn("Bloomberg, a New York-based media company, is the first customer to deploy Kubeflow.", "en");
        Set<String> walmart = Samples.factsIn("Walmart became the launch customer to roll out OpenStack Ironic.", "en");

        assertTrue(bloomberg.contains("Bloomberg uses Kubeflow"), bloomberg::toString);
        assertTrue(walmart.contains("Walmart uses Ironic"), walmart::toString);
    }

    @Test
    void theFirstCustomerToComplainAboutAProjectDoesNotUseIt() {
        Set<String> facts = Samples.factsIn("Walmart was the first customer to complain about OpenStack Ironic.", "en");

        assertFalse(facts.contains("Walmart uses Ironic"), facts::toString);
    }

    @Test
    void aGroupBeforeAReasonWithItsOwnPronounIsNotWhoRunsTheProject() {
        Set<String> facts = Samples.factsIn("We want to get involved in the Storage SIG, since we run Ceph in production anyway.", "en");

        assertFalse(facts.contains("Storage SIG uses Ceph"), facts::toString);
    }

    @Test
    void aSubjectBeforeItsVerbStillRunsTheProjectWhateverTheReasonAfter() {
        Set<String> facts = Samples.factsIn("Walmart runs Ceph in production, since we asked them about it.", "en");

        assertTrue(facts.contains("Walmart uses Ceph"), facts::toString);
    }
}
