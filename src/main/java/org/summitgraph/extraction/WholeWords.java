package org.summitgraph.extraction;

/**
 * Whether a text holds a phrase as a whole word: not inside a longer word. Finders ask it of the whole article for
 * each candidate name ("is 'edge computing' written in lower case somewhere?"); a regex built per name, with a
 * look-behind at its start, tried the look-behind at every position of the article and was a thirtieth of the
 * extraction's time, where a plain search for the phrase jumps from one occurrence to the next.
 */
final class WholeWords {

    private WholeWords() {
    }

    /**
     * Whether {@code phrase} occurs in {@code text} with no letter (and, when {@code digitsJoin}, no ASCII digit)
     * right before or after it: what {@code (?<![\p{L}])PHRASE(?![\p{L}])} finds, with {@code \d} added to both
     * classes when asked.
     */
    static boolean occurs(String text, String phrase, boolean digitsJoin) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || !joins(Character.codePointBefore(text, at), digitsJoin))
                    && (end == text.length() || !joins(Character.codePointAt(text, end), digitsJoin))) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(int codePoint, boolean digitsJoin) {
        return Character.isLetter(codePoint) || digitsJoin && codePoint >= '0' && codePoint <= '9';
    }
}
