package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Harbour Data Systems (now Corvid)": the old name and the new one are one company, listed once by its new name. */
class RenamedOrganizationTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, "en", LocalDate.of(2024, 10, 2))));
    }

    @Test
    void anOldNameWithItsNewOneInBracketsIsOneCompany() {
        Set<String> names = names("The gateway came from Harbour Data Systems (now Corvid) in 2016, and Corvid still maintains it.");
        assertTrue(names.contains("COMPANY Corvid"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("Harbour")), names::toString);
    }

    @Test
    void aBracketThatSaysHowManyThereAreNowRenamesNothing() {
        Set<String> names = names("The Nimbus Labs team (now five people) shipped the release in May.");
        assertTrue(names.stream().noneMatch(n -> n.contains("five")), names::toString);
    }
}
