package org.summitgraph.extraction.model;

import java.util.Map;

/**
 * The model's weights by feature key ({@link FeatureHash}): open addressing over two arrays, so that a look-up is a
 * multiplication, a probe or two and one comparison of longs. Most features of a candidate are unknown to the model,
 * and a miss here costs about what a hit does.
 */
final class WeightTable {

    private final long[] keys;
    private final float[][] rows;
    private final int mask;

    /** @throws IllegalArgumentException when two features share a key, which would mix their weights */
    WeightTable(Map<String, float[]> weights) {
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.rows = new float[capacity][];
        this.mask = capacity - 1;
        Map<Long, String> seen = new java.util.HashMap<>();
        weights.forEach((feature, row) -> {
            long key = FeatureHash.of(feature);
            String other = seen.putIfAbsent(key, feature);
            if (other != null) {
                throw new IllegalArgumentException("the features '" + other + "' and '" + feature + "' share a key");
            }
            int at = slot(key);
            while (rows[at] != null) {
                at = (at + 1) & mask;
            }
            keys[at] = key;
            rows[at] = row;
        });
    }

    /** The feature's weight per relation, or null when the model does not know it. */
    float[] get(long key) {
        for (int at = slot(key); rows[at] != null; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return rows[at];
            }
        }
        return null;
    }

    private int slot(long key) {
        // the high bits of a multiplication mix every bit of the key
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
