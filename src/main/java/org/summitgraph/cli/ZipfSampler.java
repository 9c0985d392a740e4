package org.summitgraph.cli;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: rank 0 most often, as real traffic asks for a
 * few popular pages most of the time.
 */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int n, double exponent) {
        if (n < 1 || exponent < 0) {
            throw new IllegalArgumentException("a Zipf sampler needs n >= 1 and exponent >= 0");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
    }

    /** The chance of rank {@code k}. */
    double probability(int k) {
        return k == 0 ? cumulative[0] : cumulative[k] - cumulative[k - 1];
    }

    int next(Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        int k = i >= 0 ? i + 1 : -i - 1;
        return Math.min(k, cumulative.length - 1);
    }
}
