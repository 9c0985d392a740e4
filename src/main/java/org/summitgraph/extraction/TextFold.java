package org.summitgraph.extraction;

/**
 * Char-by-char folding for matching names: full-width forms to ASCII, ideographic space to space, Latin to
 * lower case. One char in, one char out, so offsets in folded text are offsets in the original.
 */
final class TextFold {

    private TextFold() {
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000' || c == '\u00A0') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }

    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    static boolean isLatinOrDigit(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c)) || (c >= '\uFF10' && c <= '\uFF5A' && Character.isLetterOrDigit(c));
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
