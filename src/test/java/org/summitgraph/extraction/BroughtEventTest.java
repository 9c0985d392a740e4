package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organiser that brings its event somewhere; in sentences written for these tests. */
class BroughtEventTest {

    @Test
    void organisersThatBringAnEventToAPlaceOrganizeIt() {
        Set<String> facts = Samples.factsIn("这是Linux基金会和CNCF第三次把KubeCon带到中国，参会人数创了新高。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.matches("KubeCon.* organizedBy Linux Foundation")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.matches("KubeCon.* organizedBy Cloud Native Computing Foundation")), facts::toString);
    }

    @Test
    void anOrganisationThatBringsItsOwnConferenceOrganizesTheArticlesSummit() {
        Set<String> facts = Samples.factsIn("KubeCon + CloudNativeCon India 2024 opened in New Delhi on Wednesday. It is the first "
                + "time the CNCF has brought its flagship conference to India.", "en");

        assertTrue(facts.contains("KubeCon + CloudNativeCon India 2024 organizedBy Cloud Native Computing Foundation"), facts::toString);
    }

    @Test
    void aCompanyThatBringsItsEngineersToAnEventOrganizesNothing() {
        Set<String> facts = Samples.factsIn("KubeCon + CloudNativeCon India 2024 opened in New Delhi on Wednesday. Red Hat brought "
                + "forty engineers to the conference, and Google brought its demo truck to the expo hall.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("organizedBy Red Hat") || f.contains("organizedBy Google")),
                facts::toString);
    }

    @Test
    void anEventTakenSomewhereOnlyInATalksTitleHasNoOrganiser() {
        Set<String> facts = Samples.factsIn("华为的工程师在KubeCon上讲了《把ONAP搬到机房边上》。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.contains("organizedBy")), facts::toString);
    }
}
