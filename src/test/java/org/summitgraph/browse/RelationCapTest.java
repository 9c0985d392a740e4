package org.summitgraph.browse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An entity with more values of a relation than a page shows: its page shows the first few of each and how many
 * more, and the relation's own pages show them all.
 */
class RelationCapTest {

    private static final String HUB = SG.ID + "organization/hub";
    private static final String SUMMIT = SG.ID + "summit/big-summit";
    /** More than one of the relation's own pages holds. */
    private static final int PEOPLE = RelationPages.PER_PAGE + 12;
    private static final int HOLDERS = EntityPages.SHOWN_PER_RELATION + 5;
    private static final String BUSY = SG.ID + "person/busy";

    private static EntityPages pages;
    private static RelationPages relationPages;

    @BeforeAll
    static void load() {
        GraphStore store = new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY));
        // as the server has it: the page finds the relations pointing at an entity through the ontology's
        store.replaceGraph(GraphNames.ONTOLOGY, BundledKnowledge.fromClasspath().ontology());
        Model m = ModelFactory.createDefaultModel();
        Resource hub = m.createResource(HUB, SG.Organization).addProperty(RDFS.label, "Hub", "en");
        Resource summit = m.createResource(SUMMIT, SG.Summit).addProperty(RDFS.label, "Big Summit", "en");
        for (int i = 0; i < PEOPLE; i++) {
            m.createResource(SG.ID + "person/p" + String.format("%03d", i), SG.Person)
                    .addProperty(RDFS.label, "Person " + i, "en").addProperty(SG.worksFor, hub)
                    .addProperty(SG.speaksAt, summit);
            hub.addProperty(SG.uses, m.createResource(SG.ID + "project/x" + String.format("%03d", i), SG.Project));
        }
        for (int i = 0; i < HOLDERS; i++) {
            Resource role = m.createResource(SG.ID + "role/r" + i, SG.Role).addProperty(SG.roleIn, hub)
                    .addProperty(SG.roleTitle, "Chair " + i);
            m.getResource(SG.ID + "person/p" + String.format("%03d", i)).addProperty(SG.hasRole, role);
        }
        Resource busy = m.createResource(BUSY, SG.Person).addProperty(RDFS.label, "Busy Person", "en");
        for (int i = 0; i < EntityPages.SHOWN_PER_RELATION + 2; i++) {
            busy.addProperty(SG.hasRole, m.createResource(SG.ID + "role/busy-" + i, SG.Role)
                    .addProperty(SG.roleIn, summit).addProperty(SG.roleTitle, "Track chair " + i));
        }
        m.createResource(SG.ID + "article/a1", SG.Article).addProperty(SG.mentions, hub);
        store.putArticle("a1", m, null, "a1");
        GraphReads reads = new GraphReads(store);
        PageLinks links = new PageLinks();
        RelationValues values = new RelationValues(reads);
        pages = new EntityPages(reads, links, new SummitSection(reads, links), new EntityArticles(reads, links), values);
        relationPages = new RelationPages(reads, values, links);
    }

    @Test
    void aRelationWithMoreValuesThanAPageShowsTheFirstAndSaysHowManyMore() {
        EntityView page = pages.page(HUB, Languages.ENGLISH).orElseThrow();

        EntityView.Group employees = group(page.incoming(), SG.worksFor.getURI());
        assertEquals(EntityPages.SHOWN_PER_RELATION, employees.values().size());
        assertEquals(PEOPLE - EntityPages.SHOWN_PER_RELATION, employees.more());
        assertEquals(RelationPages.href(HUB, SG.worksFor.getURI(), "in", 1), employees.moreHref());
        EntityView.Group uses = group(page.relations(), SG.uses.getURI());
        assertEquals(EntityPages.SHOWN_PER_RELATION, uses.values().size());
        assertEquals(PEOPLE - EntityPages.SHOWN_PER_RELATION, uses.more());
        assertEquals(RelationPages.href(HUB, SG.uses.getURI(), "out", 1), uses.moreHref());
        assertEquals("Hub", page.name(), "names are never cut");
    }

    @Test
    void theRolesHeldInAnEntityAreCutLikeARelation() {
        EntityView page = pages.page(HUB, Languages.ENGLISH).orElseThrow();

        assertEquals(EntityPages.SHOWN_PER_RELATION, page.holders().size());
        assertEquals(HOLDERS - EntityPages.SHOWN_PER_RELATION, page.holdersMore());
        RelationPages.RelationView all = relationPages.page(HUB, null, "roles", Languages.ENGLISH, 1).orElseThrow();
        assertEquals(HOLDERS, all.roles().size());
        assertEquals(HOLDERS, all.total());
        assertTrue(all.roles().stream().anyMatch(r -> r.name().equals("Person 0") && r.title().equals("Chair 0")),
                all.roles()::toString);
    }

    @Test
    void everyRoleAPersonHoldsIsOnTheirPage() {
        assertEquals(EntityPages.SHOWN_PER_RELATION + 2, pages.page(BUSY, Languages.ENGLISH).orElseThrow().roles().size(),
                "the roles section has no pages of its own");
    }

    @Test
    void aSummitShowsItsFirstSpeakersAndHowManyMore() {
        EntityView.SummitView summit = pages.page(SUMMIT, Languages.ENGLISH).orElseThrow().summit();

        assertEquals(EntityPages.SHOWN_PER_RELATION, summit.speakers().values().size());
        assertEquals(PEOPLE - EntityPages.SHOWN_PER_RELATION, summit.speakers().more());
        assertEquals(RelationPages.href(SUMMIT, SG.speaksAt.getURI(), "in", 1), summit.speakers().moreHref());
    }

    @Test
    void theRelationsOwnPagesListEveryValueOnceStartingWithThoseOnTheEntityPage() {
        for (String direction : List.of("in", "out")) {
            String relation = direction.equals("in") ? SG.worksFor.getURI() : SG.uses.getURI();
            RelationPages.RelationView first = relationPages.page(HUB, relation, direction, Languages.ENGLISH, 1)
                    .orElseThrow();
            RelationPages.RelationView second = relationPages.page(HUB, relation, direction, Languages.ENGLISH, 2)
                    .orElseThrow();

            assertEquals(PEOPLE, first.total());
            assertEquals(2, first.pages());
            assertEquals(RelationPages.PER_PAGE, first.values().size());
            assertEquals(PEOPLE - RelationPages.PER_PAGE, second.values().size());
            assertNull(first.previous());
            assertEquals(RelationPages.href(HUB, relation, direction, 2), first.next());
            assertEquals(RelationPages.href(HUB, relation, direction, 1), second.previous());
            assertNull(second.next());
            List<String> hrefs = new ArrayList<>();
            first.values().forEach(v -> hrefs.add(v.href()));
            second.values().forEach(v -> hrefs.add(v.href()));
            assertEquals(PEOPLE, Set.copyOf(hrefs).size(), "every value once");
            EntityView page = pages.page(HUB, Languages.ENGLISH).orElseThrow();
            Set<String> onPage = new LinkedHashSet<>();
            group(direction.equals("in") ? page.incoming() : page.relations(), relation).values()
                    .forEach(v -> onPage.add(v.href()));
            assertEquals(onPage, Set.copyOf(hrefs.subList(0, EntityPages.SHOWN_PER_RELATION)),
                    "the entity page shows the first of them");
            assertTrue(relationPages.page(HUB, relation, direction, Languages.ENGLISH, 3).isEmpty());
        }
    }

    private static EntityView.Group group(List<EntityView.Group> groups, String predicate) {
        return groups.stream().filter(g -> g.predicate().equals(predicate)).findFirst().orElseThrow();
    }
}
