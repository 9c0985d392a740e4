package org.summitgraph.cli;

import java.util.Arrays;

/** Response times of one round, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {

    private double[] values = new double[1024];
    private int size;

    synchronized void add(double millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    /** Adds every response time of {@code other}. */
    void addAll(Latencies other) {
        double[] theirs;
        synchronized (other) {
            theirs = Arrays.copyOf(other.values, other.size);
        }
        for (double v : theirs) {
            add(v);
        }
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p <= 100), NaN when there is none. */
    synchronized double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }
}
