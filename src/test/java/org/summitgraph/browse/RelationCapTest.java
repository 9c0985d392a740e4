package org.summitgraph.browse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelationCapTest {

    private static final String HUB = SG.ID + "organization/hub";

    @Test
    void aRelationWithMoreValuesThanAPageShowsTheFirstAndSaysHowManyMore() {
        GraphStore store = new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY));
        // as the server has it: the page finds the relations pointing at an entity through the ontology's
        store.replaceGraph(GraphNames.ONTOLOGY, BundledKnowledge.fromClasspath().ontology());
        Model m = ModelFactory.createDefaultModel();
        Resource hub = m.createResource(HUB, SG.Organization).addProperty(RDFS.label, "Hub", "en");
        int people = EntityPages.SHOWN_PER_RELATION + 12;
        for (int i = 0; i < people; i++) {
            m.createResource(SG.ID + "person/p" + String.format("%03d", i), SG.Person)
                    .addProperty(RDFS.label, "Person " + i, "en").addProperty(SG.worksFor, hub);
            hub.addProperty(SG.uses, m.createResource(SG.ID + "project/x" + String.format("%03d", i), SG.Project));
        }
        m.createResource(SG.ID + "article/a1", SG.Article).addProperty(SG.mentions, hub);
        store.putArticle("a1", m, null, "a1");
        GraphReads reads = new GraphReads(store);
        PageLinks links = new PageLinks();
        EntityView page = new EntityPages(reads, links, new SummitSection(reads, links), new EntityArticles(reads, links))
                .page(HUB, Languages.ENGLISH).orElseThrow();

        EntityView.Group employees = page.incoming().stream()
                .filter(g -> g.predicate().equals(SG.worksFor.getURI())).findFirst().orElseThrow();
        assertEquals(EntityPages.SHOWN_PER_RELATION, employees.values().size());
        assertEquals(12, employees.more());
        EntityView.Group uses = page.relations().stream()
                .filter(g -> g.predicate().equals(SG.uses.getURI())).findFirst().orElseThrow();
        assertEquals(EntityPages.SHOWN_PER_RELATION, uses.values().size());
        assertEquals(12, uses.more());
        assertEquals("Hub", page.name(), "names are never cut");
    }
}
