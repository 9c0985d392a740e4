package org.summitgraph.evaluation;

/**
 * Counts behind a precision/recall figure.
 *
 * @param extracted what the extractor produced that counts
 * @param gold what the gold file lists
 * @param matched extracted items that match a gold item (each gold item at most once)
 * @param excused extracted items neither rewarded nor punished (matching an {@code ignore} row)
 */
public record Counts(int extracted, int gold, int matched, int excused) {

    public double precision() {
        int counted = extracted - excused;
        return counted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / counted;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
