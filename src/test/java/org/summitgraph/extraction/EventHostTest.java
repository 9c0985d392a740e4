package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.AttendanceConstructionsTest.en;
import static org.summitgraph.extraction.AttendanceConstructionsTest.zh;

/**
 * Who organises an event, told by an organisation running "its" summit or by the host named again: "The Linux
 * Foundation wrapped up its autumn summit", "主办方还是开源桥基金会". Made-up sentences about a made-up event, each beside
 * a near miss.
 */
class EventHostTest {

    private static boolean organizedBy(Set<String> facts, String host) {
        return facts.stream().anyMatch(f -> f.contains(" organizedBy " + host));
    }

    @Test
    void anOrganisationOpeningOrClosingItsSummitOrganisesIt() {
        Set<String> wrapped = en("The Linux Foundation wrapped up its autumn summit at the Flanders Expo on Thursday.");
        Set<String> opening = en("This is Ghent, where the Eclipse Foundation is opening its annual conference today.");

        assertTrue(wrapped.contains("Fernleaf Summit 2025 organizedBy Linux Foundation"), wrapped.toString());
        assertTrue(opening.contains("Fernleaf Summit 2025 organizedBy Eclipse Foundation"), opening.toString());
    }

    @Test
    void anOrganisationHoldingItsOwnOrItsNextEventOrganisesNotThisOne() {
        Set<String> own = en("The Linux Foundation held its own conference in Lisbon a month earlier.");
        Set<String> next = en("The Eclipse Foundation will hold its next summit in Vienna.");

        assertFalse(organizedBy(own, "Linux Foundation"), own.toString());
        assertFalse(organizedBy(next, "Eclipse Foundation"), next.toString());
    }

    @Test
    void theHostNamedAgainOrStillIsTheOrganiser() {
        Set<String> still = zh("主办方还是开源桥基金会，场地也和去年一样。");
        Set<String> again = en("The organiser was once again the Eclipse Foundation.");

        assertTrue(organizedBy(still, "开源桥基金会"), still.toString());
        assertTrue(again.contains("Fernleaf Summit 2025 organizedBy Eclipse Foundation"), again.toString());
    }
}
