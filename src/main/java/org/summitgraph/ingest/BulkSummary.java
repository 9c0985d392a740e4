package org.summitgraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a bulk ingest did.
 *
 * @param total article files given
 * @param ingested articles stored that the store did not hold
 * @param replaced articles stored in place of an earlier version (same URL or text, other content or --replace)
 * @param skipped articles the store already held unchanged, not extracted again
 * @param refused articles not stored, each with its reason
 * @param triples triples written
 * @param elapsed time from the start to the last commit
 */
public record BulkSummary(int total, int ingested, int replaced, int skipped, List<Refusal> refused, long triples,
                          Duration elapsed) {

    /** An article that was not stored, and why. */
    public record Refusal(Path file, String reason) {
    }

    public BulkSummary {
        refused = List.copyOf(refused);
    }

    public int stored() {
        return ingested + replaced;
    }

    /** Articles stored per second. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : stored() / seconds;
    }
}
