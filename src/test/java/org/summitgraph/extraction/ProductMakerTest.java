package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A job on a company's product ("product manager for Google Kubernetes Engine") is a job at the company. */
class ProductMakerTest {

    private static Set<String> facts(String text) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 9, 20))));
    }

    @Test
    void aJobOnAProductWhoseNameOpensWithACompanysIsAJobAtTheCompany() {
        Set<String> facts = facts("Google was there too. Priya Nair, product manager for Google Kubernetes Engine, gave a demo.");

        assertTrue(facts.contains("Priya Nair hasRole Google Kubernetes Engine [Product Manager]"), facts::toString);
        assertTrue(facts.contains("Priya Nair worksFor Google"), facts::toString);
    }

    @Test
    void aJobOnAFoundationsProjectIsNoJobAtTheFoundation() {
        Set<String> facts = facts("The Apache Software Foundation hosts it. Tomas Berg, release manager for Apache Kafka, "
                + "gave a demo.");

        assertFalse(facts.contains("Tomas Berg worksFor Apache Software Foundation"), facts::toString);
    }
}
