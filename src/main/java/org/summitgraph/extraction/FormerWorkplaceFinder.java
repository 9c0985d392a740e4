package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where someone worked before, told by the time they spent there or by where they came from: "a long-time Ceph
 * operator from his years at CERN", "after her decade at Google", "Rousseau arrives from Scaleway", "Chen joins from
 * Alibaba Cloud". And the post taken at the end of a move: "Minji Yoon, who has moved from Coupang to Kakao as a
 * senior SRE" holds that title at Kakao. A plan ("will arrive from") is no move made, and a company that "comes from"
 * somewhere is not read: only a person before the verb.
 */
final class FormerWorkplaceFinder implements RelationFinder {

    static final String METHOD = "pattern:former-workplace";
    /** "from his years at", "after her decade at", "during their time at": a stretch of working life, ended. */
    private static final Pattern YEARS_AT = Pattern.compile("\\b(?:from|after|during|in)\\s+(?<pronoun>his|her|their)\\s+"
            + "(?:(?:\\w+|\\d+)\\s+)?(?:years|decade|decades|stint|tenure|days|time)\\s+(?:at|with)\\s+(?:the\\s+)?");
    /** "arrives from Scaleway", "joins from Alibaba Cloud": the person right before the verb came from there. */
    private static final Pattern ARRIVES_FROM = Pattern.compile("(?<!will\\s)\\b(?:arrives|arrived|joins|joined|comes|came)\\s+"
            + "(?:to\\s+\\w+\\s+|here\\s+)?from\\s+(?:the\\s+)?");
    /** "has moved from Coupang to Kakao as a senior SRE": the post taken where the move ended. */
    private static final Pattern MOVED_AS = Pattern.compile("\\b(?:moved|moves|switched|jumped|went)\\s+from\\s+[^,.;:()]{1,40}?\\s+to\\s+(?:the\\s+)?");
    private static final Pattern AS = Pattern.compile("\\s+as\\s+(?:a|an|its|their|the)?\\s*");
    private static final int PRONOUN_REACH = 200;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            Matcher years = YEARS_AT.matcher(t).region(s.begin(), s.end());
            while (years.find()) {
                Optional<Mention> org = text.startingAt(years.end(), Clauses.ORGANIZATION);
                Optional<Mention> person = text.lastIn(s.begin(), years.start(), Clauses.PERSON)
                        .or(() -> text.lastPersonReferent(years.start(), PRONOUN_REACH));
                if (org.isPresent() && person.isPresent() && !Negation.before(t, Math.max(s.begin(), years.start() - 12), years.start())) {
                    out.add(Clauses.fact(person.get().entity(), SG.formerlyWorkedFor, org.get().entity(), s, METHOD, 0.6));
                }
            }
            Matcher arrives = ARRIVES_FROM.matcher(t).region(s.begin(), s.end());
            while (arrives.find()) {
                Optional<Mention> org = text.startingAt(arrives.end(), m -> m.entity().kind() == EntityKind.COMPANY);
                Optional<Mention> person = text.lastIn(s.begin(), arrives.start(), Clauses.PERSON)
                        .filter(p -> t.substring(p.end(), arrives.start()).isBlank());
                if (org.isPresent() && person.isPresent()) {
                    out.add(Clauses.fact(person.get().entity(), SG.formerlyWorkedFor, org.get().entity(), s, METHOD, 0.6));
                }
            }
            Matcher moved = MOVED_AS.matcher(t).region(s.begin(), s.end());
            while (moved.find()) {
                Optional<Mention> org = text.startingAt(moved.end(), Clauses.ORGANIZATION);
                Optional<Mention> person = text.lastIn(Math.max(s.begin(), moved.start() - 80), moved.start(), Clauses.PERSON);
                if (org.isEmpty() || person.isEmpty()) {
                    continue;
                }
                Matcher as = AS.matcher(t).region(org.get().end(), s.end());
                if (!as.lookingAt()) {
                    continue;
                }
                Titles.findIn(t, as.end(), Math.min(s.end(), as.end() + 40)).stream().findFirst()
                        .filter(f -> f.begin() == as.end() || t.substring(as.end(), f.begin()).matches("(?:senior|junior|principal|staff|lead)\\s+"))
                        .ifPresent(f -> out.add(new Fact(person.get().entity().iri(), SG.hasRole, org.get().entity().iri(),
                                f.title().name(), s, METHOD, 0.65)));
            }
        }
        return out;
    }
}
