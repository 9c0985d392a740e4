package org.summitgraph.cli;

import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.extraction.model.RelationTraining;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code train-relations [--folds K] [--out FILE] [--extra DIR] DIR...}: trains the learned relation model on
 * articles with gold files and, with --folds, measures it by cross-validation by article against the rules alone.
 */
final class TrainRelationsCommand implements Command {

    @Override
    public String name() {
        return "train-relations";
    }

    @Override
    public String summary() {
        return "train the learned relation model on articles with gold, and cross-validate it";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph train-relations [--folds K] [--out FILE] [--threshold T] [--extra DIR]... [--holdout DIR]... DIR...

                Extracts every article of the folders that has a gold file beside it (name.zh.txt
                with name.zh.tsv) with the hand-written rules, labels each pair of entities of a
                sentence with the gold relations whose evidence lies in that sentence, and trains
                the relation model (one-vs-rest logistic regression) on them.

                  --folds K    K-fold cross-validation by article (article i of the folders, in
                               name order, is in fold i mod K): each held-out article is extracted
                               with the rules and a model not trained on it and scored; prints
                               relation P/R/F1 for the rules alone and for rules + model, overall,
                               per language and per predicate
                  --out FILE   write the model trained on all the articles to FILE (the shipped one
                               is src/main/resources/models/relations.tsv.gz;
                               a FILE ending in .gz is written gzipped)
                  --threshold T  the probability (over 0, under 1) from which the model adds a
                               statement, instead of the one an inner 4-fold cross-validation
                               on the training articles chooses (no veto then)
                  --extra DIR  more articles with gold (generated ones) used only for training,
                               never held out or scored; may be repeated
                  --holdout DIR  articles with gold scored, rules alone and rules + a model
                               trained on the folders only (a set kept apart); may be repeated

                Exit code 0 when done, 2 for a bad command line or a folder that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int folds = 0;
        double threshold = Double.NaN;
        Path file = null;
        List<Path> folders = new ArrayList<>();
        List<Path> extra = new ArrayList<>();
        List<Path> holdout = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--folds" -> folds = Cli.positiveInt(args, ++i, a);
                case "--out" -> file = Path.of(value(args, ++i, a));
                case "--threshold" -> threshold = probability(value(args, ++i, a), a);
                case "--extra" -> extra.add(folder(value(args, ++i, a)));
                case "--holdout" -> holdout.add(folder(value(args, ++i, a)));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a + ".");
                    }
                    folders.add(folder(a));
                }
            }
        }
        if (folders.isEmpty()) {
            throw new UsageException("give at least one folder of articles with gold files.");
        }
        if (folds == 0 && file == null && holdout.isEmpty()) {
            throw new UsageException("give --folds K, --out FILE, --holdout DIR or several.");
        }
        try {
            new RelationTraining(out, threshold).run(folders, extra, holdout, folds, file, "train-relations " + String.join(" ", args),
                    ReferenceKnowledge.from(BundledKnowledge.fromClasspath().reference()));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("summitgraph train-relations: " + e.getMessage());
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("summitgraph train-relations: cannot write " + file + ": " + e.getMessage());
            return Cli.USAGE;
        }
    }

    private static double probability(String value, String option) {
        try {
            double p = Double.parseDouble(value);
            if (p > 0 && p < 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(option + " needs a number over 0 and under 1, not '" + value + "'.");
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value.");
        }
        return args.get(i);
    }

    private static Path folder(String name) {
        Path p = Path.of(name);
        if (!Files.isDirectory(p)) {
            throw new UsageException(name + " is not a folder.");
        }
        return p;
    }
}
