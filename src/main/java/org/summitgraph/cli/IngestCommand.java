package org.summitgraph.cli;

import org.apache.jena.query.Dataset;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.ingest.ArticleFiles;
import org.summitgraph.ingest.IngestResult;
import org.summitgraph.ingest.IngestionService;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.knowledge.KnowledgeGraphs;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code ingest [--summitgraph.store=DIR] FILE|FOLDER...}: articles into the store, replacing earlier versions. */
final class IngestCommand implements Command {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "ingest article files or folders into the store";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph ingest [--summitgraph.store=DIR] FILE|FOLDER...

                Ingests each article file, and every article file (.txt, .md, .html) under each
                folder, into the TDB2 store, each in one transaction. An article stored before
                (same url, or same text) is replaced, never duplicated. The server must not be
                running on the same store.

                  --summitgraph.store=DIR   the store folder (default: ./store)

                Prints one line per article on standard output. Exit code 0 when all were
                ingested, 1 when some were refused or the store cannot be opened, 2 for a bad
                command line or a path that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String storeLocation = "store";
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--summitgraph.store=")) {
                storeLocation = a.substring("--summitgraph.store=".length());
            } else if (a.equals("--summitgraph.store") || a.equals("--store")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a folder.");
                }
                storeLocation = args.get(++i);
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a + ".");
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("give at least one article file or folder.");
        }
        List<Path> files;
        try {
            files = ArticlePaths.expand(paths);
        } catch (ArticlePaths.UnreadableException e) {
            err.println("summitgraph ingest: " + e.getMessage());
            return Cli.USAGE;
        }
        BundledKnowledge knowledge = BundledKnowledge.fromClasspath();
        Dataset dataset;
        try {
            dataset = StoreFactory.open(storeLocation);
        } catch (RuntimeException e) {
            err.println("summitgraph ingest: cannot open the store at " + storeLocation + ": " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            GraphStore store = new GraphStore(dataset);
            KnowledgeGraphs.install(knowledge, store);
            IngestionService ingestion = new IngestionService(Pipeline.standard(knowledge, MAX_BYTES), store);
            int failed = 0;
            for (Path file : files) {
                try {
                    IngestResult r = ingestion.ingest(ArticleFiles.read(file));
                    out.printf("%s %s %s: %d entities, %d triples%n", r.replaced() ? "replaced" : "ingested", r.id(), file,
                            r.entities(), r.triples());
                } catch (InvalidArticleException e) {
                    failed++;
                    err.println("summitgraph ingest: " + file + ": " + e.getMessage());
                }
            }
            out.printf("%d of %d articles ingested into %s%n", files.size() - failed, files.size(), storeLocation);
            return failed == 0 ? 0 : Cli.FAILED;
        } finally {
            dataset.close();
        }
    }
}
