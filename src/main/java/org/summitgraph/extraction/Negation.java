package org.summitgraph.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cue that is negated states nothing: "东岳银行并未采用Istio", "我们目前并没有采用Zun", "Kessler has not adopted AGL",
 * "decided not to adopt it", "did not win".
 */
final class Negation {

    // each pattern opens with a look-ahead at the characters its matches can begin with: the same matches, but
    // a position that cannot begin one fails on one class test instead of trying every alternative
    private static final Pattern BEFORE = Pattern.compile(
            "(?=[没并未尚从不ndrco])(?:(?:没有|并未|未曾|尚未|从未|并没|不再|没|未|不)(?:\\s*(?:真正|正式|直接|再|曾|会|能|打算|考虑|选择))?\\s*$"
                    + "|(?:\\b(?:not|never|no longer|decided against|declined to|refused to|chose not to|opted not to)|n['’]t)"
                    + "(?:\\s+(?:yet|really|actually|directly|formally|to|been|be))*\\s*$)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WITHIN = Pattern.compile("(?=[并没尚从未不ndr])(?:并未|并没|没有|尚未|从未|未曾|不再|未(?:采用|使用|部署)|不(?:用|采用|使用)"
            + "|\\b(?:not|never|no longer|decided against|declined to|refused to)\\b|n['’]t\\b)", Pattern.CASE_INSENSITIVE);

    /** {@link #WITHIN} searched only where a match can begin: spans between arguments are read once per cue and pair. */
    private static final QuickFind WITHIN_CUES = new QuickFind(WITHIN);
    /** The characters a match of {@code BEFORE}'s Chinese branch can end with (its last word's last). */
    private static final String CHINESE_LAST = "有未曾没再不正式接会能算虑择";
    /** The words a match of {@code BEFORE}'s English branch can end with, lower-cased ("n't" ends in "t"). */
    private static final Set<String> ENGLISH_LAST = Set.of("not", "never", "longer", "t", "against", "to", "yet", "really",
            "actually", "directly", "formally", "been", "be");

    private Negation() {
    }

    /** Whether the text in [from, to) ends with a negation. */
    static boolean before(String text, int from, int to) {
        return from < to && mayEndNegated(text, from, to) && BEFORE.matcher(text).region(from, to).find();
    }

    /**
     * Whether [from, to) ends, but for white space, with a word a match of {@code BEFORE} can end with: every match
     * does, since the pattern ends in {@code \\s*$} ({@code $} also before one final line terminator). Most stretches
     * do not, and are answered without running the pattern over every position of them.
     */
    private static boolean mayEndNegated(String text, int from, int to) {
        int end = to;
        if (end - from >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            end -= 2;
        } else if (end > from && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > from && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == from) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (CHINESE_LAST.indexOf(last) >= 0) {
            return true;
        }
        int begin = end;
        while (begin > from && isAsciiLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && ENGLISH_LAST.contains(text.substring(begin, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether a stretch of text between two arguments holds a negation. */
    static boolean within(String span) {
        return WITHIN_CUES.in(span).find();
    }
}
