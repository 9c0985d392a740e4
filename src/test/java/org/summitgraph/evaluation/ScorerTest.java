package org.summitgraph.evaluation;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.summitgraph.vocab.SG;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {

    private static final String GOLD = String.join("\n",
            "# a tiny gold file",
            "entity\tmark\tPerson\tMark Collier\tMark Collier|Mark",
            "entity\tosf\tOrganization\tOpenStack Foundation\t基金会",
            "entity\tcisco\tCompany\t思科\t思科|Cisco",
            "ignore\tmutombo\tPerson\t穆托姆博\t穆托姆博",
            "relation\tmark\thasRole\tosf\tCOO\t基金会COO Mark Collier",
            "relation\tmark\tworksFor\tosf\t\t基金会COO Mark Collier",
            "relation\tcisco\tpartnerOf\tosf\t\tnone");

    private final Model graph = ModelFactory.createDefaultModel();
    private final Resource article = graph.createResource(SG.ID + "article/a", SG.Article);

    private Resource entity(String slug, Resource type, String label) {
        Resource e = graph.createResource(SG.ID + slug, type).addProperty(RDFS.label, label);
        article.addProperty(SG.mentions, e);
        return e;
    }

    @Test
    void entitiesMatchByTypeAndNormalisedLabelAndAnIgnoredOneIsExcused() {
        entity("mark", SG.Person, "MARK  collier");
        entity("osf", SG.Organization, "OpenStack Foundation");
        entity("cisco", SG.Organization, "x").addProperty(SKOS.altLabel, "ＣＩＳＣＯ");
        entity("mutombo", SG.Person, "穆托姆博");
        entity("nova", SG.Project, "Nova");
        Score s = Scorer.score(graph, GoldStandard.parse(GOLD, "gold"));
        assertEquals(new Counts(5, 3, 3, 1), s.entities());
        assertEquals(0.75, s.entities().precision(), 1e-9);
        assertEquals(1.0, s.entities().recall(), 1e-9);
    }

    @Test
    void twoNodesForOnePersonCountOneAsSpurious() {
        entity("mark", SG.Person, "Mark Collier");
        entity("mark2", SG.Person, "Mark");
        Score s = Scorer.score(graph, GoldStandard.parse(GOLD, "gold"));
        assertEquals(1, s.entities().matched());
        assertEquals(1, s.spuriousEntities().size());
    }

    @Test
    void aRoleIsReadAsPersonHasRoleTargetWithItsTitleScoredApart() {
        Resource mark = entity("mark", SG.Person, "Mark Collier");
        Resource osf = entity("osf", SG.Organization, "OpenStack Foundation");
        Resource role = graph.createResource(SG.ID + "role/r", SG.Role).addProperty(SG.roleTitle, "CEO").addProperty(SG.roleIn, osf);
        mark.addProperty(SG.hasRole, role).addProperty(SG.worksFor, osf).addProperty(SG.leads, osf);
        Score s = Scorer.score(graph, GoldStandard.parse(GOLD, "gold"));
        assertEquals(new Counts(3, 3, 2, 0), s.relations());
        assertEquals(0, s.titlesRight());
        assertEquals(1, s.titlesScored());
        assertTrue(s.missedRelations().get(0).startsWith("cisco partnerOf osf"), s.missedRelations().toString());
    }

    @Test
    void aStatementAboutAnEntityTheArticleDoesNotMentionIsNotCounted() {
        Resource mark = entity("mark", SG.Person, "Mark Collier");
        mark.addProperty(SG.worksFor, graph.createResource(SG.ID + "elsewhere").addProperty(RDF.type, SG.Organization));
        assertEquals(0, Scorer.score(graph, GoldStandard.parse(GOLD, "gold")).relations().extracted());
    }

    @Test
    void attributesAreComparedOnMatchedEntitiesAndTheOnesMissedOrWrongAreListed() {
        String gold = GOLD + "\nentity\tsydney-2017\tSummit\tOpenStack Summit Sydney\tOpenStack Summit Sydney"
                + "\nattribute\tsydney-2017\tstartDate\t2017-11-06\nattribute\tsydney-2017\tendDate\t2017-11-08";
        entity("sydney", SG.Summit, "OpenStack Summit Sydney")
                .addProperty(SG.startDate, "2017-11-06").addProperty(SG.endDate, "2017-11-09");
        Score s = Scorer.score(graph, GoldStandard.parse(gold, "gold"));
        assertEquals(new Counts(2, 2, 1, 0), s.attributes());
        assertEquals(java.util.List.of("sydney-2017 endDate 2017-11-08"), s.missedAttributes());
        assertEquals(java.util.List.of("sydney-2017 endDate 2017-11-09"), s.wrongAttributes());
        assertTrue(s.report(true).contains("Missed attributes (1):"), s.report(true));
    }

    @Test
    void aMalformedGoldFileNamesTheLine() {
        GoldStandard.InvalidGoldException e = assertThrows(GoldStandard.InvalidGoldException.class,
                () -> GoldStandard.parse("entity\tx\tPerson\tX\tX\nrelation\tx\tworksFor", "g.tsv"));
        assertTrue(e.getMessage().startsWith("g.tsv:2"), e.getMessage());
    }
}
