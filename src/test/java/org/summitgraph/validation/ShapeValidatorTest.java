package org.summitgraph.validation;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.vocab.SG;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapeValidatorTest {

    private static final BundledKnowledge KNOWLEDGE = BundledKnowledge.fromClasspath();
    private final ShapeValidator validator = new ShapeValidator(KNOWLEDGE.shapes(), KNOWLEDGE.ontology());

    @Test
    void aCompanyCountsAsAnOrganisationThroughTheOntology() {
        Model m = ModelFactory.createDefaultModel();
        Resource cisco = m.createResource(SG.ID + "organization/cisco", SG.Company).addProperty(RDFS.label, "Cisco", "en");
        m.createResource(SG.ID + "person/steve", SG.Person).addProperty(RDFS.label, "Steve", "en").addProperty(SG.worksFor, cisco);
        assertEquals(List.of(), validator.problems(m));
    }

    @Test
    void aRoleWithoutTargetIsRefusedWithTheShapesMessage() {
        Model m = ModelFactory.createDefaultModel();
        Resource role = m.createResource(SG.ID + "role/x", SG.Role).addProperty(SG.roleTitle, "PTL");
        m.createResource(SG.ID + "person/jay", SG.Person).addProperty(RDFS.label, "Jay", "en").addProperty(SG.hasRole, role);
        List<String> problems = validator.problems(m);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(SG.ID + "role/x"), problems.get(0));
        assertTrue(problems.get(0).contains("roleIn"), problems.get(0));
    }

    @Test
    void anEntityWithoutLabelIsRefused() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(SG.ID + "project/nameless", SG.Project);
        List<String> problems = validator.problems(m);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("label"), problems.get(0));
    }

    @Test
    void aLabelThatIsNoStringIsRefused() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(SG.ID + "project/numbered", SG.Project).addLiteral(RDFS.label, 42);
        List<String> problems = validator.problems(m);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("label"), problems.get(0));
    }

    @Test
    void aMentionOutsideEverySentenceMustNameItsArticle() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(SG.ID + "article/0000000000000001", SG.Article);
        untypedMention(m, 0, 5);
        List<String> problems = problemsOf(m, SG.ID + "article/0000000000000001/mention/0");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("exactly one Sentence"), problems.get(0));

        m.getResource(SG.ID + "article/0000000000000001/mention/0").addProperty(SG.inArticle, article);
        assertEquals(List.of(), problemsOf(m, SG.ID + "article/0000000000000001/mention/0"));
    }

    @Test
    void aMentionInASentenceMustNotAlsoNameItsArticle() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(SG.ID + "article/0000000000000001", SG.Article);
        Resource sentence = m.createResource(SG.ID + "article/0000000000000001/sentence/0", SG.Sentence);
        untypedMention(m, 0, 5).addProperty(SG.inSentence, sentence).addProperty(SG.inArticle, article);
        List<String> problems = problemsOf(m, SG.ID + "article/0000000000000001/mention/0");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("exactly one Sentence"), problems.get(0));
    }

    @Test
    void whatAnArticleMentionsMustHaveAType() {
        Model m = ModelFactory.createDefaultModel();
        Resource untyped = m.createResource(SG.ID + "organization/untyped").addProperty(RDFS.label, "Untyped", "en");
        m.createResource(SG.ID + "article/0000000000000001", SG.Article).addProperty(SG.mentions, untyped);
        List<String> problems = problemsOf(m, SG.ID + "organization/untyped");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("rdf:type"), problems.get(0));

        untyped.addProperty(org.apache.jena.vocabulary.RDF.type, SG.Organization);
        assertEquals(List.of(), problemsOf(m, SG.ID + "organization/untyped"));
    }

    @Test
    void aMentionWithoutItsTypeIsStillCheckedForItsOffsets() {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(SG.ID + "article/0000000000000001", SG.Article);
        untypedMention(m, 5, 5).addProperty(SG.inArticle, article);
        List<String> problems = problemsOf(m, SG.ID + "article/0000000000000001/mention/0");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("less than its endOffset"), problems.get(0));
    }

    /** A mention of Cisco as the graph writes it, without rdf:type, its offsets given. */
    private static Resource untypedMention(Model m, int begin, int end) {
        Resource cisco = m.createResource(SG.ID + "organization/cisco", SG.Company).addProperty(RDFS.label, "Cisco", "en");
        return m.createResource(SG.ID + "article/0000000000000001/mention/0")
                .addLiteral(SG.beginOffset, m.createTypedLiteral(java.math.BigInteger.valueOf(begin)))
                .addLiteral(SG.endOffset, m.createTypedLiteral(java.math.BigInteger.valueOf(end)))
                .addProperty(SG.refersTo, cisco);
    }

    /** The problems of one node (the article node of these tests lacks what an article needs: not their subject). */
    private List<String> problemsOf(Model m, String node) {
        return validator.problems(m).stream().filter(p -> p.startsWith(node + " ") || p.startsWith(node + ":")).toList();
    }
}
