package org.summitgraph.extraction.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link RelationModel}: per relation, L2-regularised logistic regression by AdaGrad over the candidates
 * whose kinds admit it, in an order shuffled by a fixed seed, so the same data always gives the same weights.
 */
final class Trainer {

    /** A candidate with the relations the gold says it states (empty: none). */
    record Labelled(Candidate candidate, Set<String> relations) {
    }

    private final int epochs;
    private final double rate;
    private final double l2;
    private final int minCount;
    private final double prune;
    private final long seed;

    /**
     * @param minCount a feature seen on fewer candidates is left out: noise the model would only memorise, and
     *                 weight to ship
     * @param prune weights smaller than this are left out (in the shipped model and in every model that
     *              cross-validation scores alike)
     */
    Trainer(int epochs, double rate, double l2, int minCount, double prune, long seed) {
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.minCount = minCount;
        this.prune = prune;
        this.seed = seed;
    }

    /** The settings of the shipped model (chosen under cross-validation; the model file must stay under 1 MB). */
    static Trainer standard() {
        return new Trainer(12, 0.2, 1e-4, 5, 0.38, 7);
    }

    String describe() {
        return "one-vs-rest logistic regression, AdaGrad, " + epochs + " epochs, rate " + rate + ", L2 " + l2 + ", seed "
                + seed + "; features seen on fewer than " + minCount + " candidates and weights under " + prune + " left out";
    }

    RelationModel train(List<Labelled> data, double threshold, double veto, List<String> header) {
        Map<String, Integer> featureIds = new HashMap<>();
        Map<String, Integer> classIds = new HashMap<>();
        List<String> classes = new ArrayList<>();
        List<int[]> features = new ArrayList<>();
        List<int[]> allowed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        data.forEach(l -> l.candidate().features().names().stream().distinct().forEach(f -> seen.merge(f, 1, Integer::sum)));
        for (Labelled l : data) {
            features.add(l.candidate().features().names().stream().distinct().filter(f -> seen.get(f) >= minCount)
                    .mapToInt(f -> featureIds.computeIfAbsent(f, k -> featureIds.size())).toArray());
            allowed.add(l.candidate().allowed().stream().mapToInt(c -> classIds.computeIfAbsent(c, k -> {
                classes.add(k);
                return classes.size() - 1;
            })).toArray());
        }
        int nc = classes.size();
        float[] w = new float[featureIds.size() * nc];
        float[] g2 = new float[w.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                int[] fs = features.get(i);
                Set<String> gold = data.get(i).relations();
                for (int c : allowed.get(i)) {
                    double score = 0;
                    for (int f : fs) {
                        score += w[f * nc + c];
                    }
                    double p = 1 / (1 + Math.exp(-score));
                    double err = p - (gold.contains(classes.get(c)) ? 1 : 0);
                    for (int f : fs) {
                        int at = f * nc + c;
                        double g = err + l2 * w[at];
                        g2[at] += (float) (g * g);
                        w[at] -= (float) (rate * g / Math.sqrt(g2[at] + 1e-8));
                    }
                }
            }
        }
        Map<String, Map<String, Float>> weights = new HashMap<>();
        featureIds.forEach((f, id) -> {
            for (int c = 0; c < nc; c++) {
                float v = w[id * nc + c];
                if (Math.abs(v) >= prune) {
                    weights.computeIfAbsent(f, k -> new HashMap<>()).put(classes.get(c), v);
                }
            }
        });
        return new RelationModel(weights, threshold, veto, header);
    }
}
