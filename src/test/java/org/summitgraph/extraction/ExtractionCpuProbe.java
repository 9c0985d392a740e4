package org.summitgraph.extraction;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.ingest.ArticleFiles;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.vocab.GraphNames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A tool for work on extraction speed, run by hand (not a test): {@code dump OUT DIR...} writes each article's
 * N-Quads, sorted, to OUT/NAME.nq so two builds can be compared byte for byte; {@code cpu PASSES DIR...} extracts
 * the articles round-robin on this one thread after a warm-up pass and prints the thread CPU time per article,
 * which the shared machine disturbs far less than wall time.
 */
final class ExtractionCpuProbe {

    public static void main(String[] args) throws IOException {
        Pipeline pipeline = Pipeline.standard(BundledKnowledge.fromClasspath(), 16L * 1024 * 1024);
        if (args[0].equals("dump")) {
            Path out = Path.of(args[1]);
            Files.createDirectories(out);
            for (Path file : files(Arrays.asList(args).subList(2, args.length))) {
                Files.writeString(out.resolve(file.getFileName() + ".nq"), nquads(pipeline, file));
            }
        } else {
            int passes = Integer.parseInt(args[1]);
            List<ArticleSource> sources = new ArrayList<>();
            for (Path file : files(Arrays.asList(args).subList(2, args.length))) {
                sources.add(ArticleFiles.read(file));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int pass = 0; pass <= passes; pass++) {
                long start = threads.getCurrentThreadCpuTime();
                for (ArticleSource source : sources) {
                    try {
                        pipeline.extract(pipeline.read(source));
                    } catch (InvalidArticleException e) {
                        // refused articles cost their reading, as in ingestion
                    }
                }
                double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / sources.size();
                System.out.printf(Locale.ROOT, "%s %.3f ms CPU per article%n", pass == 0 ? "warm-up" : "pass " + pass, ms);
            }
        }
    }

    private static String nquads(Pipeline pipeline, Path file) {
        try {
            var article = pipeline.read(ArticleFiles.read(file));
            Dataset dataset = DatasetFactory.create();
            dataset.addNamedModel(GraphNames.article(article.id()).getURI(), pipeline.graph(pipeline.extract(article)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.write(new PrintStream(bytes, true, StandardCharsets.UTF_8), dataset, RDFFormat.NQUADS);
            String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines) + "\n";
        } catch (InvalidArticleException e) {
            return "refused: " + e.getMessage() + "\n";
        }
    }

    private static List<Path> files(List<String> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : roots) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
