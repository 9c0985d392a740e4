package org.summitgraph.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared: NFKC (full-width Ｏｐｅｎ and half-width Open become one, as do compatibility forms) and
 * lower case. The index and the ranking of results fold the same way, so what the index matches the ranking agrees
 * with.
 */
final class NameFolding {

    private NameFolding() {
    }

    /** The folded form of one code point; usually one or two chars, sometimes more (ligatures, "İ"). */
    static String foldCodePoint(int codePoint) {
        String normalized = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
        return normalized.toLowerCase(Locale.ROOT);
    }

    /** The folded text with runs of white space made one space and the ends trimmed. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(foldCodePoint(cp)));
        return out.toString().strip().replaceAll("\\s+", " ");
    }
}
