package org.summitgraph.generator;

import java.util.List;
import java.util.Random;

/**
 * Skewed choices, the way attention is skewed: the first items of a ranked list are picked far more often than
 * the last (probability of rank r proportional to 1 / (r + 1)^s).
 */
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double s) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += 1 / Math.pow(i + 1, s);
            cumulative[i] = sum;
        }
    }

    T pick(Random random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return items.get(lo);
    }

    /** An index below n, rank r about as likely as 1 / (r + 1): cheap for a pool that grows article by article. */
    static int index(Random random, int n) {
        int i = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1.0))) - 1;
        return Math.max(0, Math.min(n - 1, i));
    }
}
