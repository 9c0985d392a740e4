package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a company is and whose it is, as press releases and reports write it: "Stockholm's Kvartal Analytics",
 * "Headquartered in Boise, Idaho, the company ...", "a directed fund of the Linux Foundation", "在 2014 年被红帽收购";
 * and "Inc." after a company's name and a comma is no company of its own. Made-up companies.
 */
class WhereAndWhoseOrganizationsTest {

    private static Set<String> english(String text) {
        return Samples.factsIn("Notes\n\n" + text, "en");
    }

    @Test
    void aCompanyWrittenAsACitysIsInThatCity() {
        Set<String> facts = english("The talk by Ana Duarte of Porto's Vinhalink Analytics was moved to the afternoon.");
        assertTrue(facts.contains("Vinhalink Analytics locatedIn Porto"), facts::toString);
    }

    @Test
    void aPersonWrittenAsACitysIsNoCompanyThere() {
        Set<String> facts = english("Lisbon's Ana Duarte opened the meetup with a short talk on Kafka.");
        assertTrue(facts.stream().noneMatch(f -> f.contains("locatedIn")), facts::toString);
    }

    @Test
    void aSentenceOpeningWithWhereTheCompanyIsHeadquarteredPlacesItsSubject() {
        Set<String> one = english("Based in Leeds, Harwick Data builds billing software for utilities.");
        Set<String> two = english("Corvane Storage was founded in 2016 by Rebecca Lindgren. Headquartered in Tampere, Finland, the company "
                + "has engineering offices in Oulu and Dublin.");
        assertTrue(one.contains("Harwick Data locatedIn Leeds"), one::toString);
        assertTrue(two.contains("Corvane Storage locatedIn Tampere"), two::toString);
    }

    @Test
    void aPersonAfterTheOpeningPlaceIsNoOrganisationThere() {
        Set<String> facts = english("Based in Leeds, Maria Olsen writes about stream processing.");
        assertTrue(facts.stream().noneMatch(f -> f.contains("locatedIn Leeds")), facts::toString);
    }

    @Test
    void aDirectedFundOfAFoundationIsPartOfIt() {
        Set<String> facts = english("The summit is run by the Ceph Foundation, a directed fund of the Linux Foundation.");
        assertTrue(facts.contains("Ceph Foundation partOf Linux Foundation"), facts::toString);
    }

    @Test
    void aCompanyBoughtInAGivenYearIsPartOfItsBuyer() {
        Set<String> facts = Samples.factsIn("笔记\n\n他当年创办的 Kestrel Labs 在 2015 年被红帽收购,后来他一直在红帽工作。", "zh");
        assertTrue(facts.contains("Kestrel Labs partOf Red Hat"), facts::toString);
    }

    @Test
    void aPlannedPurchaseInAGivenYearMakesNoPart() {
        Set<String> facts = Samples.factsIn("笔记\n\n传闻 Kestrel Labs 在 2015 年被红帽收购,但双方都否认了。", "zh");
        assertFalse(facts.contains("Kestrel Labs partOf Red Hat"), facts::toString);
    }

    @Test
    void theLegalFormAfterACompanysNameIsNoCompany() {
        Set<String> names = Samples.names(Samples.EXTRACTOR.extract(Samples.article(
                "Notes\n\nCorvane Storage, Inc. was founded in 2016 by Rebecca Lindgren.", "en", java.time.LocalDate.of(2024, 10, 2))));
        assertTrue(names.stream().noneMatch(n -> n.endsWith(" Inc.") || n.endsWith(" Inc")), names::toString);
    }
    @Test
    void theCitySomeoneFliesInFromWhereTheyWorkIsWhereTheWorkplaceIs() {
        Set<String> facts = english("Mei flew in from Chengdu, where she works at Tidebyte, and is a committer on Apache Pulsar.");
        assertTrue(facts.contains("Tidebyte locatedIn Chengdu"), facts::toString);
    }

    @Test
    void aCityFollowedByWhatSomeoneDidThereLocatesNoCompany() {
        Set<String> facts = english("Mei flew in from Chengdu, where she spoke at a meetup run by Tidebyte.");
        assertTrue(facts.stream().noneMatch(f -> f.contains("locatedIn Chengdu")), facts::toString);
    }

    @Test
    void aLocalStartUpCalledSomethingIsInTheCityThatOpensTheSentence() {
        Set<String> facts = Samples.factsIn("笔记\n\n成都本地有一家做智慧物流的创业公司叫 Routewise,他们的工程师专门来了。", "zh");
        assertTrue(facts.contains("Routewise locatedIn Chengdu"), facts::toString);
    }
}
