package org.summitgraph.evaluation;

import java.text.Normalizer;
import java.util.Locale;

/** Label comparison as the gold README defines it: NFKC, case folded, white space collapsed. */
final class Labels {

    private Labels() {
    }

    static String normalise(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
