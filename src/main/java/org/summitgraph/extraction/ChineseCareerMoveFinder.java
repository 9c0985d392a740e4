package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A move between employers told without a title: "她去年从阿里云跳槽来到知衡" (worked at the first, works at the second
 * now), "我的同事刘洋从美团离职" (worked there before). The title taken up, when there is one, is
 * {@link ChineseJobMoveFinder}'s.
 */
final class ChineseCareerMoveFinder implements RelationFinder {

    static final String METHOD = "pattern:moved-from-to";
    private static final Pattern FROM = Pattern.compile("从\\s*");
    /** Between the two employers: "跳槽来到", "跳槽到", "转投", "离职后加入". */
    private static final Pattern MOVED_TO = Pattern.compile("\\s*(?:跳槽|转投|跳到|转到|离职后?|离开后?)\\s*(?:来到|到了?|至|加入了?|加盟)?\\s*");
    /** "从美团离职", "从美图离开": the employer left, with none named after it. */
    private static final Pattern LEFT = Pattern.compile("\\s*(?:离职|离开|辞职)");
    private static final Pattern PRONOUN = Pattern.compile("[他她](?![们人])");
    private static final int PRONOUN_REACH = 300;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        for (Sentence s : text.sentences()) {
            jumpedTo(text, s, out);
            Matcher from = FROM.matcher(all).region(s.begin(), s.end());
            while (from.find()) {
                Optional<Mention> left = text.startingAt(from.end(), Clauses.ORGANIZATION)
                        .filter(o -> o.entity().kind() == EntityKind.COMPANY || o.entity().kind() == EntityKind.ORGANIZATION);
                if (left.isEmpty() || Clauses.isGroup(left.get().entity())) {
                    continue;
                }
                Optional<Entity> person = subject(text, s, from.start());
                if (person.isEmpty()) {
                    continue;
                }
                Matcher moved = MOVED_TO.matcher(all).region(left.get().end(), s.end());
                if (moved.lookingAt()) {
                    Optional<Mention> joined = text.startingAt(moved.end(), m -> m.entity().kind() == EntityKind.COMPANY)
                            .filter(o -> !o.entity().iri().equals(left.get().entity().iri()));
                    if (joined.isEmpty() && !LEFT.matcher(all).region(left.get().end(), s.end()).lookingAt()) {
                        continue; // "从华为转到了存储方向": a move within, no employer left
                    }
                    out.add(Clauses.fact(person.get(), SG.formerlyWorkedFor, left.get().entity(), s, METHOD, 0.65));
                    joined.ifPresent(j -> out.add(Clauses.fact(person.get(), SG.worksFor, j.entity(), s, METHOD, 0.65)));
                } else if (LEFT.matcher(all).region(left.get().end(), s.end()).lookingAt()) {
                    out.add(Clauses.fact(person.get(), SG.formerlyWorkedFor, left.get().entity(), s, METHOD, 0.6));
                }
            }
        }
        return out;
    }

    /** "他去年跳槽去了小红书", "王海涛跳槽到星河云": a move told by where it led, with no employer left named. */
    private static final Pattern JUMPED_TO = Pattern.compile("(?:跳槽|转投)\\s*(?:去了|到了?|来到|至|加入了?|加盟了?)?\\s*");

    private static void jumpedTo(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher jumped = JUMPED_TO.matcher(text.text()).region(s.begin(), s.end());
        while (jumped.find()) {
            int clause = Clauses.clauseStart(text.text(), jumped.start(), s.begin());
            if (text.text().substring(clause, jumped.start()).contains("从")) {
                continue; // "从阿里云跳槽来到知衡": both employers, read below
            }
            Optional<Mention> joined = text.startingAt(jumped.end(), m -> m.entity().kind() == EntityKind.COMPANY);
            Optional<Entity> person = joined.isEmpty() ? Optional.empty() : subject(text, s, jumped.start());
            person.ifPresent(p -> out.add(Clauses.fact(p, SG.worksFor, joined.get().entity(), s, METHOD, 0.65)));
        }
    }

    /** Who moved: the person named last in the clause before "从", or the one a pronoun there stands for. */
    private static Optional<Entity> subject(AnnotatedText text, Sentence s, int at) {
        int clause = Clauses.clauseStart(text.text(), at, s.begin());
        Optional<Mention> named = text.lastIn(clause, at, Clauses.PERSON);
        if (named.isPresent()) {
            return named.map(Mention::entity);
        }
        Matcher pronoun = PRONOUN.matcher(text.text()).region(clause, at);
        if (pronoun.find()) {
            return text.lastPersonReferent(pronoun.start(), PRONOUN_REACH).map(Mention::entity);
        }
        return Optional.empty();
    }
}
