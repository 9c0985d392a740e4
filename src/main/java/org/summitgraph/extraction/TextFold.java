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

    /**
     * Whether {@code name} stands in {@code text} (both folded) as a name of its own: a Latin letter or digit at its
     * edge does not run on into one on the other side. "coscon'20" does not hold "oscon", nor "kubeconeu" "kubecon";
     * Han text, which has no spaces between words, holds a Han name anywhere.
     */
    static boolean holdsName(String text, String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean openStart = at == 0 || !isLatinOrDigit(name.charAt(0)) || !isLatinOrDigit(text.charAt(at - 1));
            boolean openEnd = end == text.length() || !isLatinOrDigit(name.charAt(name.length() - 1)) || !isLatinOrDigit(text.charAt(end));
            if (openStart && openEnd) {
                return true;
            }
        }
        return false;
    }

    static boolean isLatinOrDigit(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c)) || (c >= '\uFF10' && c <= '\uFF5A' && Character.isLetterOrDigit(c));
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
