package org.summitgraph.extraction.model;

import org.summitgraph.extraction.Fact;
import org.summitgraph.extraction.EntityKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The learned relation classifier: one logistic regression per relation (one-vs-rest, so that a pair may be
 * both worksFor and leads), over the string features of {@link Candidates}. A candidate becomes a fact when
 * the probability of a relation its kinds admit reaches {@code threshold} and the rules did not already find
 * it and {@link RuleReadings} lets it; a rule's fact is dropped when the model gives it less than {@code veto} (0:
 * never). Immutable once built, so one instance serves every thread. The shipped model is kept gzipped: its text
 * passed 1 MB when it was trained on the 228 test articles, and pruning it down cost the unseen sets 18 relations.
 */
public final class RelationModel implements CandidateJudge {

    public static final String METHOD = "model:relations";
    static final String RESOURCE = "/models/relations.tsv.gz";

    private static volatile RelationModel shipped;

    /**
     * Per feature, its weight for each relation, indexed as {@code relations}: what the model writes out.
     */
    private final Map<String, float[]> weights;
    /** The same rows by feature key, which is what scoring reads. */
    private final WeightTable table;
    private final List<String> relations;
    private final Map<String, Integer> relationIndex;
    private final double threshold;
    /** The logit whose sigmoid is the threshold. */
    private final double thresholdLogit;
    private final double veto;
    private final List<String> header;
    private static final double MARGIN = 1e-6;

    RelationModel(Map<String, Map<String, Float>> weights, double threshold, double veto, List<String> header) {
        this.relations = weights.values().stream().flatMap(w -> w.keySet().stream()).distinct().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        relations.forEach(r -> index.put(r, index.size()));
        this.relationIndex = Map.copyOf(index);
        Map<String, float[]> dense = new HashMap<>();
        weights.forEach((f, w) -> {
            float[] v = new float[relations.size()];
            w.forEach((r, x) -> v[index.get(r)] = x);
            dense.put(f, v);
        });
        this.weights = java.util.Collections.unmodifiableMap(dense);
        this.table = new WeightTable(dense);
        this.threshold = threshold;
        this.thresholdLogit = Math.log(threshold / (1 - threshold));
        this.veto = veto;
        this.header = List.copyOf(header);
    }

    /** The model trained on every article with gold, from the classpath; read once. */
    public static RelationModel shipped() {
        RelationModel m = shipped;
        if (m == null) {
            synchronized (RelationModel.class) {
                m = shipped;
                if (m == null) {
                    try (InputStream in = RelationModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the relation model " + RESOURCE + " is not on the classpath");
                        }
                        m = read(new java.util.zip.GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the relation model " + RESOURCE, e);
                    }
                    shipped = m;
                }
            }
        }
        return m;
    }

    double threshold() {
        return threshold;
    }

    double veto() {
        return veto;
    }

    private RelationModel(RelationModel other, double threshold, double veto) {
        this.weights = other.weights;
        this.table = other.table;
        this.relations = other.relations;
        this.relationIndex = other.relationIndex;
        this.threshold = threshold;
        this.thresholdLogit = Math.log(threshold / (1 - threshold));
        this.veto = veto;
        this.header = other.header;
    }

    RelationModel withThresholds(double threshold, double veto) {
        return new RelationModel(this, threshold, veto);
    }

    /** How many (feature, relation) weights the model holds. */
    int size() {
        int n = 0;
        for (float[] w : weights.values()) {
            for (float x : w) {
                n += x != 0 ? 1 : 0;
            }
        }
        return n;
    }

    /** The probability of each relation the candidate's kinds admit, in the order of {@code allowed()}. */
    double[] scores(Candidate c) {
        double[] score = logits(c);
        for (int i = 0; i < score.length; i++) {
            score[i] = sigmoid(score[i]);
        }
        return score;
    }

    private static double sigmoid(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    /** The weighted sum of the candidate's features for each relation its kinds admit, before the sigmoid. */
    private double[] logits(Candidate c) {
        List<String> allowed = c.allowed();
        int[] at = new int[allowed.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = relationIndex.getOrDefault(allowed.get(i), -1);
        }
        double[] score = new double[at.length];
        Features features = c.features();
        for (int k = 0; k < features.size(); k++) {
            float[] w = table.get(features.key(k));
            if (w == null) {
                continue;
            }
            for (int i = 0; i < at.length; i++) {
                if (at[i] >= 0) {
                    score[i] += w[at[i]];
                }
            }
        }
        return score;
    }

    /** The probability of each relation the candidate's kinds admit. */
    Map<String, Double> probabilities(Candidate c) {
        double[] p = scores(c);
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(c.allowed().get(i), p[i]);
        }
        return out;
    }

    @Override
    public boolean readsFeatureText() {
        return false;
    }

