package org.summitgraph.extraction.model;

import org.summitgraph.evaluation.CorpusScore;
import org.summitgraph.evaluation.Score;
import org.summitgraph.evaluation.Scorer;
import org.summitgraph.extraction.Fact;
import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.graph.ArticleGraph;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the relation model on articles with gold and measures it honestly: K-fold cross-validation by article
 * (folds by name order, article i in fold i mod K), each held-out article extracted with the rules and a model
 * that never saw it, and scored by the project's {@link Scorer} next to the rules alone. The threshold to add a
 * statement and the veto to drop one are chosen inside each fold, by an inner cross-validation over its
 * training articles, never on the held-out ones.
 */
public final class RelationTraining {

    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] VETOES = {0, 0.05, 0.15};
    private static final int INNER_FOLDS = 4;

    private final Trainer trainer = Trainer.standard();
    private final PrintStream out;
    /** A threshold given by hand, or NaN to choose it (and the veto) by inner cross-validation. */
    private final double threshold;

    public RelationTraining(PrintStream out) {
        this(out, Double.NaN);
    }

    /** @param threshold the threshold every model gets (with no veto), or NaN to choose them by inner cross-validation */
    public RelationTraining(PrintStream out, double threshold) {
        this.out = out;
        this.threshold = threshold;
    }

    /**
     * @param folders articles with gold: cross-validated and trained on
     * @param extra articles with gold used only as training data (generated ones), never held out or scored
     * @param folds 0: no cross-validation
     * @param file where to write the model trained on everything, may be null
     * @param command the command line, for the model's header
     */
    public void run(List<Path> folders, List<Path> extra, int folds, Path file, String command,
                    ReferenceKnowledge knowledge) throws IOException {
        run(folders, extra, List.of(), folds, file, command, knowledge);
    }

    /** @param holdout articles with gold scored by a model trained on {@code folders} (and {@code extra}) only */
    public void run(List<Path> folders, List<Path> extra, List<Path> holdout, int folds, Path file, String command,
                    ReferenceKnowledge knowledge) throws IOException {
        long t0 = System.nanoTime();
        List<TrainingSet.Doc> docs = TrainingSet.load(folders, knowledge);
        List<TrainingSet.Doc> extraDocs = extra.isEmpty() ? List.of() : TrainingSet.load(extra, knowledge);
        long positives = docs.stream().flatMap(d -> d.labelled().stream()).filter(l -> !l.relations().isEmpty()).count();
        long candidates = docs.stream().mapToLong(d -> d.labelled().size()).sum();
        out.printf(Locale.ROOT, "%d articles with gold (%d candidate pairs, %d with a gold relation), %d extra training articles; read in %.1f s%n",
                docs.size(), candidates, positives, extraDocs.size(), (System.nanoTime() - t0) / 1e9);
        int reachable = 0;
        int goldRelations = 0;
        for (TrainingSet.Doc d : docs) {
            Set<String> keys = new HashSet<>();
            for (Trainer.Labelled l : d.labelled()) {
                l.relations().forEach(p -> keys.add(d.match().get(l.candidate().subject().iri()) + " " + p + " "
                        + d.match().get(l.candidate().object().iri())));
            }
            reachable += keys.size();
            goldRelations += d.goldKeys().size();
        }
        out.printf(Locale.ROOT, "gold relations a candidate pair carries (the model's reach): %d of %d%n", reachable, goldRelations);
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no article with a gold file beside it in " + folders);
        }
        if (folds > 1) {
            crossValidate(docs, extraDocs, Math.min(folds, docs.size()));
        }
        if (!holdout.isEmpty()) {
            List<TrainingSet.Doc> held = TrainingSet.load(holdout, knowledge);
            double[] chosen = choose(docs, extraDocs);
            RelationModel model = trainer.train(labelled(docs, extraDocs), chosen[0], chosen[1], List.of());
            CorpusScore rules = new CorpusScore();
            CorpusScore combined = new CorpusScore();
            for (TrainingSet.Doc d : held) {
                rules.add(scored(d, (c, f) -> f));
                combined.add(scored(d, model));
            }
            report("Relations on " + held.size() + " held-out articles of " + holdout + " (model trained on the "
                    + docs.size() + " others; threshold " + chosen[0] + ")", rules, combined, held);
        }
        if (file != null) {
            double[] chosen = choose(docs, extraDocs);
            List<String> header = List.of(
                    "SummitGraph relation model (org.summitgraph.extraction.model.RelationModel): weights per feature and relation",
                    "trained " + LocalDate.now() + " by: " + command,
                    "data: " + docs.size() + " articles with gold from " + folders + (extraDocs.isEmpty() ? ""
                            : " and " + extraDocs.size() + " from " + extra) + ", " + candidates + " candidate pairs",
                    trainer.describe(),
                    Double.isNaN(threshold) ? "threshold and veto chosen by " + INNER_FOLDS + "-fold cross-validation by article on the same data"
                            : "threshold " + threshold + " given by --threshold, no veto",
                    "scores of the eval articles with this model are training-set scores; train-relations --folds gives honest ones");
            RelationModel model = trainer.train(labelled(docs, extraDocs), chosen[0], chosen[1], header);
            // a name ending in .gz is written gzipped, as the shipped model is kept
            java.io.OutputStream raw = Files.newOutputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) {
                raw = new java.util.zip.GZIPOutputStream(raw);
            }
            try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8))) {
                model.write(w, 0);
            }
            out.printf(Locale.ROOT, "model written to %s (%d bytes; threshold %.2f, veto %.2f)%n", file, Files.size(file),
                    chosen[0], chosen[1]);
        }
    }

    private void crossValidate(List<TrainingSet.Doc> docs, List<TrainingSet.Doc> extra, int k) {
        CorpusScore rules = new CorpusScore();
        CorpusScore combined = new CorpusScore();
        for (int fold = 0; fold < k; fold++) {
            List<TrainingSet.Doc> train = new ArrayList<>();
            List<TrainingSet.Doc> test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % k == fold ? test : train).add(docs.get(i));
            }
            double[] chosen = choose(train, extra);
            RelationModel model = trainer.train(labelled(train, extra), chosen[0], chosen[1], List.of());
            out.printf(Locale.ROOT, "fold %d: %d held out, threshold %.2f, veto %.2f%n", fold + 1, test.size(), chosen[0], chosen[1]);
            for (TrainingSet.Doc d : test) {
                rules.add(scored(d, (c, f) -> f));
                combined.add(scored(d, model));
            }
        }
        report(String.format(Locale.ROOT, "Relations, %d-fold cross-validation by article (%d articles; each scored by a model not trained on it)",
                k, docs.size()), rules, combined, docs);
    }

    private void report(String title, CorpusScore rules, CorpusScore combined, List<TrainingSet.Doc> docs) {
        out.println();
        out.println(title);
        out.printf(Locale.ROOT, "%-20s %6s %6s %6s %9s   %6s %6s %6s %9s%n", "", "rules", "", "", "", "+model", "", "", "");
        out.printf(Locale.ROOT, "%-20s %6s %6s %6s %9s   %6s %6s %6s %9s%n", "", "P", "R", "F1", "found", "P", "R", "F1", "found");
        row("all", counts(rules, null), counts(combined, null));
        for (String l : rules.languages()) {
            row("  " + l, counts(rules.language(l), null), counts(combined.language(l), null));
        }
        Set<String> predicates = new java.util.TreeSet<>();
        docs.forEach(d -> d.gold().relations().forEach(r -> predicates.add(r.predicate())));
        for (String p : predicates) {
            row("  " + p, counts(rules, p), counts(combined, p));
        }
        out.printf(Locale.ROOT, "role titles: rules %d of %d right, +model %d of %d%n", rules.titlesRight(), rules.titlesScored(),
                combined.titlesRight(), combined.titlesScored());
        out.println();
    }

    private static CorpusScore.Scored scored(TrainingSet.Doc d, CandidateJudge judge) {
        Score s = Scorer.score(ArticleGraph.of(d.with(judge)), d.gold());
        return new CorpusScore.Scored(d.name(), d.language(), d.gold(), s);
    }

    /** extracted, gold, matched: for one predicate (parsed from the scorer's lists) or for all. */
    private static int[] counts(CorpusScore c, String predicate) {
        if (predicate == null) {
            return new int[]{c.relations().extracted(), c.relations().gold(), c.relations().matched()};
        }
        int[] out = new int[3];
        for (CorpusScore.Scored s : c.scored()) {
            Set<String> goldKeys = new HashSet<>();
            s.gold().relations().stream().filter(r -> r.predicate().equals(predicate))
                    .forEach(r -> goldKeys.add(r.subject() + " " + r.predicate() + " " + r.object()));
            long missed = s.score().missedRelations().stream().filter(m -> m.split(" ", 3)[1].equals(predicate)).count();
            long spurious = s.score().spuriousRelations().stream().filter(m -> m.contains(" " + predicate + " ")).count();
            int matched = (int) (goldKeys.size() - missed);
            out[0] += matched + (int) spurious;
            out[1] += goldKeys.size();
            out[2] += matched;
        }
        return out;
    }

    private void row(String name, int[] a, int[] b) {
        out.printf(Locale.ROOT, "%-20s %6.3f %6.3f %6.3f %9s   %6.3f %6.3f %6.3f %9s%n", name,
                p(a), r(a), f(a), a[2] + "/" + a[1], p(b), r(b), f(b), b[2] + "/" + b[1]);
    }

    private static double p(int[] c) {
        return c[0] == 0 ? 0 : (double) c[2] / c[0];
    }

    private static double r(int[] c) {
        return c[1] == 0 ? 0 : (double) c[2] / c[1];
    }

    private static double f(int[] c) {
        double p = p(c);
        double r = r(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<Trainer.Labelled> labelled(List<TrainingSet.Doc> docs, List<TrainingSet.Doc> extra) {
        List<Trainer.Labelled> out = new ArrayList<>();
        docs.forEach(d -> out.addAll(d.labelled()));
        extra.forEach(d -> out.addAll(d.labelled()));
        return out;
    }

    /**
     * The threshold and veto that give the best relation F1 over out-of-fold predictions on these articles, counted
     * the scorer's way on statement keys (fast enough to try every pair of values); the threshold given, if one was.
     */
    private double[] choose(List<TrainingSet.Doc> docs, List<TrainingSet.Doc> extra) {
        if (!Double.isNaN(threshold)) {
            return new double[]{threshold, 0};
        }
        int k = Math.min(INNER_FOLDS, docs.size());
        int[][][] counts = new int[THRESHOLDS.length][VETOES.length][3];
        for (int fold = 0; fold < k; fold++) {
            List<TrainingSet.Doc> train = new ArrayList<>();
            List<TrainingSet.Doc> test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % k == fold ? test : train).add(docs.get(i));
            }
            if (train.isEmpty()) {
                continue;
            }
            RelationModel model = trainer.train(labelled(train, extra), 0.5, 0, List.of());
            for (TrainingSet.Doc d : test) {
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    for (int v = 0; v < VETOES.length; v++) {
                        int[] c = quickCounts(d, model.withThresholds(THRESHOLDS[t], VETOES[v]));
                        for (int i = 0; i < 3; i++) {
                            counts[t][v][i] += c[i];
                        }
                    }
                }
            }
        }
        double best = -1;
        double[] chosen = {0.5, 0};
        for (int t = 0; t < THRESHOLDS.length; t++) {
            for (int v = 0; v < VETOES.length; v++) {
                double f1 = f(counts[t][v]);
                if (f1 > best + 1e-9) {
                    best = f1;
                    chosen = new double[]{THRESHOLDS[t], VETOES[v]};
                }
            }
        }
        return chosen;
    }

    /** extracted, gold, matched statement keys of one article under a judge, as the scorer counts them. */
    private static int[] quickCounts(TrainingSet.Doc d, CandidateJudge judge) {
        List<Fact> facts = judge.decide(d.labelled().stream().map(Trainer.Labelled::candidate).toList(), d.extraction().facts());
        Set<String> extracted = new HashSet<>();
        Set<String> matched = new HashSet<>();
        Set<String> gold = d.goldKeys();
        Map<String, String> match = d.match();
        for (Fact f : facts) {
            extracted.add(f.subject() + " " + f.predicate().getLocalName() + " " + f.object());
            String key = match.get(f.subject()) + " " + f.predicate().getLocalName() + " " + match.get(f.object());
            if (gold.contains(key)) {
                matched.add(key);
            }
        }
        return new int[]{extracted.size(), gold.size(), matched.size()};
    }

}
