package org.summitgraph.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.summitgraph.article.Article;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.graph.Prefixes;
import org.summitgraph.ingest.ArticleFiles;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.vocab.GraphNames;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code extract [--format F] FILE}: the RDF of one article on standard output; the store is not touched. */
final class ExtractCommand implements Command {

    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "nq", RDFFormat.NQUADS, "trig", RDFFormat.TRIG_PRETTY, "ttl", RDFFormat.TURTLE_PRETTY,
            "jsonld", RDFFormat.JSONLD11);
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "print the RDF extracted from one article file (store untouched)";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph extract [--format nq|trig|ttl|jsonld] FILE

                Reads one article (plain text, Markdown or HTML; optionally headed by lines
                title:, url:, date:, language:, publisher: and a blank line), extracts its
                entities and statements, and prints its graph on standard output.

                  --format nq      N-Quads, the article's statements in its named graph (default)
                  --format trig    TriG, the same as a readable named graph
                  --format ttl     Turtle, the article graph's triples
                  --format jsonld  JSON-LD 1.1, the named graph

                Logs go to standard error. Exit code 0 on success, 1 when the article is
                refused, 2 for a bad command line or a file that cannot be read.

                Example: summitgraph extract --format ttl data/articles/openstack-sydney-summit-2017-day1.zh.txt
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String format = "nq";
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") || a.equals("-f")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--format needs a value: nq, trig, ttl or jsonld.");
                }
                format = args.get(++i);
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option " + a + ".");
            } else {
                files.add(a);
            }
        }
        RDFFormat rdfFormat = FORMATS.get(format);
        if (rdfFormat == null) {
            throw new UsageException("unknown format '" + format + "'; use nq, trig, ttl or jsonld.");
        }
        if (files.size() != 1) {
            throw new UsageException("give exactly one article file.");
        }
        Path file = Path.of(files.get(0));
        String problem = ArticlePaths.problem(file);
        if (problem != null) {
            err.println("summitgraph extract: cannot read " + file + ": " + problem + ".");
            return Cli.USAGE;
        }
        Pipeline pipeline = Pipeline.standard(BundledKnowledge.fromClasspath(), MAX_BYTES);
        try {
            Article article = pipeline.read(ArticleFiles.read(file));
            Model graph = pipeline.graph(pipeline.extract(article));
            write(article, graph, rdfFormat, out);
            return 0;
        } catch (InvalidArticleException e) {
            err.println("summitgraph extract: " + file + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static void write(Article article, Model graph, RDFFormat format, PrintStream out) {
        if (format == RDFFormat.TURTLE_PRETTY) {
            RDFDataMgr.write(out, graph, format);
        } else {
            Dataset dataset = DatasetFactory.create();
            dataset.addNamedModel(GraphNames.article(article.id()).getURI(), graph);
            dataset.getDefaultModel().setNsPrefixes(Prefixes.ALL);
            RDFDataMgr.write(out, dataset, format);
        }
        out.flush();
    }
}
