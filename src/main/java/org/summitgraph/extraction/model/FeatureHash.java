package org.summitgraph.extraction.model;

/**
 * A feature's 64-bit key: FNV-1a over its characters, so that the key of "b=" + word is had by going on from the
 * key of "b=" over the word, without the string being made. The model holds some hundred thousand features; two of
 * them sharing a key by chance is a one in a billion event, and {@link WeightTable} refuses a model where they do.
 */
final class FeatureHash {

    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(String feature) {
        return add(START, feature);
    }

    /** The key of what {@code hash} is the key of, followed by {@code more}. */
    static long add(long hash, String more) {
        long h = hash;
        for (int i = 0; i < more.length(); i++) {
            h ^= more.charAt(i);
            h *= PRIME;
        }
        return h;
    }
}
