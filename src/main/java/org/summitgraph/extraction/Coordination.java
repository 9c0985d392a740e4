package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Coordinated lists whose items carry what describes them: "Su Jingqian of Goldman Sachs, Adrian Calloway from
 * Quorora and Jiang Chaolei", "携程的林昊娜、凌峰能源（Lingfeng Energy）的赵宇梓和信辰零售的罗伟伟", "Lingfeng Energy CTO Cheng
 * Yuyu and Intuit engineer Ma Yonggang". Two items of a kind are joined when what stands between them is a list
 * separator once the describing parts are taken away: names of other kinds, titles, brackets and the words that tie a
 * description to a name ("of", "from", "的").
 */
final class Coordination {

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:,\\s*(?:and|&|as well as)?\\s*|\\s+(?:and|&|as well as)\\s+|、|和|及|与|以及|还有|&|/)\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * "contributed to Nova and to the Magnum container service", "Cinder, Nova and the OpenStack-Ansible project": the
     * preposition or article said again for the last item, read only where nothing stands between the two items (with a
     * name taken out, "Aiven, and Li Wen of the ASF" would read as one).
     */
    private static final Pattern REPEATED = Pattern.compile("\\s*,?\\s+and\\s+(?:(?:to|in|on|into|at|for)\\s+(?:the\\s+)?|the\\s+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETS = Pattern.compile("[(（][^()（）]{0,40}[)）]");
    private static final Pattern TIES = Pattern.compile("(?i)\\b(?:of|from|at|with)\\b|来自|的|'s|’s");
    private static final int MAX_GAP = 60;

    private Coordination() {
    }

    /** Whether the items ending at {@code from} and beginning at {@code to} are joined in one list. */
    static boolean joins(AnnotatedText text, int from, int to, Predicate<Mention> kind) {
        if (to < from || to - from > MAX_GAP) {
            return false;
        }
        String raw = text.text().substring(from, to);
        if (SEPARATOR.matcher(raw).matches() || REPEATED.matcher(raw).matches()) {
            return true;
        }
        StringBuilder gap = new StringBuilder(raw);
        List<int[]> removed = new ArrayList<>();
        List<int[]> brackets = new ArrayList<>();
        for (java.util.regex.Matcher b = BRACKETS.matcher(raw); b.find(); ) {
            brackets.add(new int[] {from + b.start(), from + b.end()});
        }
        for (Mention m : text.in(from, to, m -> true)) {
            // "Viettel IDC (Gold), FPT Smart Cloud (Gold)": a name in brackets is an aside on the item before, no item
            boolean bracketed = brackets.stream().anyMatch(b -> b[0] < m.begin() && m.end() < b[1]);
            if (kind.test(m) && !bracketed) {
                return false; // another item of the kind stands between: not the next one
            }
            removed.add(new int[] {m.begin() - from, m.end() - from});
        }
        for (Titles.Found t : Titles.findIn(text.text(), from, to)) {
            removed.add(new int[] {t.begin() - from, t.end() - from});
        }
        removed.sort((a, b) -> Integer.compare(b[0], a[0]));
        int last = Integer.MAX_VALUE;
        for (int[] r : removed) {
            int end = Math.min(r[1], last);
            if (r[0] < end) {
                gap.replace(r[0], end, " ");
                last = r[0];
            }
        }
        String rest = BRACKETS.matcher(gap).replaceAll(" ");
        rest = TIES.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("[\\s\\u00a0]+", " ");
        return SEPARATOR.matcher(rest).matches();
    }

    /** The item and those of its kind listed right before it in the sentence ("Volcano和Karmada", "CNCF和Linux基金会"). */
    static List<Mention> listEndingWith(AnnotatedText text, Sentence s, Mention last, Predicate<Mention> kind) {
        List<Mention> out = new ArrayList<>(List.of(last));
        Mention first = last;
        while (true) {
            java.util.Optional<Mention> previous = text.lastIn(s.begin(), first.begin(), kind);
            if (previous.isEmpty() || !joins(text, previous.get().end(), first.begin(), kind)) {
                return out;
            }
            first = previous.get();
            out.add(0, first);
        }
    }

    /** The item of a kind that starts at {@code at} and those listed after it in the sentence. */
    static List<Mention> listFrom(AnnotatedText text, Sentence s, int at, Predicate<Mention> kind) {
        List<Mention> out = new ArrayList<>();
        java.util.Optional<Mention> first = text.startingAt(at, kind);
        if (first.isEmpty()) {
            return out;
        }
        Mention last = first.get();
        out.add(last);
        for (Mention next : text.in(last.end(), s.end(), kind)) {
            if (!joins(text, last.end(), next.begin(), kind)) {
                break;
            }
            out.add(next);
            last = next;
        }
        return out;
    }
}
