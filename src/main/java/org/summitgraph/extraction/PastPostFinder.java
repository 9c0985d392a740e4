package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A post the clause marks as past, at the organisation written right after the mark: "他曾任IBM中国研究院研究员",
 * "之前是LF AI & Data基金会的执行董事", "再往前在三星研究院负责开源团队", "加入云栈之前，在阿里云负责…", "after stints at
 * Dell and Ericsson", "Before that I was at Siemens". The person worked there before; the title held there (which
 * the role finders also read) is no present role, and {@link Extractor} drops it for this reading.
 */
final class PastPostFinder implements RelationFinder {

    static final String METHOD = "pattern:past-post";
    /** The mark of a past time, then the verb of holding a post or being somewhere; the organisation must follow at once. */
    private static final Pattern PAST_ZH = Pattern.compile("(?:曾经|之前|此前|以前|早年|早些年|再往前|更早(?:时候|些时候)?)"
            // "加入数擎之前，她在华为工作了六年": the pronoun after the mark is the subject
            + "[，,]?\\s*(?<who>[他她](?![们人]))?(?:也|还|则)?(?:曾)?(?:任职于|就职于|供职于|担任|任|是|在)\\s*|曾(?:任职于|就职于|担任|任|是)\\s*");
    private static final Pattern PAST_EN = Pattern.compile("(?i:\\bafter\\s+(?:a\\s+|two\\s+|three\\s+|several\\s+|brief\\s+|long\\s+)?"
            + "stints?\\s+(?:at|with)\\s+|\\bbefore\\s+(?:joining\\s+|moving\\s+to\\s+|coming\\s+to\\s+)?"
            // "Before that, I was at", "Before Red Hat she worked on storage systems at NetApp"
            + "(?:that|(?-i:\\p{Lu}[\\p{L}&.-]*(?:\\s\\p{Lu}[\\p{L}&.-]*){0,3})),?\\s+(?<who>I|he|she)\\s+"
            + "(?:was|worked(?:\\s+(?:on|in)\\s+[^.,;]{1,40}?)?|spent\\s+[^.,;]{1,30}?)\\s+(?:at|for|with)\\s+)"
            + "(?:the\\s+)?");
    /** Each searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind PAST_ZH_MARKS = new QuickFind(PAST_ZH);
    private static final QuickFind PAST_EN_MARKS = new QuickFind(PAST_EN);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\bI\\b");
    private static final Pattern PRONOUN = Pattern.compile("[他她](?![们人])|\\b(?:he|she|He|She)\\b");
    private static final int PRONOUN_REACH = 400;
    /** What may open a clause before the mark without being its subject: a year, a connective. */
    private static final Pattern SUBJECTLESS = Pattern.compile("[\\s\\d年月日而且并也还则但]*");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        QuickFind past = text.isChinese() ? PAST_ZH_MARKS : PAST_EN_MARKS;
        for (Sentence s : text.sentences()) {
            QuickFind.Matches m = past.in(text.text(), s.begin(), s.end());
            while (m.find()) {
                Optional<Mention> first = text.startingAt(m.end(), Clauses.ORGANIZATION);
                if (first.isEmpty()) {
                    continue;
                }
                String who = m.group("who");
                // "Before that she was at IBM": the pronoun the mark holds is the subject
                Optional<Entity> person = who == null ? holder(text, s, m.start()) : holder(text, s, m.start(), who);
                if (person.isEmpty()) {
                    continue;
                }
                for (Mention org : listedFrom(text, s, first.get())) {
                    out.add(Clauses.fact(person.get(), SG.formerlyWorkedFor, org.entity(), s, METHOD, 0.7));
                }
            }
        }
        return out;
    }

    /** "Dell and Ericsson": the organisation and those listed with it. */
    private static List<Mention> listedFrom(AnnotatedText text, Sentence s, Mention first) {
        List<Mention> listed = new ArrayList<>(List.of(first));
        Mention last = first;
        for (Mention next : text.in(first.end(), s.end(), Clauses.ORGANIZATION)) {
            if (!Coordination.joins(text, last.end(), next.begin(), Clauses.ORGANIZATION)) {
                break;
            }
            listed.add(next);
            last = next;
        }
        return listed;
    }

    private static Optional<Entity> holder(AnnotatedText text, Sentence s, int mark, String pronoun) {
        // "before Red Hat she": the one the pronoun stands for, named before the sentence or in it before the mark
        Optional<Mention> named = text.lastIn(s.begin(), mark, Clauses.PERSON);
        if (!pronoun.equals("I") && named.isPresent()) {
            return named.map(Mention::entity);
        }
        return pronoun.equals("I") ? speaker(text, s, mark)
                : text.lastPersonReferent(s.begin(), PRONOUN_REACH).map(Mention::entity);
    }

    /** "Before that I was at Siemens," said Elena Petrova: the speaker, named after the quote or by the interview. */
    private static Optional<Entity> speaker(AnnotatedText text, Sentence s, int mark) {
        return text.in(mark, s.end(), Clauses.PERSON).stream().findFirst().map(Mention::entity)
                .or(() -> text.voiceAt(mark).map(InterviewVoices::person).filter(Objects::nonNull).map(Mention::entity));
    }

    /**
     * Who held the post: the person the sentence names before the mark (a pronoun counts as its person); in a
     * sentence without one, the person a pronoun points back to, the speaker of an "I", else the paragraph's person.
     */
    private static Optional<Entity> holder(AnnotatedText text, Sentence s, int mark) {
        Optional<Mention> named = text.lastIn(s.begin(), mark, Clauses.PERSON);
        if (named.isPresent()) {
            return named.map(Mention::entity);
        }
        String before = text.text().substring(s.begin(), mark);
        if (FIRST_PERSON.matcher(before).find()) {
            return speaker(text, s, mark);
        }
        if (PRONOUN.matcher(before).find()) {
            return text.lastPersonReferent(s.begin(), PRONOUN_REACH).map(Mention::entity);
        }
        // "…很多年了，之前是LF AI & Data基金会的执行董事": a clause without a subject goes on about the paragraph's person;
        // "这个项目之前是华为内部的项目" has a subject of its own, no one's past
        int clause = Clauses.clauseStart(text.text(), mark, s.begin());
        return text.isChinese() && SUBJECTLESS.matcher(text.text()).region(clause, mark).matches() ? text.topicPerson(s) : Optional.empty();
    }
}
