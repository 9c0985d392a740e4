package org.summitgraph.generator;

/** Random seeds derived from the corpus seed, so each article and each invented thing has its own stream. */
final class Seeds {

    private Seeds() {
    }

    static long mix(long seed, char kind, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
