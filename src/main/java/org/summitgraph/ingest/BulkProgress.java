package org.summitgraph.ingest;

import java.time.Duration;

/**
 * How far a bulk ingest is.
 *
 * @param done articles handled: stored or in the writer's open transaction, skipped or refused
 * @param total articles to handle
 * @param stored articles whose batch has committed
 * @param refused articles refused so far
 * @param elapsed time since the start
 */
public record BulkProgress(int done, int total, int stored, int refused, Duration elapsed) {

    /** Articles handled per second so far. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** Time left at the rate so far; null before there is a rate. */
    public Duration left() {
        double rate = rate();
        return rate <= 0 ? null : Duration.ofMillis(Math.round((total - done) / rate * 1000));
    }
}
