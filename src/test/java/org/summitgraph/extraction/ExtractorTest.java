package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;
import org.summitgraph.vocab.SG;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorTest {

    private static final Extraction SAMPLE = Samples.EXTRACTOR.extract(Samples.article("sample.zh.txt"));
    private static final Extraction ENGLISH = Samples.EXTRACTOR.extract(Samples.article("vancouver-2018.en.md"));

    private static Set<String> names(Extraction e, EntityKind... kinds) {
        Set<EntityKind> wanted = Set.of(kinds);
        return e.entities().values().stream().filter(x -> wanted.contains(x.kind()))
                .map(x -> x.label("en")).collect(Collectors.toSet());
    }

    /** Facts as "subject predicate object[ title]" with English names, for readable assertions. */
    private static Set<String> facts(Extraction e) {
        Map<String, Entity> entities = e.entities();
        return e.facts().stream().map(f -> name(entities, f.subject()) + " " + f.predicate().getLocalName() + " "
                + name(entities, f.object()) + (f.roleTitle() == null ? "" : " " + f.roleTitle()))
                .collect(Collectors.toSet());
    }

    private static String name(Map<String, Entity> entities, String iri) {
        Entity e = entities.get(iri);
        return e == null ? iri : e.label("en");
    }

    private static void assertFact(Extraction e, String subject, Property p, String object) {
        String fact = subject + " " + p.getLocalName() + " " + object;
        assertTrue(facts(e).contains(fact), () -> "missing " + fact + " in " + facts(e));
    }

    @Test
    void anArticleNamingTwoSummitsOnceIsAboutTheOneItOpensOn() {
        Extraction english = Samples.EXTRACTOR.extract(Samples.article("Notes from Austin\n\nOpenSSF Day North America took over a "
                + "ballroom on June 20, the day before Open Source Summit North America 2022 opened in the same building.",
                "en", java.time.LocalDate.of(2022, 6, 27)));
        assertEquals("OpenSSF Day North America 2022", english.about().label("en"));
        Extraction chinese = Samples.EXTRACTOR.extract(Samples.article("周末游记\n\n上周六我去参加了KCD Chengdu 2024,第一次以讲者身份"
                + "上台。比起动辄上万人的KubeCon,这种本地活动更像老乡聚会。", "zh", java.time.LocalDate.of(2024, 5, 28)));
        assertEquals("KCD Chengdu 2024", chinese.about().label("en"));
    }

    @Test
    void anOldEditionTheArticleLooksBackOnIsNotWhatItIsAbout() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("Chinese money at the summits\n\nBack at the OpenStack Summit "
                + "Barcelona in 2016, few Chinese companies sponsored. At the OpenStack summit in Shanghai this month, they "
                + "took the headline slots.",
                "en", java.time.LocalDate.of(2019, 11, 11)));
        assertEquals("Open Infrastructure Summit Shanghai 2019", e.about().label("en"));
    }

    @Test
    void theSampleYieldsPeopleOrganisationsProjectsAndItsSummit() {
        assertTrue(names(SAMPLE, EntityKind.PERSON).size() >= 10, () -> "people: " + names(SAMPLE, EntityKind.PERSON));
        assertTrue(names(SAMPLE, EntityKind.ORGANIZATION, EntityKind.COMPANY).size() >= 10);
        assertTrue(names(SAMPLE, EntityKind.PROJECT).containsAll(Set.of("OpenStack", "Ironic", "Qinling", "Mistral", "Kolla", "Nova")));
        assertEquals("OpenStack Summit Sydney 2017", SAMPLE.about().label("en"));
        assertEquals("中国开源云联盟", SAMPLE.publisher().label("zh"));
    }

    @Test
    void oneNodePerPersonHoweverTheArticleWritesTheName() {
        Set<String> people = names(SAMPLE, EntityKind.PERSON);
        assertTrue(people.containsAll(Set.of("Mark Collier", "Jonathan Bryce", "Lew Tucker", "Jay Pipes", "Jeremy Stanley")), people::toString);
        assertFalse(people.contains("Mark"), people::toString);
        assertFalse(people.contains("Jonathon"), people::toString);
        Set<String> jonathan = SAMPLE.mentions().stream().filter(m -> m.entity().label("en").equals("Jonathan Bryce"))
                .map(Mention::surface).collect(Collectors.toSet());
        assertEquals(Set.of("Jonathon"), jonathan);
    }

    @Test
    void titlesBecomeRolesInTheirOrganisationOrProject() {
        assertFact(SAMPLE, "Mark Collier", SG.hasRole, "OpenStack Foundation COO");
        assertFact(SAMPLE, "Mark Collier", SG.worksFor, "OpenStack Foundation");
        assertFact(SAMPLE, "Jay Pipes", SG.hasRole, "Nova PTL");
        assertFact(SAMPLE, "Lingxian Kong", SG.hasRole, "Qinling PTL");
        assertFact(SAMPLE, "Lingxian Kong", SG.hasRole, "Mistral Core");
        assertFact(SAMPLE, "Lew Tucker", SG.hasRole, "Cisco CTO");
    }

    @Test
    void aListOfCandidatesMakesEachAFinalistAndTheWinnerIsFound() {
        String award = "Superuser Award (Sydney 2017)";
        for (String finalist : Set.of("中铁信", "China UnionPay", "City Network")) {
            assertFact(SAMPLE, finalist, SG.finalistFor, award);
        }
        assertFact(SAMPLE, "Tencent", SG.wonAward, award);
        assertFact(SAMPLE, award, SG.awardedAt, "OpenStack Summit Sydney 2017");
    }

    @Test
    void summitsNamedAfterTheirCityAreHeldThere() {
        assertFact(SAMPLE, "OpenStack Summit Paris 2014", SG.heldIn, "Paris");
        assertFact(SAMPLE, "OpenStack Summit Austin 2016", SG.heldIn, "Austin");
        assertFact(SAMPLE, "OpenStack Summit Sydney 2017", SG.heldIn, "Sydney");
    }

    @Test
    void organisationsThatAProjectHelpsUseIt() {
        for (String user : Set.of("AT&T", "China UnionPay", "中铁信", "Tencent")) {
            assertFact(SAMPLE, user, SG.uses, "OpenStack");
        }
        assertFact(SAMPLE, "China Mobile", SG.uses, "Ironic");
        assertFact(SAMPLE, "China UnionPay", SG.leads, "OpenStack金融工作组");
        assertFact(SAMPLE, "Steve", SG.worksFor, "Cisco");
    }

    @Test
    void aMetaphorsBasketballPlayerIsNotAPersonOfTheCommunity() {
        assertFalse(names(SAMPLE, EntityKind.PERSON).contains("穆托姆博"));
        assertFalse(names(SAMPLE, EntityKind.PERSON).contains("和泰斗"), () -> names(SAMPLE, EntityKind.PERSON).toString());
    }

    @Test
    void everyFactCarriesItsSentenceMethodAndConfidence() {
        for (Fact f : SAMPLE.facts()) {
            assertTrue(SAMPLE.article().text().substring(f.sentence().begin(), f.sentence().end()).equals(f.sentence().text()));
            assertFalse(f.method().isBlank());
            assertTrue(f.confidence() > 0 && f.confidence() <= 1);
        }
    }

    @Test
    void englishArticlesGiveTheSameKindsOfStatements() {
        assertEquals("OpenStack Summit Vancouver 2018", ENGLISH.about().label("en"));
        assertFact(ENGLISH, "Jonathan Bryce", SG.hasRole, "OpenStack Foundation Executive Director");
        assertFact(ENGLISH, "Jonathan Bryce", SG.speaksAt, "OpenStack Summit Vancouver 2018");
        assertFact(ENGLISH, "Mark Collier", SG.hasRole, "OpenStack Foundation COO");
        assertFact(ENGLISH, "Ericsson", SG.wonAward, "Superuser Award (Vancouver 2018)");
        assertFact(ENGLISH, "VEXXHOST", SG.finalistFor, "Superuser Award (Vancouver 2018)");
        assertFact(ENGLISH, "Walmart", SG.uses, "OpenStack");
        assertFact(ENGLISH, "Lingxian Kong", SG.hasRole, "Mistral Core");
        assertFact(ENGLISH, "Lingxian Kong", SG.formerlyWorkedFor, "Huawei");
        assertFact(ENGLISH, "Steve", SG.worksFor, "Cisco");
    }

    @Test
    void theSameArticleAlwaysGivesTheSameIris() {
        Extraction again = Samples.EXTRACTOR.extract(Samples.article("sample.zh.txt"));
        assertEquals(SAMPLE.entities().keySet(), again.entities().keySet());
        assertEquals(facts(SAMPLE), facts(again));
    }

    @Test
    void summitDatesWrittenInTheTextBecomeDatedAttributes() {
        Set<String> attributes = SAMPLE.attributes().stream()
                .map(a -> a.predicate().getLocalName() + "=" + a.value()).collect(Collectors.toSet());
        assertTrue(attributes.containsAll(Set.of("startDate=2017-11-06", "endDate=2017-11-08")), attributes::toString);
        Set<String> english = ENGLISH.attributes().stream().map(a -> a.predicate().getLocalName()).collect(Collectors.toSet());
        assertEquals(Set.of(), english, "the English fixture states no dates");
    }

    @Test
    void aCountryNamedInPassingIsMarkedButTheArticleIsAboutOnlyTheOnesAStatementTiesToIt() {
        // the sample: "在新西兰Catalyst" locates a company; "亚洲" and "美国" are only named
        assertTrue(names(SAMPLE, EntityKind.PLACE).contains("New Zealand"), () -> names(SAMPLE, EntityKind.PLACE).toString());
        assertFalse(names(SAMPLE, EntityKind.PLACE).contains("Asia"), () -> names(SAMPLE, EntityKind.PLACE).toString());
        assertFalse(names(SAMPLE, EntityKind.PLACE).contains("United States"), () -> names(SAMPLE, EntityKind.PLACE).toString());
        assertTrue(SAMPLE.mentions().stream().anyMatch(m -> m.surface().equals("美国")
                && m.entity().kind() == EntityKind.PLACE), "the name stays marked in the text");
        assertTrue(names(SAMPLE, EntityKind.PLACE).contains("Sydney"), "cities are kept whether or not a statement names them");
    }
}
