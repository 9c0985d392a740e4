package org.summitgraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitgraph.graph.ArticleGraph;
import org.summitgraph.store.GraphStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bulk ingest, from the calling thread: it hands files to the preparing threads, collects what they give in the
 * files' order, gathers checked graphs into batches and hands each to the writer thread. Memory stays bounded: at
 * most {@code 4 × threads} articles are being prepared, one batch is being gathered and one is being written.
 */
final class BulkRun {

    private static final Logger log = LoggerFactory.getLogger(BulkRun.class);

    /** What writing one article of a batch gave: what was written, or why it could not be. */
    private record Write(BulkIngest.Ready article, GraphStore.Written written, String error) {
    }

    private final BulkIngest ingest;
    private final GraphStore store;
    private final BulkIngest.Options options;
    private final BulkListener listener;

    private final long start = System.nanoTime();
    private final List<BulkSummary.Refusal> refused = new ArrayList<>();
    private int total;
    private int ingested;
    private int replaced;
    private int skipped;
    private long triples;
    private List<BulkIngest.Ready> batch = new ArrayList<>();
    private Future<List<Write>> writing;

    BulkRun(BulkIngest ingest, GraphStore store, BulkIngest.Options options, BulkListener listener) {
        this.ingest = ingest;
        this.store = store;
        this.options = options;
        this.listener = listener;
    }

    BulkSummary run(List<Path> files) {
        total = files.size();
        ExecutorService preparing = Executors.newFixedThreadPool(options.threads(), threads("ingest-prepare"));
        ExecutorService writer = Executors.newSingleThreadExecutor(threads("ingest-write"));
        try {
            Deque<Future<BulkIngest.Outcome>> inFlight = new ArrayDeque<>();
            int window = 4 * options.threads();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < window) {
                    Path file = next.next();
                    inFlight.add(preparing.submit(() -> ingest.prepare(file)));
                }
                take(await(inFlight.removeFirst()), writer);
            }
            startWrite(writer);
            finishWrite();
            return new BulkSummary(total, ingested, replaced, skipped, refused, triples, elapsed());
        } finally {
            preparing.shutdownNow();
            // a batch being written when something failed is let finish, so the store is never closed under it
            writer.shutdown();
            awaitQuietly(writer);
        }
    }

    private void take(BulkIngest.Outcome outcome, ExecutorService writer) {
        if (outcome instanceof BulkIngest.Ready ready) {
            batch.add(ready);
            if (batch.size() >= options.batchSize()) {
                startWrite(writer);
            }
        } else if (outcome instanceof BulkIngest.Skipped s) {
            skipped++;
            listener.skipped(s.file(), s.articleId());
        } else if (outcome instanceof BulkIngest.Refused r) {
            refuse(r.file(), r.reason());
        }
        listener.progress(progress());
    }

    /** Hands the gathered batch to the writer, once the one before it has committed. */
    private void startWrite(ExecutorService writer) {
        finishWrite();
        if (batch.isEmpty()) {
            return;
        }
        List<BulkIngest.Ready> articles = batch;
        batch = new ArrayList<>();
        writing = writer.submit(() -> write(articles));
    }

    private void finishWrite() {
        if (writing == null) {
            return;
        }
        List<Write> written = await(writing);
        writing = null;
        for (Write w : written) {
            BulkIngest.Ready a = w.article();
            if (w.error() != null) {
                refuse(a.file(), w.error());
                continue;
            }
            if (w.written().replaced()) {
                replaced++;
            } else {
                ingested++;
            }
            triples += w.written().triples();
            listener.stored(a.file(), new IngestResult(a.article().id(), ArticleGraph.articleIri(a.article().id()),
                    a.article().title(), w.written().replaced(), w.written().triples(), a.entities(), a.millis()));
        }
        listener.progress(progress());
    }

    /**
     * On the writer thread: the batch in one transaction. Should that fail, each article is written in its own, so
     * that the one the store cannot take is refused and the others are stored.
     */
    private List<Write> write(List<BulkIngest.Ready> articles) {
        long begin = System.nanoTime();
        try {
            List<GraphStore.Written> written = store.putArticles(articles.stream().map(BulkRun::toWrite).toList());
            List<Write> out = new ArrayList<>(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                out.add(new Write(articles.get(i), written.get(i), null));
            }
            log.debug("Batch of {} articles written in {} ms", articles.size(), (System.nanoTime() - begin) / 1_000_000);
            return out;
        } catch (RuntimeException batchFailure) {
            log.warn("A batch of {} articles could not be written ({}); writing them one by one", articles.size(),
                    batchFailure.toString());
            List<Write> out = new ArrayList<>(articles.size());
            for (BulkIngest.Ready a : articles) {
                try {
                    out.add(new Write(a, store.putArticles(List.of(toWrite(a))).get(0), null));
                } catch (RuntimeException e) {
                    out.add(new Write(a, null, "the store could not take it: " + e));
                }
            }
            return out;
        }
    }

    private static GraphStore.ArticleWrite toWrite(BulkIngest.Ready a) {
        return new GraphStore.ArticleWrite(a.article().id(), a.graph(), a.article().url(), a.article().text());
    }

    private void refuse(Path file, String reason) {
        refused.add(new BulkSummary.Refusal(file, reason));
        listener.refused(file, reason);
    }

    private BulkProgress progress() {
        return new BulkProgress(ingested + replaced + skipped + refused.size(), total, ingested + replaced,
                refused.size(), elapsed());
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
