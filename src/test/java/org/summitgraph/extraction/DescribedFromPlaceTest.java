package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where an organisation is, said in a description that puts the place before the name ("a small hosting company in
 * Oregon called Larchmont Hosting", "a newcomer from Durham, Loblolly Labs") or, in Chinese, after it
 * ("这家来自柏林的公司"): kinds missed on the twenty-sixth set, written here with other names.
 */
class DescribedFromPlaceTest {

    private static Set<String> facts(String text, String language) {
        return Samples.facts(Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 9, 20))), language);
    }

    @Test
    void aCompanyInAPlaceCalledSoIsThere() {
        Set<String> called = facts("She now works for a small consultancy in Lisbon called Quarto Labs.", "en");
        Set<String> named = facts("The patches came from a two-person studio out of Tallinn named Pinewick Systems.", "en");

        assertTrue(called.contains("Quarto Labs locatedIn Lisbon"), called::toString);
        assertTrue(named.contains("Pinewick Systems locatedIn Tallinn"), named::toString);
    }

    @Test
    void aNewcomerFromAPlaceSetOffByACommaIsThere() {
        Set<String> facts = facts("Sponsors included Red Hat, SUSE and a newcomer from Leeds, Harwick Data, who sell backup tools.", "en");

        assertTrue(facts.contains("Harwick Data locatedIn Leeds"), facts::toString);
    }

    @Test
    void aPersonFromAPlaceIsNoOrganisationThere() {
        Set<String> facts = facts("We met an engineer from Berlin, Anna Schmidt, at the booth of Red Hat.", "en");

        assertFalse(facts.stream().anyMatch(f -> f.contains("locatedIn")), facts::toString);
    }

    @Test
    void aChineseDescriptionAfterTheNameSaysWhereTheCompanyIsFrom() {
        Set<String> comma = facts("她点名感谢了Nordlys Systems，这家来自奥斯陆的公司贡献了编译器的认证工作。", "zh");
        Set<String> is = facts("栖木科技是一家来自杭州的创业公司，今年首次参会。", "zh");

        assertTrue(comma.contains("Nordlys Systems locatedIn 奥斯陆"), comma::toString);
        assertTrue(is.contains("栖木科技 locatedIn 杭州"), is::toString);
    }

    @Test
    void aPersonDescribedAsFromAPlaceInChineseGivesNoLocation() {
        Set<String> facts = facts("她感谢了张伟，这位来自上海的工程师在阿里云工作。", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("张伟 locatedIn")), facts::toString);
    }
}
