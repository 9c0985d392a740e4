package org.summitgraph.browse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitgraph.browse.EntityView.Group;
import org.summitgraph.browse.EntityView.RoleLine;
import org.summitgraph.browse.EntityView.Value;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entity page's view of 孔令贤 and of the Sydney summit, built from the sample article and the reference. */
class EntityPagesTest {

    private static final String KONG = "https://summitgraph.org/id/person/kong-lingxian";
    private static final String SYDNEY = "https://summitgraph.org/id/summit/sydney-2017";

    private static EntityPages pages;

    @BeforeAll
    static void load() {
        GraphReads reads = new GraphReads(SampleStore.withSample());
        PageLinks links = new PageLinks();
        pages = new EntityPages(reads, links, new SummitSection(reads, links), new EntityArticles(reads, links),
                new RelationValues(reads));
    }

    private static EntityView page(String iri, java.util.Locale reader) {
        return pages.page(iri, reader).orElseThrow();
    }

    private static Group group(List<Group> groups, String localName) {
        return groups.stream().filter(g -> g.predicate().endsWith("#" + localName)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + localName + " in " + groups));
    }

    @Test
    void aPersonIsNamedInTheReadersLanguageWithAllItsNames() {
        assertEquals("孔令贤", page(KONG, Languages.CHINESE).name());
        EntityView english = page(KONG, Languages.ENGLISH);
        assertEquals("Lingxian Kong", english.name());
        assertTrue(english.names().contains(new EntityView.Name("Kong Lingxian", "en", true)), english.names()::toString);
        assertEquals(List.of("Person"), english.types());
        assertEquals(List.of("人物"), page(KONG, Languages.CHINESE).types());
    }

    @Test
    void rolesReadAsTitleAndPlaceOnceEachWithTheSentenceBehindThem() {
        List<RoleLine> roles = page(KONG, Languages.ENGLISH).roles();

        assertEquals(List.of("Core /id/project/mistral", "PTL /id/project/qinling"),
                roles.stream().map(r -> r.title() + " " + r.href()).toList());
        RoleLine ptl = roles.get(1);
        assertEquals("Qinling", ptl.name());
        assertFalse(ptl.why().reference());
        assertTrue(ptl.why().evidence().get(0).sentence().contains("Qinling项目的PTL"), ptl.why()::toString);
        assertEquals("/id/article/" + ptl.why().evidence().get(0).articleHref().substring(12) + "#sentence-52",
                ptl.why().evidence().get(0).sentenceHref());
    }

    @Test
    void relationsAreGroupedAndLabelledFromTheOntology() {
        EntityView view = page(KONG, Languages.ENGLISH);

        Group worksFor = group(view.relations(), "worksFor");
        assertEquals("works for", worksFor.relation());
        assertEquals(List.of("Catalyst IT"), worksFor.values().stream().map(Value::name).toList());
        assertTrue(worksFor.values().get(0).why().evidence().get(0).sentence().contains("Catalyst"));
        Group former = group(view.relations(), "formerlyWorkedFor");
        assertEquals(List.of("Huawei"), former.values().stream().map(Value::name).toList());
        assertEquals("任职于", group(page(KONG, Languages.CHINESE).relations(), "worksFor").relation());
    }

    @Test
    void factsOnlyTheReferenceKnowledgeHoldsSayReferenceData() {
        // the sample never says where the OpenStack Foundation is; the reference data does (Austin)
        Value austin = group(page("https://summitgraph.org/id/organization/openstack-foundation", Languages.ENGLISH)
                .relations(), "locatedIn").values().get(0);
        assertTrue(austin.why().reference(), austin.why()::toString);
    }

    @Test
    void aFactAnArticleStatesIsNotReferenceDataAlone() {
        Value huawei = group(page(KONG, Languages.ENGLISH).relations(), "formerlyWorkedFor").values().get(0);
        assertFalse(huawei.why().evidence().isEmpty(), huawei.why()::toString);
    }

    @Test
    void aProjectListsWhoHoldsARoleInIt() {
        EntityView qinling = page("https://summitgraph.org/id/project/qinling", Languages.ENGLISH);

        assertEquals(List.of("Lingxian Kong PTL"),
                qinling.holders().stream().map(r -> r.name() + " " + r.title()).toList());
        assertEquals("/id/person/kong-lingxian", qinling.holders().get(0).href());
    }

    @Test
    void incomingRelationsAndTheArticlesThatMentionIt() {
        EntityView catalyst = page("https://summitgraph.org/id/organization/catalyst-it", Languages.ENGLISH);

        assertTrue(group(catalyst.incoming(), "worksFor").values().stream().anyMatch(v -> v.name().equals("Lingxian Kong")));
        assertEquals(1, catalyst.articles().size());
        assertTrue(catalyst.articles().get(0).href().matches("/id/article/[0-9a-f]{16}"));
        assertEquals(List.of("http://www.wikidata.org/entity/Q860580"),
                page("https://summitgraph.org/id/organization/tencent", Languages.ENGLISH).sameAs());
        assertEquals("/graph?iri=https%3A%2F%2Fsummitgraph.org%2Fid%2Forganization%2Fcatalyst-it", catalyst.graphHref());
        assertNull(catalyst.summit());
    }

    @Test
    void theSummitSectionHasItsDatesPlaceSpeakersAndAwards() {
        EntityView view = page(SYDNEY, Languages.ENGLISH);
        EntityView.SummitView summit = view.summit();

        assertNotNull(summit);
        assertEquals("2017-11-06", summit.start().name());
        assertEquals("2017-11-08", summit.end().name());
        assertEquals(List.of("Sydney"), summit.places().stream().map(Value::name).toList());
        assertTrue(summit.speakers().values().stream().anyMatch(v -> v.name().equals("Lew Tucker")), summit.speakers()::toString);
        EntityView.Award award = summit.awards().get(0);
        assertEquals("Superuser Award (Sydney 2017)", award.award().name());
        assertTrue(award.winners().stream().anyMatch(v -> v.href().equals("/id/organization/tencent-tstack")
                || v.href().equals("/id/organization/tencent")), award.winners()::toString);
        assertTrue(award.finalists().stream().anyMatch(v -> v.name().equals("China UnionPay")), award.finalists()::toString);
        assertTrue(summit.companies().stream().anyMatch(v -> v.name().equals("Cisco")), summit.companies()::toString);
        assertEquals(1, summit.about().size());
        assertTrue(view.incoming().stream().noneMatch(g -> g.predicate().endsWith("#speaksAt")), "shown once");
    }

    @Test
    void anIriTheGraphDoesNotKnowHasNoPage() {
        assertEquals(Optional.empty(), pages.page("https://summitgraph.org/id/person/nobody-at-all", Languages.ENGLISH));
    }
}
