package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rumour the text reports and then denies states nothing: "Reports that the CNCF would open an office in Bengaluru
 * were denied by its spokesperson", "网传华为终端获得了该奖。经核实，该消息不实。". A statement about something the sentence
 * names only inside the rumour, from its marker to the denial (or to the end of its sentence when the denial follows
 * in the next), is dropped; what the sentence says outside it ("denied by CNCF spokesperson Deepa Nair") stands.
 */
final class DeniedRumours {

    private static final QuickFind RUMOUR = new QuickFind(Pattern.compile("(?i)\\b(?:rumou?rs?|rumou?red|gossip|speculation|hearsay|"
            + "reports?(?= (?:in|that|of)\\b)|it was said)\\b|网传|传闻|传言|有消息称|据传|坊间|小道消息|有人说|有报道称"));
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:denied|denies|deny|denial|untrue|not true|no truth|"
            + "unfounded|just rumou?rs|baseless|false)\\b|不实|谣言|并不属实|不属实|没有这回事|辟谣|否认|子虚乌有|并非事实|并无此事");
    /** How far into the next sentence a denial may stand: "经核实，该消息不实". */
    private static final int NEXT_REACH = 40;

    private DeniedRumours() {
    }

    /** Drops the statements made inside a denied rumour. */
    static void drop(AnnotatedText text, Map<String, Fact> facts) {
        List<int[]> spans = spans(text);
        if (!spans.isEmpty()) {
            facts.values().removeIf(f -> spans.stream().anyMatch(span -> inside(text, f, span)));
        }
    }

    private static List<int[]> spans(AnnotatedText text) {
        List<int[]> out = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        for (Sentence s : sentences) {
            QuickFind.Matches rumour = RUMOUR.in(text.text(), s.begin(), s.end());
            if (!rumour.find()) {
                continue;
            }
            Matcher denial = DENIAL.matcher(text.text()).region(rumour.end(), s.end());
            if (denial.find()) {
                out.add(new int[]{rumour.start(), denial.start()});
            } else if (s.index() + 1 < sentences.size()) {
                Sentence next = sentences.get(s.index() + 1);
                if (DENIAL.matcher(text.text()).region(next.begin(), Math.min(next.end(), next.begin() + NEXT_REACH)).find()) {
                    out.add(new int[]{rumour.start(), s.end()});
                }
            }
        }
        return out;
    }

    /**
     * Whether the statement's sentence holds the span and one of its ends is named in the sentence only inside it
     * ("网传华为终端获得本奖项": the award is named elsewhere, the winner only in the rumour).
     */
    private static boolean inside(AnnotatedText text, Fact f, int[] span) {
        Sentence s = f.sentence();
        if (s.begin() > span[0] || s.end() < span[1]) {
            return false;
        }
        return onlyInside(text, s, span, f.subject()) || onlyInside(text, s, span, f.object());
    }

    private static boolean onlyInside(AnnotatedText text, Sentence s, int[] span, String iri) {
        boolean in = false;
        for (Mention m : text.in(s.begin(), s.end(), m -> m.entity().iri().equals(iri))) {
            if (m.begin() < span[0] || m.end() > span[1]) {
                return false;
            }
            in = true;
        }
        return in;
    }
}
