package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "openEuler社区" is no other name of the openEuler project in the reference data: where the community hosts the summit
 * or keeps a SIG it is a body of its own ("由openEuler社区主办", "openEuler社区sig-Kernel", missed on the
 * thirty-fourth worked-on set), and where it is only the project's people it is still read as the project.
 */
class ProjectCommunityNameTest {

    private static Extraction chinese(String text) {
        return Samples.EXTRACTOR.extract(Samples.article(text, "zh", LocalDate.of(2024, 12, 20)));
    }

    @Test
    void aKnownProjectsCommunityThatHostsASummitIsABodyThatKeepsItsSig() {
        Extraction e = chinese("本届峰会于北京开幕，由openEuler社区主办。他是openEuler社区sig-Kernel的Maintainer之一。");
        Set<String> names = Samples.names(e);
        Set<String> facts = Samples.facts(e, "zh");

        assertEquals("ORGANIZATION", Samples.kindOf(names, "openEuler社区"), names::toString);
        assertTrue(facts.stream().anyMatch(f -> f.endsWith("partOf openEuler社区")), facts::toString);
    }

    @Test
    void aKnownProjectsCommunityThatIsOnlyItsPeopleStaysTheProject() {
        Set<String> names = Samples.names(chinese("去年我们给openEuler社区提交了两百多个补丁，都已经合入。"));

        assertEquals("none", Samples.kindOf(names, "openEuler社区"), names::toString);
        assertEquals("PROJECT", Samples.kindOf(names, "openEuler"), names::toString);
    }
}
