package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {

    private static final List<String[]> ORGS_AND_PROJECTS = List.of(new String[]{"Walmart", "Kubernetes"},
            new String[]{"eBay", "Ceph"}, new String[]{"Comcast", "OpenStack"}, new String[]{"Verizon", "Ironic"},
            new String[]{"Telstra", "Nova"}, new String[]{"PayPal", "Swift"}, new String[]{"Yahoo", "Neutron"});

    /** "X relies on Y" states that X uses Y; "X wrote about Y" does not. */
    private static List<Trainer.Labelled> tinySet() {
        List<Trainer.Labelled> out = new ArrayList<>();
        for (String[] p : ORGS_AND_PROJECTS) {
            String positive = p[0] + " relies on " + p[1] + " for its platform.";
            String negative = p[0] + " wrote a long blog post about " + p[1] + ".";
            out.add(new Trainer.Labelled(Recorded.pair(Recorded.candidates(positive, "en"), p[0], p[1]), Set.of("uses")));
            out.add(new Trainer.Labelled(Recorded.pair(Recorded.candidates(negative, "en"), p[0], p[1]), Set.of()));
        }
        return out;
    }

    private static RelationModel trained() {
        return new Trainer(20, 0.2, 1e-4, 1, 0, 7).train(tinySet(), 0.5, 0, List.of("tiny test model"));
    }

    @Test
    void aModelTrainedOnAFewSentencesReadsANewOne() {
        RelationModel model = trained();
        Candidate unseen = Recorded.pair(Recorded.candidates("Bloomberg relies on Octavia for its platform.", "en"), "Bloomberg", "Octavia");
        Candidate unseenNegative = Recorded.pair(Recorded.candidates("Bloomberg wrote a long blog post about Octavia.", "en"),
                "Bloomberg", "Octavia");
        assertTrue(model.probabilities(unseen).get("uses") > 0.8, model.probabilities(unseen).toString());
        assertTrue(model.probabilities(unseenNegative).get("uses") < 0.2, model.probabilities(unseenNegative).toString());
    }

    @Test
    void theSameDataGivesTheSameWeights() throws Exception {
        assertEquals(text(trained()), text(trained()));
    }

    @Test
    void aSavedModelReadsBackToTheSameModel() throws Exception {
        RelationModel model = trained();
        String saved = text(model);
        RelationModel read = RelationModel.read(new ByteArrayInputStream(saved.getBytes(StandardCharsets.UTF_8)));
        assertEquals(saved, text(read));
        assertEquals(0.5, read.threshold());
        assertTrue(saved.startsWith("# tiny test model\n"), saved);
        Candidate c = tinySet().get(0).candidate();
        double before = model.probabilities(c).get("uses");
        double after = read.probabilities(c).get("uses");
        assertEquals(before, after, 0.02, "weights are written with two significant digits");
    }

    /** The sigmoid is skipped only far under the threshold: a probability exactly at it still makes a fact. */
    @Test
    void aCandidateExactlyAtTheThresholdIsAddedWithItsProbabilityAndOneUlpUnderItIsNot() {
        RelationModel model = trained();
        Candidate c = withoutRules(Recorded.pair(Recorded.candidates("Bloomberg relies on Octavia for its platform.", "en"),
                "Bloomberg", "Octavia"));
        double p = model.probabilities(c).get("uses");
        List<org.summitgraph.extraction.Fact> at = model.withThresholds(p, 0).decide(List.of(c), List.of());
        assertEquals(1, at.size(), at.toString());
        assertEquals(p, at.get(0).confidence());
        assertEquals(List.of(), model.withThresholds(Math.nextUp(p), 0).decide(List.of(c), List.of()));
        Candidate negative = withoutRules(Recorded.pair(Recorded.candidates("Bloomberg wrote a long blog post about Octavia.", "en"),
                "Bloomberg", "Octavia"));
        double q = model.probabilities(negative).get("uses");
        assertEquals(q, model.withThresholds(q, 0).decide(List.of(negative), List.of()).get(0).confidence());
    }

    @Test
    void aModelFileWithoutAThresholdIsRefused() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> RelationModel.read(
                new ByteArrayInputStream("w\tbias\tuses 0.5\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    }

    /** The candidate as if no rule had found its relation, so that the model alone decides. */
    private static Candidate withoutRules(Candidate c) {
        return new Candidate(c.sentence(), c.subject(), c.object(), c.allowed(), Set.of(), c.features());
    }

    private static String text(RelationModel model) throws Exception {
        StringWriter w = new StringWriter();
        model.write(w, 0);
        return w.toString();
    }
}
