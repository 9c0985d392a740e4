package org.summitgraph.extraction;

/**
 * Bracketed asides: "九州云CTO李开宇(加入九州云前曾在英特尔开源技术中心工作八年)登台" names Intel's centre in an aside about the
 * past; what the clause says of its subject is not said of a name inside the aside.
 */
final class Asides {

    private Asides() {
    }

    /**
     * Whether the name at {@code at} lies inside a bracket opened after {@code from} and closed before {@code to}, and
     * not at its start: a bracket that opens with the name ("我司(迅驰物流)", "My company (Shirakawa Logistics, we're a big
     * shop)", "UnitedStack(有云)") glosses what stands before it.
     */
    static boolean closedWithin(String text, int from, int at, int to) {
        int open = -1;
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return false;
            }
            if (c == '(' || c == '（') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = at; i < to; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return !text.substring(open + 1, at).isBlank();
            }
            if (c == '(' || c == '（') {
                return false;
            }
        }
        return false;
    }
}
