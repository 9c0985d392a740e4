package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Employers named by what is said about employment rather than by a title: "his employer, Fremont Capital, froze all
 * travel", "Kim Park's former employer Red Hat", "Jonas left Quillon for Databricks in the spring" (the one left for
 * is the employer now; the one left is another rule's).
 */
final class EmployerPhraseFinder implements RelationFinder {

    /** "his employer, ", "her former employer", "Kim Park's employer": whose employer, and whether a past one. */
    private static final Pattern EMPLOYER = Pattern.compile("\\b(?:(?<pronoun>[Hh]is|[Hh]er)|(?:'s|’s))\\s+"
            + "(?:(?<past>former|previous|old|last|ex-)\\s*|(?:new|current|present)\\s+)?employer\\s*(?:,|—|–|\\bis\\b|\\bwas\\b)?\\s*");
    /** "left Quillon for Databricks": between the two organisations. */
    private static final Pattern LEFT = Pattern.compile("\\b(?:left|leaves|quit|quits|departed|departs)\\s+(?:the\\s+)?");
    private static final Pattern FOR = Pattern.compile("\\s+for\\s+(?:the\\s+)?");
    private static final int PRONOUN_REACH = 300;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            Matcher employer = EMPLOYER.matcher(t).region(s.begin(), s.end());
            while (employer.find()) {
                Optional<Mention> person = employer.group("pronoun") != null
                        ? text.lastPersonReferent(employer.start(), PRONOUN_REACH)
                        : text.endingAt(employer.start(), Clauses.PERSON);
                Optional<Mention> org = text.startingAt(employer.end(), Clauses.ORGANIZATION);
                if (person.isPresent() && org.isPresent()) {
                    out.add(Clauses.fact(person.get().entity(), employer.group("past") != null ? SG.formerlyWorkedFor : SG.worksFor,
                            org.get().entity(), s, "pattern:person-s-employer", 0.7));
                }
            }
            Matcher left = LEFT.matcher(t).region(s.begin(), s.end());
            while (left.find()) {
                Optional<Mention> person = text.lastIn(LookBack.from(s.begin(), left.start(), 40), left.start(), Clauses.PERSON)
                        .filter(p -> Clauses.sameClause(t, p.end(), left.start()));
                Optional<Mention> from = text.startingAt(left.end(), Clauses.ORGANIZATION);
                if (person.isEmpty() || from.isEmpty()) {
                    continue;
                }
                Matcher forOrg = FOR.matcher(t).region(from.get().end(), s.end());
                if (forOrg.lookingAt()) {
                    text.startingAt(forOrg.end(), m -> m.entity().kind() == EntityKind.COMPANY)
                            .ifPresent(to -> out.add(Clauses.fact(person.get().entity(), SG.worksFor, to.entity(), s,
                                    "pattern:left-organization-for-organization", 0.7)));
                }
            }
        }
        return out;
    }
}
