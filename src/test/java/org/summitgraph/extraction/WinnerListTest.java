package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The winners a list under "Congratulations to:" or "获奖名单如下：" names won the award named before it. */
class WinnerListTest {

    private static Set<String> en(String text) {
        return Samples.facts(MainEventTest.extract("Notes", text, "en", LocalDate.of(2019, 5, 30)));
    }

    @Test
    void everyItemOfTheWinnersListWonTheAward() {
        Set<String> facts = en("KubeCon + CloudNativeCon Europe 2019 was busy. On the last day the CNCF handed out the CNCF End User Award. "
                + "Congratulations to:\n\n- Kelpwise Analytics, for running 400 clusters;\n- Lanternfish Robotics, for its edge fleet.\n\n"
                + "Tidewater Systems had a booth.");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Kelpwise Analytics wonAward")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Lanternfish Robotics wonAward")), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Tidewater Systems wonAward")), facts.toString());
    }

    @Test
    void aListUnderAnotherHeadWinsNothing() {
        Set<String> facts = en("KubeCon + CloudNativeCon Europe 2019 was busy. The CNCF End User Award was presented on Tuesday. "
                + "Sponsors this year:\n\n- Kelpwise Analytics\n- Lanternfish Robotics\n");

        assertFalse(facts.stream().anyMatch(f -> f.contains("wonAward")), facts.toString());
    }
}
