package org.summitgraph.extraction.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A candidate's features as the model reads them, by their keys ({@link FeatureHash}), in the order they were added
 * and with repeats (a word twice between the names weighs twice). The features' text is kept only when it is asked for,
 * to train a model or to show what it read: making a fresh string for each feature of each pair and hashing it again
 * for the look-up was a tenth of the extraction's time.
 */
final class Features {

    private long[] keys = new long[48];
    private int size;
    /** The features' text, or null when only their keys are kept. */
    private final List<String> names;

    Features(boolean withNames) {
        this.names = withNames ? new ArrayList<>() : null;
    }

    void add(String feature) {
        push(FeatureHash.of(feature));
        if (names != null) {
            names.add(feature);
        }
    }

    void add(String prefix, String value) {
        push(FeatureHash.add(FeatureHash.of(prefix), value));
        if (names != null) {
            names.add(prefix + value);
        }
    }

    void add(String prefix, String value, String suffix) {
        push(FeatureHash.add(FeatureHash.add(FeatureHash.of(prefix), value), suffix));
        if (names != null) {
            names.add(prefix + value + suffix);
        }
    }

    /** {@code prefix}, the words joined by {@code separator}, then {@code suffix}: one feature. */
    void addJoined(String prefix, List<String> words, String separator, String suffix) {
        long h = FeatureHash.of(prefix);
        for (int i = 0; i < words.size(); i++) {
            h = FeatureHash.add(i == 0 ? h : FeatureHash.add(h, separator), words.get(i));
        }
        push(FeatureHash.add(h, suffix));
        if (names != null) {
            names.add(prefix + String.join(separator, words) + suffix);
        }
    }

    /** A word of {@code words} behind {@code prefix}, its key made once per prefix and word by {@link Tokens}. */
    void add(String prefix, Tokens words, int word) {
        push(words.key(prefix, word));
        if (names != null) {
            names.add(prefix + words.word(word));
        }
    }

    private void push(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    int size() {
        return size;
    }

    long key(int i) {
        return keys[i];
    }

    /** Whether the feature is among them; for the few whole-word features the rules' readings ask about. */
    boolean has(String feature) {
        long k = FeatureHash.of(feature);
        for (int i = 0; i < size; i++) {
            if (keys[i] == k) {
                return true;
            }
        }
        return false;
    }

    /** The features' text, in order; only for features made with their names. */
    List<String> names() {
        if (names == null) {
            throw new IllegalStateException("these features were made without their text");
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return names == null ? size + " features" : names.toString();
    }
}
