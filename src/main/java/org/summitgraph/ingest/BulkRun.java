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
 * files' order, and hands each checked graph to the writer thread at once. The writer puts it into the open write
 * transaction, where it becomes node ids and figures, and its graph can go; every {@code batchSize} articles the
 * writer commits. Memory stays bounded: at most {@code 4 × threads} articles are being prepared and 256 wait for the
 * writer, and a batch in the writer's transaction keeps little per article once its quads are written.
 */
final class BulkRun {

    private static final Logger log = LoggerFactory.getLogger(BulkRun.class);
    /**
     * Checked graphs that may wait for the writer: enough to keep the preparing threads busy while the writer
     * commits (its last run of quads, the figures and TDB2's sync take some seconds per thousand articles, in which
     * the preparing threads made two to three hundred). They wait as their triples and figures only
     * ({@link GraphStore.Prepared}), each term once, about half of the whole graph's memory (some 135 KB): 256 of
     * them take about 35 MB of heap.
     */
    private static final int MIN_QUEUED = 256;

    /** An article handed to the writer: what the summary needs of it once its graph is in the transaction. */
    private record Member(Path file, String articleId, String title, int entities, long millis) {

        static Member of(BulkIngest.Ready a) {
            return new Member(a.file(), a.article().id(), a.article().title(), a.entities(), a.millis());
        }
    }

    /** What writing one article of a batch gave: what was written, or why it could not be. */
    private record Write(Member article, GraphStore.Written written, String error) {
    }

    private final BulkIngest ingest;
    private final GraphStore store;
    private final BulkIngest.Options options;
    private final BulkListener listener;
    private final int maxQueued;

    private final long start = System.nanoTime();
    private final List<BulkSummary.Refusal> refused = new ArrayList<>();
    private int total;
    private int ingested;
    private int replaced;
    private int skipped;
    private long triples;
    /** Calling thread: articles handed to the writer since its last commit, and the hand-overs not yet done. */
    private int inBatch;
    /** Calling thread: articles handed to the writer whose commit has not been reported yet. */
    private int uncommitted;
    private final Deque<Future<?>> queued = new ArrayDeque<>();
    private Future<List<Write>> committing;

    /** Writer thread only: the open transaction, what was put into it, and why it failed, if it did. */
    private GraphStore.ArticleTransaction open;
    private final List<Member> members = new ArrayList<>();
    private final List<GraphStore.Written> results = new ArrayList<>();
    private RuntimeException failure;

    BulkRun(BulkIngest ingest, GraphStore store, BulkIngest.Options options, BulkListener listener) {
        this.ingest = ingest;
        this.store = store;
        this.options = options;
        this.listener = listener;
        this.maxQueued = Math.max(MIN_QUEUED, 4 * options.threads());
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
            commit(writer);
            finishCommit();
            return new BulkSummary(total, ingested, replaced, skipped, refused, triples, elapsed());
        } finally {
            preparing.shutdownNow();
            // a transaction left open when something failed is rolled back on its own thread; a commit under way
            // is let finish, so the store is never closed under it
            writer.submit(this::closeOpen);
            writer.shutdown();
            awaitQuietly(writer);
        }
    }

    private void take(BulkIngest.Outcome outcome, ExecutorService writer) {
        if (outcome instanceof BulkIngest.Ready ready) {
            queued.add(writer.submit(() -> put(ready)));
            inBatch++;
            uncommitted++;
            if (inBatch >= options.batchSize()) {
                commit(writer);
            }
            // graphs handed over but not yet in the writer's transaction are bounded, whatever the writer is doing
            while (!queued.isEmpty() && (queued.size() > maxQueued || queued.peekFirst().isDone())) {
                await(queued.removeFirst());
            }
        } else if (outcome instanceof BulkIngest.Skipped s) {
            skipped++;
            listener.skipped(s.file(), s.articleId());
        } else if (outcome instanceof BulkIngest.Refused r) {
            refuse(r.file(), r.reason());
        }
        listener.progress(progress());
    }

    /** Asks the writer to commit what it was handed, once the commit before has been reported. */
    private void commit(ExecutorService writer) {
        finishCommit();
        if (inBatch == 0) {
            return;
        }
        inBatch = 0;
        committing = writer.submit(this::commitOnWriter);
    }

    private void finishCommit() {
        if (committing == null) {
            return;
        }
        List<Write> written = await(committing);
        committing = null;
        uncommitted -= written.size();
        for (Write w : written) {
            Member a = w.article();
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
            listener.stored(a.file(), new IngestResult(a.articleId(), ArticleGraph.articleIri(a.articleId()),
                    a.title(), w.written().replaced(), w.written().triples(), a.entities(), a.millis()));
        }
        listener.progress(progress());
    }

    /** On the writer thread: the article into the open transaction, which is begun with the batch's first article. */
    private Void put(BulkIngest.Ready article) {
        members.add(Member.of(article));
        if (failure != null) {
            return null;
        }
        try {
            if (open == null) {
                open = store.beginArticles();
            }
            results.add(open.put(article.graph()));
        } catch (RuntimeException e) {
            failure = e;
            closeOpen();
        }
        return null;
    }

    /**
     * On the writer thread: commits the batch. Should the batch fail, each of its articles is prepared again from its
     * file (the transaction no longer holds its graph) and written in its own transaction, so that the one the store
     * cannot take is refused and the others are stored.
     */
    private List<Write> commitOnWriter() {
        long begin = System.nanoTime();
        List<Member> batch = new ArrayList<>(members);
        List<GraphStore.Written> written = new ArrayList<>(results);
        RuntimeException failed = failure;
        members.clear();
        results.clear();
        failure = null;
        if (failed == null) {
            try {
                open.commit();
                List<Write> out = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    out.add(new Write(batch.get(i), written.get(i), null));
                }
                log.debug("Batch of {} articles written in {} ms", batch.size(), (System.nanoTime() - begin) / 1_000_000);
                return out;
            } catch (RuntimeException e) {
                failed = e;
            } finally {
                closeOpen();
            }
        }
        log.warn("A batch of {} articles could not be written ({}); writing them one by one", batch.size(), failed.toString());
        List<Write> out = new ArrayList<>(batch.size());
        for (Member m : batch) {
            out.add(writeAlone(m));
        }
        return out;
    }

    private Write writeAlone(Member m) {
        BulkIngest.Outcome again = ingest.prepare(m.file(), false);
        if (again instanceof BulkIngest.Refused r) {
            return new Write(m, null, r.reason());
        }
        BulkIngest.Ready ready = (BulkIngest.Ready) again;
        try (GraphStore.ArticleTransaction alone = store.beginArticles()) {
            GraphStore.Written written = alone.put(ready.graph());
            alone.commit();
            return new Write(Member.of(ready), written, null);
        } catch (RuntimeException e) {
            return new Write(m, null, "the store could not take it: " + e);
        }
    }

    /** On the writer thread: rolls back the open transaction, if there is one. */
    private void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                log.warn("Rolling back a batch failed: {}", e.toString());
            } finally {
                open = null;
            }
        }
    }

    private void refuse(Path file, String reason) {
        refused.add(new BulkSummary.Refusal(file, reason));
        listener.refused(file, reason);
    }

    private BulkProgress progress() {
        // articles in the open transaction count as done, or a batch of a thousand would show no progress for minutes
        return new BulkProgress(ingested + replaced + skipped + refused.size() + uncommitted, total, ingested + replaced,
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
