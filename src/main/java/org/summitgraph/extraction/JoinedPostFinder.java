package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post taken up where one joins or works, the title in a clause of its own: "邓思远已于本月正式加入北京才云科技，出任首席架构师",
 * "林知远目前任职于杭州的数栈云帆，担任首席架构师", "陈思远已于9月加入Linaro，担任Linaro消费电子组的技术负责人". The title is held in the
 * organisation joined, by the person the sentence names before the verb of joining (or the one "他"/"她" stands for).
 */
final class JoinedPostFinder implements RelationFinder {

    static final String METHOD = "pattern:joined-then-post";
    /** Joining or working at, right before the organisation (or a place and "的" before it). */
    private static final Pattern JOINED = Pattern.compile("(?:正式)?(?:加入了?|加盟了?|入职|任职于|就职于|供职于|效力于)\\s*");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind JOINS = new QuickFind(JOINED);
    /** "杭州的", "北京": a place written before the organisation's name, read over when no mention starts at the verb. */
    private static final int PLACE_BEFORE = 6;
    /** After the organisation: its name in brackets, the comma, an adverb, the verb of taking up a post. */
    private static final Pattern THEN_POST = Pattern.compile("\\s*(?:[(（][^()（）]{1,30}[)）])?\\s*[，,]\\s*(?:并|随后|后|现|目前|同时)?\\s*"
            + "(?:出任|担任|任|兼任|接任)\\s*");
    /** Between the verb and the title: a unit of the organisation ("Linaro消费电子组的"), no clause break. */
    private static final int UNIT_BEFORE_TITLE = 16;
    private static final Pattern NO_BREAK = Pattern.compile("[^，,。；;：:！!？?、\\n]*");
    /** "他", "她" opening the clause of joining: the person named last before. */
    private static final Pattern PRONOUN = Pattern.compile("[他她](?![们人])");
    private static final int PRONOUN_REACH = 300;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            QuickFind.Matches joined = JOINS.in(text.text(), s.begin(), s.end());
            while (joined.find()) {
                read(text, s, joined, out);
            }
        }
        return out;
    }

    private static void read(AnnotatedText text, Sentence s, QuickFind.Matches joined, List<Fact> out) {
        int from = joined.end();
        Optional<Mention> org = text.in(from, Math.min(s.end(), from + PLACE_BEFORE + 1), Clauses.ORGANIZATION).stream()
                .findFirst()
                .filter(o -> NO_BREAK.matcher(text.text()).region(from, o.begin()).matches());
        if (org.isEmpty()) {
            return;
        }
        Matcher post = THEN_POST.matcher(text.text()).region(org.get().end(), s.end());
        if (!post.lookingAt()) {
            return;
        }
        int at = post.end();
        int clauseEnd = Clauses.clauseEnd(text.text(), at, s.end());
        Optional<Titles.Found> title = Titles.findIn(text.text(), at, clauseEnd).stream()
                .filter(t -> t.begin() - at <= UNIT_BEFORE_TITLE)
                .filter(t -> NO_BREAK.matcher(text.text()).region(at, t.begin()).matches())
                .findFirst();
        Optional<Mention> person = holder(text, s, joined.start());
        if (title.isEmpty() || person.isEmpty()) {
            return;
        }
        RoleFinder.add(text, person.get().entity(), title.get().title(), org.get().entity(), s, METHOD, 0.7, out);
    }

    /** The subject: the person the sentence names last before joining, else the one a pronoun before it stands for. */
    private static Optional<Mention> holder(AnnotatedText text, Sentence s, int joinedAt) {
        Optional<Mention> named = text.lastIn(s.begin(), joinedAt, Clauses.PERSON);
        if (named.isPresent()) {
            return named;
        }
        if (!PRONOUN.matcher(text.text()).region(s.begin(), joinedAt).find()) {
            return Optional.empty();
        }
        return text.lastPersonReferent(s.begin(), PRONOUN_REACH);
    }
}
