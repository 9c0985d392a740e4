package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A company someone works at, written with its city ("works at Brenner Analytics in Graz"), is in that city; the same
 * words after a talk or a date say nothing of where the company is. Made-up sentences.
 */
class WorkplaceCityTest {

    @Test
    void aCompanySomeoneWorksAtIsInTheCityWrittenAfterIt() {
        Set<String> facts = Samples.factsIn("Tomas Weber, who works at Brenner Analytics in Graz, showed how his team "
                + "runs Kafka on bare metal.", "en");

        assertTrue(facts.contains("Brenner Analytics locatedIn Graz"), facts::toString);
    }

    @Test
    void aCompanySomeoneJoinedIsInTheCityWrittenAfterIt() {
        Set<String> facts = Samples.factsIn("Last spring Ana Duarte left the bank and joined Lisbon Payments Ltd in Porto "
                + "as a platform engineer.", "en");

        assertTrue(facts.stream().anyMatch(f -> f.endsWith("locatedIn Porto") && f.startsWith("Lisbon Payments")), facts::toString);
    }

    @Test
    void yearsAtACompanyInACityPlaceTheCompanyThere() {
        Set<String> facts = Samples.factsIn("Before that she spent nine years at Kestrel Robotics in Eindhoven.", "en");

        assertTrue(facts.contains("Kestrel Robotics locatedIn Eindhoven"), facts::toString);
    }

    @Test
    void aTalkGivenAtACompanyInACitySaysNothingOfWhereItIs() {
        Set<String> facts = Samples.factsIn("The meetup was hosted at Kestrel Robotics in Eindhoven last month.", "en");

        assertFalse(facts.contains("Kestrel Robotics locatedIn Eindhoven"), facts::toString);
    }
}
