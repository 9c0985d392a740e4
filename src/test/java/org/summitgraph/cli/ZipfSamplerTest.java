package org.summitgraph.cli;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipfSamplerTest {

    @Test
    void ranksAreDrawnAsOftenAsTheZipfLawSays() {
        ZipfSampler sampler = new ZipfSampler(100, 1.0);
        double harmonic = 0;
        for (int k = 1; k <= 100; k++) {
            harmonic += 1.0 / k;
        }
        assertEquals(1 / harmonic, sampler.probability(0), 1e-12);
        assertEquals(1 / (10 * harmonic), sampler.probability(9), 1e-12);
        int[] counts = new int[100];
        Random random = new Random(42);
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts[sampler.next(random)]++;
        }
        for (int k : new int[]{0, 1, 9, 99}) {
            double expected = sampler.probability(k) * draws;
            assertEquals(expected, counts[k], 5 * Math.sqrt(expected), "draws of rank " + k);
        }
        assertTrue(counts[0] > 5 * counts[9], "the most popular is asked for far more often than the tenth");
    }

    @Test
    void exponentZeroDrawsEveryRankAlike() {
        ZipfSampler sampler = new ZipfSampler(4, 0);
        for (int k = 0; k < 4; k++) {
            assertEquals(0.25, sampler.probability(k), 1e-12);
        }
    }

    @Test
    void theSameSeedDrawsTheSameRanksAndNoneOutOfRange() {
        ZipfSampler sampler = new ZipfSampler(7, 1.2);
        Random a = new Random(5);
        Random b = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            int k = sampler.next(a);
            assertEquals(k, sampler.next(b));
            assertTrue(k >= 0 && k < 7, "rank " + k);
        }
    }

    @Test
    void aSamplerNeedsAtLeastOneRank() {
        assertThrows(IllegalArgumentException.class, () -> new ZipfSampler(0, 1));
    }
}
