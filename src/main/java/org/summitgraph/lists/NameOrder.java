package org.summitgraph.lists;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of names for a reader. The Chinese collation orders Han characters by their pinyin (阿里巴巴, 百度,
 * 华为, 孔令贤 ...) and Latin letters as English does, so names in both scripts sort sensibly whichever the
 * reader's language; Latin names come before Chinese ones.
 */
final class NameOrder {

    private NameOrder() {
    }

    static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.CHINESE);
        // differences of case and accents only break ties
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }
}
