package org.summitgraph.cli;

import org.apache.jena.query.Dataset;
import org.summitgraph.ingest.BulkIngest;
import org.summitgraph.ingest.BulkSummary;
import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.knowledge.KnowledgeGraphs;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreCompaction;
import org.summitgraph.store.StoreFactory;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ingest [OPTIONS] FILE|FOLDER...}: articles into the store, on all cores, in batches of one transaction
 * each; what the store holds unchanged is skipped, so an interrupted run continues where it stopped.
 */
final class IngestCommand implements Command {

    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

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
                Usage: summitgraph ingest [--summitgraph.store=DIR] [--batch N] [--threads N] [--replace]
                                          [--no-compact] FILE|FOLDER...

                Ingests each article file, and every article file (.txt, .md, .html) under each
                folder, into the TDB2 store. Articles are read, extracted and checked on all
                cores and written in batches, each batch one transaction. An article the store
                holds already with the same text is skipped without being extracted again, so a
                run that was interrupted continues where it stopped when started again. An
                article with the same url (or text) but other content replaces the stored one,
                never duplicates it. The server must not be running on the same store.

                  --summitgraph.store=DIR   the store folder (default: ./store)
                  --batch N                 articles per write transaction (default %d)
                  --threads N               threads that extract (default: available processors)
                  --replace                 extract and store again articles stored unchanged
                                            (after the extractor changed)
                  --no-compact              do not compact the store at the end

                Prints one line per article on standard output (ingested, replaced, skipped)
                and a summary: articles ingested, replaced, skipped, refused with the reasons,
                triples, time, rate, store size on disk. Progress (articles done, rate, time
                left) goes to standard error: one updating line on a terminal, a line every
                few seconds otherwise. A refused article does not stop the others.
                Exit code 0 when every article was stored or already held, 1 when some were
                refused or the store cannot be opened, 2 for a bad command line or a path that
                cannot be read.
                """.formatted(BulkIngest.Options.DEFAULT_BATCH);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String storeLocation = "store";
        int batch = BulkIngest.Options.DEFAULT_BATCH;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean replace = false;
        boolean compact = true;
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
            } else if (a.equals("--batch")) {
                batch = Cli.positiveInt(args, ++i, a);
            } else if (a.equals("--threads")) {
                threads = Cli.positiveInt(args, ++i, a);
            } else if (a.equals("--replace")) {
                replace = true;
            } else if (a.equals("--no-compact")) {
                compact = false;
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
            BulkIngest ingest = new BulkIngest(Pipeline.standard(knowledge, MAX_BYTES), store,
                    new BulkIngest.Options(batch, threads, replace));
            IngestProgress progress = new IngestProgress(out, err,
                    err == System.err && IngestProgress.standardErrorIsTerminal(), PROGRESS_EVERY);
            BulkSummary summary = ingest.run(files, progress);
            progress.finish();
            printSummary(out, summary, storeLocation);
            if (compact && summary.stored() > 0) {
                compact(out, dataset, storeLocation);
            } else if (!StoreFactory.IN_MEMORY.equals(storeLocation) && !StoreFactory.isRemoteLocation(storeLocation)) {
                out.printf(Locale.ROOT, "store: %s on disk%n", megabytes(StoreCompaction.bytesIn(Path.of(storeLocation))));
            }
            return summary.refused().isEmpty() ? 0 : Cli.FAILED;
        } finally {
            dataset.close();
        }
    }

    private static void printSummary(PrintStream out, BulkSummary s, String storeLocation) {
        out.printf(Locale.ROOT, "%d of %d articles ingested into %s: %d new, %d replaced; %d skipped as already stored; %d refused%n",
                s.stored(), s.total(), storeLocation, s.ingested(), s.replaced(), s.skipped(), s.refused().size());
        out.printf(Locale.ROOT, "%d triples written in %.1f s: %.1f articles/s; heap pools' peaks add up to %s (an upper bound), limit %s%n", s.triples(),
                s.elapsed().toMillis() / 1000.0, s.rate(), megabytes(peakHeap()), megabytes(Runtime.getRuntime().maxMemory()));
        for (BulkSummary.Refusal r : s.refused()) {
            out.printf("refused %s: %s%n", r.file(), r.reason());
        }
    }

    private static void compact(PrintStream out, Dataset dataset, String storeLocation) {
        Path folder = Path.of(storeLocation);
        long before = StoreCompaction.bytesIn(folder);
        long start = System.nanoTime();
        if (StoreCompaction.compact(dataset)) {
            out.printf(Locale.ROOT, "store: %s on disk after compaction in %.1f s (%s before)%n",
                    megabytes(StoreCompaction.bytesIn(folder)), (System.nanoTime() - start) / 1e9, megabytes(before));
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
