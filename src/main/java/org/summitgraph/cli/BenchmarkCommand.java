package org.summitgraph.cli;

import org.summitgraph.article.ArticleSource;
import org.summitgraph.ingest.ArticleFiles;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code benchmark}: articles per second through extraction, after warm-up, on one thread and on several in
 * the same run, so that the figures are compared on the same machine state.
 */
final class BenchmarkCommand implements Command {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String summary() {
        return "measure extraction speed (articles per second) on article files";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph benchmark [--seconds N] [--warmup N] [--threads N] FILE|FOLDER...

                Reads the article files once, warms up, then runs reading + extraction over them
                round-robin for N seconds, first on one thread, then on --threads threads, and
                prints articles per second and KB per second for each, then the same for the
                full path to a checked graph (RDF + SHACL shapes).

                  --seconds N   measuring time per run (default 10)
                  --warmup N    warm-up time in seconds (default 5)
                  --threads N   threads of the parallel run (default: available processors)

                Example: summitgraph benchmark data/articles
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int seconds = 10;
        int warmup = 5;
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--seconds" -> seconds = Cli.positiveInt(args, ++i, a);
                case "--warmup" -> warmup = Cli.positiveInt(args, ++i, a);
                case "--threads" -> threads = Cli.positiveInt(args, ++i, a);
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a + ".");
                    }
                    paths.add(Path.of(a));
                }
            }
        }
        List<ArticleSource> sources;
        try {
            sources = ArticlePaths.expand(paths).stream().map(ArticleFiles::read).toList();
        } catch (ArticlePaths.UnreadableException e) {
            err.println("summitgraph benchmark: " + e.getMessage());
            return Cli.USAGE;
        }
        if (sources.isEmpty()) {
            throw new UsageException("give article files or folders.");
        }
        Pipeline pipeline = Pipeline.standard(BundledKnowledge.fromClasspath(), MAX_BYTES);
        long bytes = sources.stream().mapToLong(s -> s.content().length).sum();
        out.printf(Locale.ROOT, "%d articles, %.1f KB on average; %d s warm-up, %d s per run%n", sources.size(),
                bytes / 1024.0 / sources.size(), warmup, seconds);
        Work extract = s -> pipeline.extract(pipeline.read(s));
        Work full = s -> pipeline.graph(pipeline.extract(pipeline.read(s)));
        measure(sources, extract, 1, warmup, out, "warm-up");
        report(out, "extraction, 1 thread", measure(sources, extract, 1, seconds, out, null), bytes, sources.size());
        report(out, "extraction, " + threads + " threads", measure(sources, extract, threads, seconds, out, null), bytes, sources.size());
        report(out, "graph + shapes, " + threads + " threads", measure(sources, full, threads, seconds, out, null), bytes, sources.size());
        return 0;
    }

    private interface Work {
        Object apply(ArticleSource source);
    }

    /** Articles processed per second. */
    private static double measure(List<ArticleSource> sources, Work work, int threads, int seconds, PrintStream out,
                                  String label) {
        double rate = TimedLoad.run(threads, seconds, i -> {
            work.apply(sources.get(i % sources.size()));
            return true;
        }).perSecond();
        if (label != null) {
            out.printf(Locale.ROOT, "%-32s %8.1f articles/s%n", label, rate);
        }
        return rate;
    }

    private static void report(PrintStream out, String label, double rate, long bytes, int articles) {
        out.printf(Locale.ROOT, "%-32s %8.1f articles/s  %8.1f KB/s  %6.1f ms per article%n", label, rate,
                rate * bytes / 1024.0 / articles, 1000 / rate);
    }
}
