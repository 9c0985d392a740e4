package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bracket after a name, the way speaker lists, attendee lists and minutes write affiliations and places, in
 * made-up lines about made-up people.
 */
class BracketsTest {

    private static Set<String> facts(String text, String language) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, language, LocalDate.of(2024, 5, 10)));
        Map<String, Entity> entities = e.entities();
        return e.facts().stream().map(f -> name(entities, f.subject()) + " " + f.predicate().getLocalName()
                + (f.roleTitle() == null ? "" : "[" + f.roleTitle() + "]") + " " + name(entities, f.object()))
                .collect(Collectors.toSet());
    }

    private static String name(Map<String, Entity> entities, String iri) {
        Entity e = entities.get(iri);
        return e == null ? iri : e.label("en");
    }

    @Test
    void anOrganisationInBracketsAfterEachNameOfAListIsWhereThatPersonWorks() {
        Set<String> facts = facts("参会人员:郑雨桐(华为)、Daniel Okoro(Intel)、邵明轩等12人。", "zh");

        assertTrue(facts.contains("郑雨桐 worksFor Huawei"), facts::toString);
        assertTrue(facts.contains("Daniel Okoro worksFor Intel"), facts::toString);
    }

    @Test
    void aTitleBesideTheOrganisationInTheBracketIsTheirRole() {
        Set<String> facts = facts("主讲:邵明轩(中国移动,Nova核心评审):《大规模调度的实践》", "zh");

        assertTrue(facts.contains("邵明轩 worksFor China Mobile"), facts::toString);
        assertTrue(facts.contains("邵明轩 hasRole[Core] Nova"), facts::toString);
    }

    @Test
    void anEnglishAppositionBeforeTheBracketLeavesItToThePerson() {
        Set<String> facts = facts("Priya Natarajan, the current Nova PTL (Intel), opened the forum.", "en");

        assertTrue(facts.contains("Priya Natarajan worksFor Intel"), facts::toString);
    }

    @Test
    void aPlaceInBracketsAfterACompanyIsWhereItIs() {
        Set<String> facts = facts("Top contributors this cycle: Huawei (Shenzhen) with 120 patches, Intel with 80.", "en");

        assertTrue(facts.contains("Huawei locatedIn Shenzhen"), facts::toString);
    }

    @Test
    void moreThanANameInTheBracketIsNoAffiliation() {
        Set<String> facts = facts("郑雨桐(前华为工程师)和Daniel Okoro(刚离开Intel)都来了。", "zh");

        assertFalse(facts.contains("郑雨桐 worksFor Huawei"), facts::toString);
        assertFalse(facts.contains("Daniel Okoro worksFor Intel"), facts::toString);
    }

    @Test
    void aSpeakersLineInAnAgendaSpeaksAtTheEventTheArticleIsAbout() {
        Set<String> facts = facts("KubeCon + CloudNativeCon China 2024 议程公布。\n\n- 郑雨桐(华为):《多集群调度的十个坑》\n"
                + "- 14:30 Daniel Okoro: “Edge nodes at scale”\n", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.startsWith("郑雨桐 speaksAt KubeCon")), facts::toString);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Daniel Okoro speaksAt KubeCon")), facts::toString);
    }

    @Test
    void aNameBeforeAColonWithoutBracketOrQuotedTitleIsNoSpeaker() {
        Set<String> facts = facts("KubeCon + CloudNativeCon China 2024 的采访实录。\n\n郑雨桐:我们去年就开始用了。\n", "zh");

        assertFalse(facts.stream().anyMatch(f -> f.startsWith("郑雨桐 speaksAt")), facts::toString);
    }
}
