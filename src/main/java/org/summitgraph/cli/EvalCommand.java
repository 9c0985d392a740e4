package org.summitgraph.cli;

import org.apache.jena.rdf.model.Model;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.evaluation.GoldStandard;
import org.summitgraph.evaluation.Score;
import org.summitgraph.evaluation.Scorer;
import org.summitgraph.ingest.ArticleFiles;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code eval [--verbose] GOLD.tsv ARTICLE}: extraction quality against hand-made answers. */
final class EvalCommand implements Command {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "score the extraction of an article against its gold file";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph eval [--verbose] GOLD.tsv ARTICLE

                Extracts ARTICLE (the store is not touched) and scores the result against the
                hand-made answers in GOLD.tsv (format: see src/test/resources/eval/README.md):
                precision, recall and F1 for entities and for relations, the share of role
                titles that are right, and the summit attributes found.

                  --verbose   also list what was missed and what was spurious

                Exit code 0 when scored, 1 when the article is refused or the gold file is
                malformed, 2 for a bad command line or a file that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean verbose = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-v")) {
                verbose = true;
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a + ".");
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            throw new UsageException("give a gold file and an article file.");
        }
        Path goldFile = Path.of(files.get(0));
        Path articleFile = Path.of(files.get(1));
        for (Path p : List.of(goldFile, articleFile)) {
            String problem = ArticlePaths.problem(p);
            if (problem != null) {
                err.println("summitgraph eval: cannot read " + p + ": " + problem + ".");
                return Cli.USAGE;
            }
        }
        try {
            GoldStandard gold = GoldStandard.read(goldFile);
            Pipeline pipeline = Pipeline.standard(BundledKnowledge.fromClasspath(), MAX_BYTES);
            Model graph = pipeline.graph(pipeline.extract(pipeline.read(ArticleFiles.read(articleFile))));
            Score score = Scorer.score(graph, gold);
            out.print(score.report(verbose));
            return 0;
        } catch (GoldStandard.InvalidGoldException | InvalidArticleException e) {
            err.println("summitgraph eval: " + e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println("summitgraph eval: cannot read " + goldFile + ": " + e.getMessage());
            return Cli.USAGE;
        }
    }
}
