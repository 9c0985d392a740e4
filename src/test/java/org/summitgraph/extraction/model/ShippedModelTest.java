package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.Fact;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model that ships in the jar: it loads, and it finds what the rules miss in text it was not trained on. */
class ShippedModelTest {

    private static final Extractor RULES = Extractor.standard(Recorded.KNOWLEDGE, rules -> rules);
    private static final Extractor WITH_MODEL = Extractor.standard(Recorded.KNOWLEDGE);

    @Test
    void theShippedModelLoadsWithItsThresholdAndWeights() {
        RelationModel m = RelationModel.shipped();
        assertTrue(m.size() > 1000, "weights: " + m.size());
        assertTrue(m.threshold() > 0 && m.threshold() <= 1, "threshold " + m.threshold());
        assertTrue(m == RelationModel.shipped(), "read once");
    }

    /** Written for this test, after the model was trained: no article with gold says it. */
    @Test
    void itFindsARelationTheRulesMissInANewSentence() {
        String text = "Walmart, whose e-commerce site sits on OpenStack, sent a large team.";
        List<Fact> rules = Recorded.facts(RULES, text, "en");
        List<Fact> model = Recorded.facts(WITH_MODEL, text, "en");
        assertTrue(rules.stream().noneMatch(ShippedModelTest::expected), rules.toString());
        Fact found = model.stream().filter(ShippedModelTest::expected).findFirst().orElseThrow(() -> new AssertionError(model.toString()));
        assertTrue(found.method().equals(RelationModel.METHOD) && found.confidence() >= RelationModel.shipped().threshold(), found.toString());
    }

    private static boolean expected(Fact f) {
        return f.subject().endsWith("/organization/walmart") && f.predicate().getLocalName().equals("uses")
                && f.object().endsWith("/project/openstack");
    }

    /** Retraining moves single probabilities, so this reads the model's additions generally, not one by one. */
    @Test
    void theRulesFactsStayAndTheModelsCarryItsMethodAndProbability() {
        String text = "Walmart, whose e-commerce site sits on OpenStack, sent a large team. Maria Lopez of Red Hat spoke.";
        List<Fact> rules = Recorded.facts(RULES, text, "en");
        List<Fact> model = Recorded.facts(WITH_MODEL, text, "en");
        assertTrue(model.containsAll(rules), model.toString());
        List<Fact> added = model.stream().filter(f -> !rules.contains(f)).toList();
        assertTrue(!added.isEmpty(), model.toString());
        assertTrue(added.stream().allMatch(f -> f.method().equals(RelationModel.METHOD)
                && f.confidence() >= RelationModel.shipped().threshold() && f.confidence() < 1), added.toString());
    }
}
