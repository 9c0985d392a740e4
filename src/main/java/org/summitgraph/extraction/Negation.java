package org.summitgraph.extraction;

import java.util.regex.Pattern;

/**
 * A cue that is negated states nothing: "东岳银行并未采用Istio", "我们目前并没有采用Zun", "Kessler has not adopted AGL",
 * "decided not to adopt it", "did not win".
 */
final class Negation {

    private static final Pattern BEFORE = Pattern.compile(
            "(?:没有|并未|未曾|尚未|从未|并没|不再|没|未|不)(?:\\s*(?:真正|正式|直接|再|曾|会|能|打算|考虑|选择))?\\s*$"
                    + "|\\b(?:not|never|no longer|n't|decided against|declined to|refused to|chose not to|opted not to)"
                    + "(?:\\s+(?:yet|really|actually|directly|formally|to|been|be))*\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WITHIN = Pattern.compile("并未|并没|没有|尚未|从未|未曾|不再|未(?:采用|使用|部署)|不(?:用|采用|使用)"
            + "|\\b(?:not|never|no longer|n't|decided against|declined to|refused to)\\b", Pattern.CASE_INSENSITIVE);

    private Negation() {
    }

    /** Whether the text in [from, to) ends with a negation. */
    static boolean before(String text, int from, int to) {
        return from < to && BEFORE.matcher(text).region(from, to).find();
    }

    /** Whether a stretch of text between two arguments holds a negation. */
    static boolean within(String span) {
        return WITHIN.matcher(span).find();
    }
}
