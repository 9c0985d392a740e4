package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where an organisation is, told by the description that introduces it, in made-up sentences about made-up companies. */
class OrganizationPlacesTest {

    private static Set<String> facts(String text, String language) {
        return Samples.factsIn(text, language);
    }

    @Test
    void aChinesePlaceBeforeTheKindOfBusinessIsWhereTheNamedCompanyIs() {
        Set<String> facts = facts("会上,挪威的物流软件公司Fraktlinje展示了他们基于OpenStack的新平台。", "zh");

        assertTrue(facts.contains("Fraktlinje locatedIn Norway"), facts::toString);
    }

    @Test
    void aChineseNameCalledByADescriptionStartingWithAPlaceIsThere() {
        Set<String> facts = facts("一家名为Kuurapilvi的芬兰初创公司在展区发布了基于OpenStack的备份产品。", "zh");

        assertTrue(facts.contains("Kuurapilvi locatedIn Finland"), facts::toString);
    }

    @Test
    void aChinesePlaceBeforeAListOfCompaniesIsWhereEachIs() {
        Set<String> facts = facts("展区里也能看到法国本地的Scaleway、OVHcloud两家云厂商。", "zh");

        assertTrue(facts.contains("Scaleway locatedIn France"), facts::toString);
        assertTrue(facts.contains("OVHcloud locatedIn France"), facts::toString);
    }

    @Test
    void aCityAsTheFirstWordOfAnEnglishDescriptionIsWhereTheCompanyIs() {
        Set<String> facts = facts("Oskar Lind, CTO of the Oslo cloud provider Fjordhost, spoke on the second day.", "en");

        assertTrue(facts.contains("Fjordhost locatedIn Oslo"), facts::toString);
    }

    @Test
    void aProductInADemonymDescriptionStillTellsTheCountry() {
        Set<String> facts = facts("Fjordhost, the Norwegian OpenStack cloud provider, will sponsor the community lounge.", "en");

        assertTrue(facts.contains("Fjordhost locatedIn Norway"), facts::toString);
    }

    @Test
    void anEnglishPlaceBeforeAListIsSaidOfTheFirstNameOnly() {
        Set<String> facts = facts("Paris-based Scaleway and Red Hat announced a joint offering.", "en");

        assertTrue(facts.contains("Scaleway locatedIn Paris"), facts::toString);
        assertFalse(facts.contains("Red Hat locatedIn Paris"), facts::toString);
    }
}
