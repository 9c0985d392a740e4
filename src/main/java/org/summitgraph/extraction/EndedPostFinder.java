package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English clauses that tell a post as over, with no "former" to say so: "Before Brightwater, Marcus worked at Intel"
 * (the job before the one named first), "he later ran Hyperledger for five years" (a post run for a span of time,
 * told in the past). The present perfect ("has run Hyperledger for five years") is a post still held and is not read.
 */
final class EndedPostFinder implements RelationFinder {

    static final String METHOD = "pattern:ended-post";
    private static final int PRONOUN_REACH = 300;
    /** "Before Brightwater, ", "Before joining Quillon, ": the time before the present job, then the person. */
    private static final Pattern BEFORE = Pattern.compile("\\bBefore\\s+(?:joining|moving\\s+to|coming\\s+to|starting\\s+at)?\\s*"
            + "(?:the\\s+)?[^,.;]{1,40}?,\\s*");
    /** "worked at", "was an engineer with", "spent six years at": what the person did then, and where. */
    private static final Pattern WORKED_AT = Pattern.compile("\\s+(?:worked|was|spent\\s+(?:\\w+\\s+){1,3}?(?:years?|decades?)|served)"
            + "\\s+(?:[\\w-]+\\s+){0,5}?(?:at|with|for)\\s+(?:the\\s+)?");
    /** "later ran", "led": a past-tense verb of running an organisation, said of the person just named or a pronoun. */
    private static final Pattern RAN = Pattern.compile("\\b(?:(?<pronoun>[Hh]e|[Ss]he)\\s+)?(?:later\\s+|then\\s+|also\\s+)?"
            + "(?:ran|led|headed|managed|chaired)\\s+(?:the\\s+)?");
    /** "for five years", "for nearly a decade": the span the post lasted, right after the organisation. */
    private static final Pattern FOR_SPAN = Pattern.compile("\\s+for\\s+(?:(?:more\\s+than|over|nearly|almost|about|some)\\s+)?"
            + "(?:\\w+\\s+(?:years|decades)|a\\s+decade|(?:a|one)\\s+year)\\b");
    private static final Pattern PERFECT_BEFORE = Pattern.compile("\\b(?:has|have|had)\\s+$");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            before(text, s, out);
            ranFor(text, s, out);
        }
        return out;
    }

    private static void before(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = BEFORE.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> person = text.startingAt(m.end(), Clauses.PERSON);
            if (person.isEmpty()) {
                continue; // "Before joining Quillon, she worked at IBM": the pronoun is the cue words' to read
            }
            Matcher worked = WORKED_AT.matcher(text.text()).region(person.get().end(), s.end());
            if (!worked.lookingAt()) {
                continue;
            }
            text.startingAt(worked.end(), Clauses.ORGANIZATION).filter(o -> !Clauses.isGroup(o.entity())).ifPresent(org ->
                    out.add(Clauses.fact(person.get().entity(), SG.formerlyWorkedFor, org.entity(), s, METHOD, 0.65)));
        }
    }

    private static void ranFor(AnnotatedText text, Sentence s, List<Fact> out) {
        Matcher m = RAN.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            Optional<Mention> org = text.startingAt(m.end(), Clauses.ORGANIZATION);
            if (org.isEmpty() || !FOR_SPAN.matcher(text.text()).region(org.get().end(), s.end()).lookingAt()
                    || PERFECT_BEFORE.matcher(text.text()).region(s.begin(), m.start()).find()) {
                continue;
            }
            Optional<Entity> person = m.group("pronoun") != null
                    ? text.lastPersonReferent(m.start(), PRONOUN_REACH).map(Mention::entity)
                    : text.endingAt(m.start(), Clauses.PERSON).map(Mention::entity)
                    .or(() -> sentenceSubject(text, s, m.start()));
            person.ifPresent(p -> out.add(Clauses.fact(p, SG.formerlyWorkedFor, org.get().entity(), s, METHOD, 0.6)));
        }
    }

    /**
     * "he co-founded Apache in 1999 and later ran Hyperledger": a verb coordinated after the subject's first one is the
     * subject's, named first in the sentence or standing behind its pronoun.
     */
    private static Optional<Entity> sentenceSubject(AnnotatedText text, Sentence s, int verb) {
        if (!AND_BEFORE.matcher(text.text()).region(s.begin(), verb).find()) {
            return Optional.empty();
        }
        Optional<Mention> named = text.in(s.begin(), verb, Clauses.PERSON).stream().findFirst();
        if (named.isPresent()) {
            return named.map(Mention::entity);
        }
        return SUBJECT_PRONOUN.matcher(text.text()).region(s.begin(), verb).find()
                ? text.lastPersonReferent(verb, PRONOUN_REACH).map(Mention::entity) : Optional.empty();
    }

    private static final Pattern AND_BEFORE = Pattern.compile("\\band\\s+$");
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?:^|[;:,]\\s*|\\.\\s+)(?:[Hh]e|[Ss]he)\\b|^\\s*(?:He|She)\\b");
}
