package org.summitgraph.cli;

import org.summitgraph.ingest.BulkListener;
import org.summitgraph.ingest.BulkProgress;
import org.summitgraph.ingest.IngestResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code ingest} shows while it runs: one result line per article on standard output, refusals and progress
 * on standard error. On a terminal the progress is one line redrawn in place (cleared before anything else is
 * printed, so the two never mix); otherwise, as in a log file, a line every few seconds.
 */
final class IngestProgress implements BulkListener {

    private static final String CLEAR_LINE = "\r\033[K";
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final long everyNanos;
    private long lastShown = System.nanoTime();
    private boolean lineShown;

    /**
     * @param terminal whether standard error is a terminal
     * @param every how often to print a progress line when it is not
     */
    IngestProgress(PrintStream out, PrintStream err, boolean terminal, Duration every) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.everyNanos = every.toNanos();
    }

    /** Whether standard error is a terminal. Linux tells through /proc; elsewhere a console is taken to be one. */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    @Override
    public void stored(Path file, IngestResult r) {
        clear();
        out.printf("%s %s %s: %d entities, %d triples%n", r.replaced() ? "replaced" : "ingested", r.id(), file,
                r.entities(), r.triples());
    }

    @Override
    public void skipped(Path file, String articleId) {
        clear();
        out.printf("skipped %s %s: already stored%n", articleId, file);
    }

    @Override
    public void refused(Path file, String reason) {
        clear();
        err.println("summitgraph ingest: " + file + ": " + reason);
    }

    @Override
    public void progress(BulkProgress p) {
        long now = System.nanoTime();
        boolean last = p.done() == p.total();
        if (terminal) {
            if (last || now - lastShown >= REDRAW_NANOS || !lineShown) {
                err.print(CLEAR_LINE + line(p));
                err.flush();
                lineShown = true;
                lastShown = now;
            }
        } else if (last || now - lastShown >= everyNanos) {
            err.println(line(p));
            lastShown = now;
        }
    }

    /** Ends the progress line on a terminal, so what follows starts on a line of its own. */
    void finish() {
        if (terminal && lineShown) {
            err.println();
            lineShown = false;
        }
    }

    private void clear() {
        if (terminal && lineShown) {
            err.print(CLEAR_LINE);
            err.flush();
            lineShown = false;
        }
    }

    static String line(BulkProgress p) {
        Duration left = p.left();
        return String.format(Locale.ROOT, "ingest: %d/%d articles (%d%%), %.1f articles/s, %s left; %d stored, %d refused",
                p.done(), p.total(), p.total() == 0 ? 100 : 100L * p.done() / p.total(), p.rate(),
                left == null ? "?" : duration(left), p.stored(), p.refused());
    }

    static String duration(Duration d) {
        long s = Math.round(d.toMillis() / 1000.0);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
