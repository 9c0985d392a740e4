package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visit or a talk that was called off states no attendance and no talk, though the sentence holds the cue words of
 * both: "原定出席的CoreOS首席执行官Alex Polvi因行程冲突未能到场", "烽火通信原计划参展，因签证问题已确认不参加", "腾讯并未派员参会" (but not "没有设展台": no stand is no absence),
 * "Dmitri Volkov was due to speak but could not travel", "Kelpwise pulled out of the expo". Who did not come is the
 * nearest person (or organisation) before the word that calls it off, with those listed with it, reaching back to the
 * plan ("原定", "was due to") when there is one. Whoever stood in ("由产品副总裁许蔓代为出席", "Tom Fifield took the
 * session instead") is named after it and stays, as does anyone the sentence names again after it.
 */
final class CalledOffAttendance {

    /** The plan that did not happen: "原定出席的", "原计划参展", "was scheduled to keynote". */
    private static final Pattern PLAN = Pattern.compile("原定|原计划|原本(?:计划|打算|要)|本来(?:要|计划|打算)"
            + "|\\b(?:was|were|had been)\\s+(?:due|scheduled|set|slated|supposed|expected|booked)\\s+to\\b|\\bhad (?:planned|hoped) to\\b"
            + "|\\b(?:was|were) listed for\\b",
            Pattern.CASE_INSENSITIVE);
    /** The word that calls the visit or the talk off. */
    private static final Pattern CALLED_OFF = Pattern.compile(
            "(?:未能|无法|不能|没能|没有能|未)(?:按时)?(?:到场|出席|参会|成行|前来|赴会|来到现场|到会|参加|亲临)"
                    + "|(?:并未|并没有|没有|未|并不|不再)(?:在[^，,。；;]{1,8}?)?(?:派员|派人|派团)?(?:参会|出席|到场|参加本届|参加这次|来参会)"
                    + "|(?:确认|决定|宣布)不(?:参加|参会|参展|出席|来了)|缺席了?(?:本届|这次|今年的)?"
                    + "|(?:演讲|议题|分享|讲座|交流会|圆桌)[^，,。；;]{0,4}?取消|因[^，,。；;]{1,12}?取消"
                    + "|\\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|did not|didn't|never)\\s+(?:make it|attend|travel|come|"
                    + "show up|be there|get a visa|fly)\\b|\\b(?:pulled out|dropped out|withdrew|had to cancel|cancel(?:l)?ed (?:his|her|their|its|the) "
                    + "(?:talk|trip|keynote|session|travel|appearance|booth|stand))\\b"
                    // "was supposed to be on this panel but stayed in Tokyo", "had a talk accepted but had to withdraw", "but his
                    // flight was cancelled", "but is stuck at O'Hare"
                    + "|\\bbut\\s+(?:[\\w'’,]+\\s+){0,14}?(?:stayed|remained|is stuck|was stuck|got stuck|had to withdraw|withdrew|"
                    + "(?:was|were|got) cancel(?:l)?ed)\\b"
                    // "A session from Fernhill was pulled from the program", "the keynote from Priya Raman has been dropped", "will not travel"
                    + "|\\b(?:was|were|has been|have been|had been)\\s+(?:pulled|dropped|scrapped)\\b|\\bpulled from the (?:program|programme|"
                    + "schedule|agenda|line-?up)\\b|\\b(?:will|would) not (?:travel|attend|come|make it|be there)\\b|\\bwon't (?:travel|attend|come|make it)\\b"
                    // "他这次没有来", "陈齐彦这次没有到欧洲", "他因为行程冲突没能来"
                    + "|没(?:有|能)?(?:来|到)(?![自底了过])",
            Pattern.CASE_INSENSITIVE);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind CALLED_OFF_CUES = new QuickFind(CALLED_OFF);
    private static final int ZH_REACH = 50;
    private static final int EN_REACH = 120;

    private CalledOffAttendance() {
    }

    /** Drops the attendance and talks of whoever a called-off visit or talk is told of. */
    static void drop(AnnotatedText text, Map<String, Fact> facts) {
        facts.values().removeIf(f -> (f.predicate().equals(SG.attends) || f.predicate().equals(SG.speaksAt))
                && calledOff(text, f.sentence(), f.subject()));
    }

    /**
     * Whether a marker in the sentence calls off the visit of the entity: it is the nearest of its kind before the
     * marker (or listed with that one), and the sentence does not name it again after the marker.
     */
    private static boolean calledOff(AnnotatedText text, Sentence s, String iri) {
        String all = text.text();
        QuickFind.Matches off = CALLED_OFF_CUES.in(all, s.begin(), s.end());
        while (off.find()) {
            List<Mention> named = text.in(s.begin(), s.end(), m -> m.entity().iri().equals(iri));
            // named again after the marker, the visit happened after all; a pronoun back to it ("她负责的Demo改由…演示",
            // "his talk was given by a colleague") only goes on about the one who did not come
            if (named.isEmpty() || named.stream().anyMatch(m -> m.end() > off.start() && !m.anaphoric())) {
                continue;
            }
            java.util.function.Predicate<Mention> kind = named.get(0).entity().kind() == EntityKind.PERSON
                    ? Clauses.PERSON : Clauses.ORGANIZATION;
            int from = Math.max(s.begin(), off.start() - (text.isChinese() ? ZH_REACH : EN_REACH));
            Matcher plan = PLAN.matcher(all).region(s.begin(), off.start());
            while (plan.find()) {
                // "原定出席的…Alex Polvi因行程冲突未能到场": whom the plan was for stands after it, or just before it
                from = Math.min(from, Clauses.clauseStart(all, plan.start(), s.begin()));
            }
            List<Mention> before = text.in(from, off.start(), kind);
            if (before.isEmpty()) {
                continue;
            }
            Mention nearest = before.get(before.size() - 1);
            List<Mention> listed = new ArrayList<>(List.of(nearest));
            for (int i = before.size() - 2; i >= 0 && Coordination.joins(text, before.get(i).end(), listed.get(0).begin(), kind); i--) {
                listed.add(0, before.get(i));
            }
            if (listed.stream().anyMatch(m -> m.entity().iri().equals(iri))) {
                return true;
            }
        }
        return false;
    }
}
