package org.summitgraph.extraction.model;

import org.summitgraph.extraction.Fact;

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
 * both worksFor and hasRole), over the string features of {@link Candidates}. A candidate becomes a fact when
 * the probability of a relation its kinds admit reaches {@code threshold} and the rules did not already find
 * it; a rule's fact is dropped when the model gives it less than {@code veto} (0: never). Immutable once built,
 * so one instance serves every thread.
 */
public final class RelationModel implements CandidateJudge {

    public static final String METHOD = "model:relations";
    static final String RESOURCE = "/models/relations.tsv";

    private static volatile RelationModel shipped;

    private final Map<String, Map<String, Float>> weights;
    private final double threshold;
    private final double veto;
    private final List<String> header;

    RelationModel(Map<String, Map<String, Float>> weights, double threshold, double veto, List<String> header) {
        Map<String, Map<String, Float>> copy = new HashMap<>();
        weights.forEach((f, w) -> copy.put(f, Map.copyOf(w)));
        this.weights = Map.copyOf(copy);
        this.threshold = threshold;
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
                        m = read(in);
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

    RelationModel withThresholds(double threshold, double veto) {
        return new RelationModel(weights, threshold, veto, header);
    }

    /** How many (feature, relation) weights the model holds. */
    int size() {
        return weights.values().stream().mapToInt(Map::size).sum();
    }

    /** The probability of each relation the candidate's kinds admit. */
    Map<String, Double> probabilities(Candidate c) {
        double[] score = new double[c.allowed().size()];
        for (String f : c.features()) {
            Map<String, Float> w = weights.get(f);
            if (w == null) {
                continue;
            }
            for (int i = 0; i < score.length; i++) {
                Float v = w.get(c.allowed().get(i));
                if (v != null) {
                    score[i] += v;
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < score.length; i++) {
            out.put(c.allowed().get(i), 1 / (1 + Math.exp(-score[i])));
        }
        return out;
    }

    @Override
    public List<Fact> decide(List<Candidate> candidates, List<Fact> ruleFacts) {
        Map<String, Candidate> byKey = new HashMap<>();
        Map<String, Map<String, Double>> probabilities = new HashMap<>();
        for (Candidate c : candidates) {
            byKey.put(c.key(), c);
            probabilities.put(c.key(), probabilities(c));
        }
        List<Fact> out = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Fact f : ruleFacts) {
            Double p = probabilities.getOrDefault(f.subject() + " " + f.object() + " @" + f.sentence().index(), Map.of())
                    .get(f.predicate().getLocalName());
            if (p == null || p >= veto) {
                out.add(f);
                found.add(f.subject() + " " + f.predicate().getLocalName() + " " + f.object() + " @" + f.sentence().index());
            }
        }
        for (Map.Entry<String, Map<String, Double>> e : probabilities.entrySet()) {
            Candidate c = byKey.get(e.getKey());
            new TreeMap<>(e.getValue()).forEach((predicate, p) -> {
                boolean role = predicate.equals("hasRole");
                if (p >= threshold && (!role || c.title() != null)
                        && !c.rulePredicates().contains(predicate)
                        && found.add(c.subject().iri() + " " + predicate + " " + c.object().iri() + " @" + c.sentence().index())) {
                    out.add(new Fact(c.subject().iri(), Schema.property(predicate), c.object().iri(), role ? c.title() : null,
                            c.sentence(), METHOD, Math.min(1, Math.max(0, p))));
                }
            });
        }
        return out;
    }

    /** The model as text: a comment header, the thresholds, then one weight per line. */
    void write(Writer out, double prune) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write(String.format(Locale.ROOT, "threshold\t%.3f%nveto\t%.3f%n", threshold, veto));
        for (String f : new java.util.TreeSet<>(weights.keySet())) {
            for (Map.Entry<String, Float> w : new TreeMap<>(weights.get(f)).entrySet()) {
                if (Math.abs(w.getValue()) >= prune) {
                    out.write("w\t" + f + "\t" + w.getKey() + "\t" + String.format(Locale.ROOT, "%.4g", w.getValue()) + "\n");
                }
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
                    case "w" -> weights.computeIfAbsent(c[1], k -> new HashMap<>()).put(c[2], Float.parseFloat(c[3]));
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
