package org.summitgraph.extraction.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a stretch of text for the relation model, one scheme for both languages: runs of Latin letters and
 * digits lower-cased, each Chinese character and each pair of adjacent Chinese characters (Chinese has no
 * spaces and a word segmenter would cost more than the model), punctuation one mark at a time.
 */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(String text, int begin, int end) {
        List<String> out = new ArrayList<>();
        int i = Math.max(0, begin);
        int to = Math.min(end, text.length());
        while (i < to) {
            char c = text.charAt(i);
            if (isHan(c)) {
                out.add(String.valueOf(c));
                if (i + 1 < to && isHan(text.charAt(i + 1))) {
                    out.add(text.substring(i, i + 2));
                }
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j)) && !isHan(text.charAt(j))
                        || (text.charAt(j) == '-' || text.charAt(j) == '\'') && j + 1 < to && Character.isLetter(text.charAt(j + 1)))) {
                    j++;
                }
                String word = text.substring(i, j).toLowerCase(Locale.ROOT);
                out.add(word.chars().allMatch(Character::isDigit) ? "<num>" : word);
                i = j;
            } else {
                if (!Character.isWhitespace(c)) {
                    out.add(String.valueOf(c));
                }
                i++;
            }
        }
        return out;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
