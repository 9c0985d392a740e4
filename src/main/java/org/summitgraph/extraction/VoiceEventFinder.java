package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the person an interview speaks with says of themselves about the event it is about: "周二我在AI分论坛讲了开源大模型的治理",
 * "我和同事屠嘉禾一起讲了…" (the colleague too), "I co-presented a talk on Nova cells" speak there; "我第一次参加KubeCon",
 * "I attended every keynote" attend it. "I" is the interviewee ({@link InterviewVoices#person()}); a first-person report
 * whose writer the text does not name says nothing here.
 */
final class VoiceEventFinder implements RelationFinder {

    static final String METHOD = "pattern:voice-";
    /** "我" that is not "我们", then, in the same clause, what they did there. */
    private static final Pattern I_ZH = Pattern.compile("我(?!们)(?<with>和(?:同事)?)?");
    private static final Pattern SPEAK_ZH = Pattern.compile("讲了|演讲|分享了|主持了|同台|上台|做了[^，。；]{0,8}?(?:分享|报告)");
    private static final Pattern ATTEND_ZH = Pattern.compile("参加了?|来了|去了|参会|在会场|到了会场");
    private static final Pattern I_EN = Pattern.compile("\\bI\\b(?:\\s+(?:also|then|later|finally|first))?\\s+");
    private static final Pattern SPEAK_EN = Pattern.compile("(?:gave|presented|co-presented|delivered|ran|hosted|spoke|keynoted)\\b");
    private static final Pattern ATTEND_EN = Pattern.compile("(?:attended|went to|came to|flew to|flew in for)\\b");
    private static final int REACH_ZH = 16;

    @Override
    public List<Fact> find(AnnotatedText text) {
        Optional<Entity> event = text.about();
        if (event.isEmpty()) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Optional<Mention> voice = text.voiceAt(s.begin()).map(InterviewVoices::person).filter(java.util.Objects::nonNull);
            if (voice.isEmpty()) {
                continue;
            }
            if (text.isChinese()) {
                chinese(text, s, voice.get().entity(), event.get(), out);
            } else {
                english(text, s, voice.get().entity(), event.get(), out);
            }
        }
        return out;
    }

    private static void chinese(AnnotatedText text, Sentence s, Entity voice, Entity event, List<Fact> out) {
        Matcher i = I_ZH.matcher(text.text()).region(s.begin(), s.end());
        while (i.find()) {
            int clauseEnd = Clauses.clauseEnd(text.text(), i.end(), Math.min(s.end(), i.end() + REACH_ZH + 12));
            List<Entity> who = new ArrayList<>(List.of(voice));
            int from = i.end();
            if (i.group("with") != null) {
                // "我和同事屠嘉禾一起讲了": the colleague did it too
                Optional<Mention> colleague = text.startingAt(i.end(), Clauses.PERSON);
                if (colleague.isEmpty()) {
                    continue;
                }
                who.add(colleague.get().entity());
                from = colleague.get().end();
            } else if (!text.in(i.end(), clauseEnd, Clauses.PERSON).isEmpty()) {
                continue; // "我碰到了白若溪": someone else is the one met
            }
            if (Negation.within(text.text().substring(i.start(), clauseEnd))) {
                continue;
            }
            Property said = said(SPEAK_ZH, ATTEND_ZH, text.text(), from, Math.min(clauseEnd, from + REACH_ZH));
            if (said != null) {
                for (Entity e : who) {
                    out.add(Clauses.fact(e, said, event, s, METHOD + (said.equals(SG.speaksAt) ? "speaks" : "attends"), 0.6));
                }
            }
        }
    }

    private static void english(AnnotatedText text, Sentence s, Entity voice, Entity event, List<Fact> out) {
        Matcher i = I_EN.matcher(text.text()).region(s.begin(), s.end());
        while (i.find()) {
            // "I gave", "I attended": the verb right after "I", so "I never attended" says nothing
            Property said = SPEAK_EN.matcher(text.text()).region(i.end(), s.end()).lookingAt() ? SG.speaksAt
                    : ATTEND_EN.matcher(text.text()).region(i.end(), s.end()).lookingAt() ? SG.attends : null;
            if (said != null) {
                out.add(Clauses.fact(voice, said, event, s, METHOD + (said.equals(SG.speaksAt) ? "speaks" : "attends"), 0.6));
            }
        }
    }

    /** Speaking if a speaking word comes first in [from, to), attending if an attending one does, else null. */
    private static Property said(Pattern speak, Pattern attend, String text, int from, int to) {
        Matcher sp = speak.matcher(text).region(from, to);
        Matcher at = attend.matcher(text).region(from, to);
        int s = sp.find() ? sp.start() : Integer.MAX_VALUE;
        int a = at.find() ? at.start() : Integer.MAX_VALUE;
        return s == Integer.MAX_VALUE && a == Integer.MAX_VALUE ? null : s <= a ? SG.speaksAt : SG.attends;
    }
}
