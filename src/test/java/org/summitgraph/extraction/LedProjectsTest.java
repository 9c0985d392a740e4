package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who leads a project: the head of the team that builds it ("…带领的团队负责TACO的开发"), and "who leads the X private
 * cloud", where the words after the name say what the project is.
 */
class LedProjectsTest {

    @Test
    void theHeadOfTheTeamBuildingAProjectLeadsIt() {
        Set<String> facts = Samples.facts(Samples.EXTRACTOR.extract(Samples.article(
                "华为的工程师周琳也来了。周琳领导的小组开发了Apache ServiceComb，现在已经毕业。", "zh", LocalDate.of(2024, 9, 20))));

        assertTrue(facts.contains("周琳 leads Apache ServiceComb"), facts::toString);
    }

    @Test
    void aMemberOfTheTeamBuildingAProjectDoesNotLeadIt() {
        Set<String> facts = Samples.facts(Samples.EXTRACTOR.extract(Samples.article(
                "华为的工程师周琳也来了。周琳所在的小组开发了Apache ServiceComb。", "zh", LocalDate.of(2024, 9, 20))));

        assertFalse(facts.contains("周琳 leads Apache ServiceComb"), facts::toString);
    }

    @Test
    void whoLeadsAProjectNamedWithWhatItIsLeadsIt() {
        Set<String> facts = Samples.factsIn("Dana Novak, who leads the OpenShift container platform at Red Hat, spoke first.", "en");

        assertTrue(facts.contains("Dana Novak leads OpenShift"), facts::toString);
    }

    @Test
    void whoLeadsAProgramOfAProjectDoesNotLeadTheProject() {
        Set<String> facts = Samples.factsIn("Dana Novak, who leads the OpenShift documentation program at Red Hat, spoke first.", "en");

        assertFalse(facts.contains("Dana Novak leads OpenShift"), facts::toString);
    }
}
