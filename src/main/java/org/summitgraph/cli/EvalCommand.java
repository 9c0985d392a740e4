package org.summitgraph.cli;

import org.apache.jena.rdf.model.Model;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.evaluation.CorpusScore;
import org.summitgraph.evaluation.GoldStandard;
import org.summitgraph.evaluation.Score;
import org.summitgraph.evaluation.Scorer;
import org.summitgraph.ingest.ArticleFiles;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eval [--verbose] GOLD.tsv ARTICLE}: extraction quality against hand-made answers; {@code eval [--verbose]
 * DIR}: the same for every article of a folder that has a gold file beside it, added up.
 */
final class EvalCommand implements Command {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "score the extraction of an article, or of a folder of articles, against gold files";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph eval [--verbose] GOLD.tsv ARTICLE
                       summitgraph eval [--verbose] DIR

                Extracts ARTICLE (the store is not touched) and scores the result against the
                hand-made answers in GOLD.tsv (format: see src/test/resources/eval/README.md):
                precision, recall and F1 for entities and for relations, the share of role
                titles that are right, and the summit attributes found.

                Given a folder, scores every article in it that has a gold file beside it
                (name.zh.txt with name.zh.tsv), and prints the figures micro-averaged over all
                of them (counts summed first), then one line per language.

                  --verbose   also list what was missed and what was spurious; for a folder,
                              the recall per predicate and one line per article
                  --each      for a folder, also each article's own report, with what it
                              missed and what was spurious, after the totals

                Exit code 0 when scored, 1 when the article is refused or the gold file is
                malformed, 2 for a bad command line or a file that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean verbose = false;
        boolean each = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-v")) {
                verbose = true;
            } else if (a.equals("--each")) {
                each = true;
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a + ".");
            } else {
                files.add(a);
            }
        }
        if (files.size() == 1 && Files.isDirectory(Path.of(files.get(0)))) {
            return folder(Path.of(files.get(0)), verbose, each, out, err);
        }
        if (each) {
            throw new UsageException("--each is for a folder.");
        }
        if (files.size() != 2) {
            throw new UsageException("give a gold file and an article file, or a folder.");
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

    private int folder(Path dir, boolean verbose, boolean each, PrintStream out, PrintStream err) {
        List<Path[]> pairs = new ArrayList<>();
        int withoutGold = 0;
        for (Path article : ArticleFiles.in(dir)) {
            Path gold = goldBeside(article);
            if (Files.isRegularFile(gold)) {
                pairs.add(new Path[]{gold, article});
            } else {
                withoutGold++;
            }
        }
        if (pairs.isEmpty()) {
            err.println("summitgraph eval: no article in " + dir + " has a gold file beside it (name.tsv for name.txt).");
            return Cli.USAGE;
        }
        Pipeline pipeline = Pipeline.standard(BundledKnowledge.fromClasspath(), MAX_BYTES);
        List<CorpusScore.Scored> scored;
        try {
            // extraction is the slow part and the pipeline is shared safely: all cores, results kept in file order
            scored = pairs.parallelStream().map(p -> score(pipeline, p[0], p[1])).toList();
        } catch (GoldStandard.InvalidGoldException | InvalidArticleException e) {
            err.println("summitgraph eval: " + e.getMessage());
            return Cli.FAILED;
        } catch (UncheckedIOException e) {
            err.println("summitgraph eval: " + e.getMessage());
            return Cli.USAGE;
        }
        CorpusScore total = new CorpusScore();
        scored.forEach(total::add);
        out.print(total.report(verbose));
        if (withoutGold > 0) {
            out.println(withoutGold + " article(s) without a gold file were not scored.");
        }
        if (each) {
            // one run over a folder instead of one per article: the pipeline's start-up is most of a small article's time
            for (CorpusScore.Scored s : scored) {
                out.println();
                out.println("=== " + s.name());
                out.print(s.score().report(true));
            }
        }
        return 0;
    }

    private static CorpusScore.Scored score(Pipeline pipeline, Path goldFile, Path articleFile) {
        GoldStandard gold;
        try {
            gold = GoldStandard.read(goldFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile + ": " + e.getMessage(), e);
        }
        Model graph = pipeline.graph(pipeline.extract(pipeline.read(ArticleFiles.read(articleFile))));
        String name = articleFile.getFileName().toString();
        String language = gold.article().getOrDefault("language", name.matches(".*\\.(zh|en)\\.[a-z]+")
                ? name.replaceAll(".*\\.(zh|en)\\.[a-z]+", "$1") : "unknown");
        return new CorpusScore.Scored(name, language, gold, Scorer.score(graph, gold));
    }

    /** name.zh.txt → name.zh.tsv */
    private static Path goldBeside(Path article) {
        String name = article.getFileName().toString();
        return article.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".tsv");
    }
}