    @Override
    public List<Fact> decide(List<Candidate> candidates, List<Fact> ruleFacts) {
        Map<String, Candidate> byKey = new HashMap<>();
        Map<String, double[]> scores = new HashMap<>();
        for (Candidate c : candidates) {
            String key = c.key();
            byKey.put(key, c);
            scores.put(key, probabilitiesNearThreshold(c));
        }
        List<Fact> out = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Fact f : ruleFacts) {
            String key = f.subject() + " " + f.object() + " @" + f.sentence().index();
            Candidate c = byKey.get(key);
            int at = c == null ? -1 : c.allowed().indexOf(f.predicate().getLocalName());
            if (at < 0 || veto <= 0 || scores.get(key)[at] >= veto) {
                out.add(f);
                found.add(f.subject() + " " + f.predicate().getLocalName() + " " + f.object() + " @" + f.sentence().index());
            }
        }
        RuleReadings readings = new RuleReadings(ruleFacts);
        for (Candidate c : candidates) {
            double[] p = scores.get(c.key());
            for (int i = 0; i < p.length; i++) {
                String predicate = c.allowed().get(i);
                if (p[i] >= threshold && !c.rulePredicates().contains(predicate) && !contradicted(c, predicate, p)
                        && readings.allow(c, predicate)
                        && found.add(c.subject().iri() + " " + predicate + " " + c.object().iri() + " @" + c.sentence().index())) {
                    out.add(new Fact(c.subject().iri(), Schema.property(predicate), c.object().iri(), null,
                            c.sentence(), METHOD, Math.min(1, Math.max(0, p[i]))));
                }
            }
        }
        return out;
    }

    /**
     * The candidate's probabilities where they can matter, NaN elsewhere: most candidates score far under the
     * threshold, and their sigmoid (an exponential each, a few per cent of the extraction's time) need not be
     * computed to know it. A logit more than {@code MARGIN} under the threshold's is under it whatever the
     * rounding; every other probability, and all of them when a veto is set, is computed as before, so the facts
     * and their confidences are the same.
     */
    private double[] probabilitiesNearThreshold(Candidate c) {
        double[] p = logits(c);
        for (int i = 0; i < p.length; i++) {
            p[i] = veto > 0 || p[i] >= thresholdLogit - MARGIN ? sigmoid(p[i]) : Double.NaN;
        }
        return p;
    }

    /**
     * Works for and formerly worked for exclude each other in one sentence (the extractor keeps only the former
     * when both are said): the model does not contradict the rules, nor say both itself.
     */
    private static boolean contradicted(Candidate c, String predicate, double[] p) {
        if (predicate.equals("worksFor") && c.rulePredicates().contains("hasRole") && c.object().kind() != EntityKind.COMPANY) {
            return true; // "chair of the TAC": the rules read a seat, not a job, where a job would have given worksFor too
        }
        String other = predicate.equals("worksFor") ? "formerlyWorkedFor" : predicate.equals("formerlyWorkedFor") ? "worksFor" : null;
        if (other == null) {
            return false;
        }
        int at = c.allowed().indexOf(other);
        return c.rulePredicates().contains(other) || at >= 0 && p[at] > p[c.allowed().indexOf(predicate)];
    }

    /**
     * The model as text: a comment header, the thresholds, then per feature a line "w TAB feature" followed by
     * "TAB relation SPACE weight" for each relation it weighs.
     */
    void write(Writer out, double prune) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write(String.format(Locale.ROOT, "threshold\t%.3f%nveto\t%.3f%n", threshold, veto));
        for (String f : new java.util.TreeSet<>(weights.keySet())) {
            StringBuilder line = new StringBuilder();
            float[] w = weights.get(f);
            for (int i = 0; i < w.length; i++) {
                if (w[i] != 0 && Math.abs(w[i]) >= prune) {
                    line.append('\t').append(relations.get(i)).append(String.format(Locale.ROOT, " %.2g", w[i]));
                }
            }
            if (!line.isEmpty()) {
                out.write("w\t" + f + line + "\n");
            }
        }
    }

    static RelationModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Map<String, Float>> weights = new HashMap<>();
        List<String> header = new ArrayList<>();
        double threshold = Double.NaN;
        double veto = 0;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                header.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                switch (c[0]) {
                    case "threshold" -> threshold = Double.parseDouble(c[1]);
                    case "veto" -> veto = Double.parseDouble(c[1]);
                    case "w" -> {
                        for (int i = 2; i < c.length; i++) {
                            String[] pw = c[i].split(" ");
                            weights.computeIfAbsent(c[1], k -> new HashMap<>()).put(pw[0], Float.parseFloat(pw[1]));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown row kind '" + c[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IOException("relation model line " + n + ": " + e.getMessage(), e);
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IOException("relation model without a threshold row");
        }
        return new RelationModel(weights, threshold, veto, header);
    }
}
