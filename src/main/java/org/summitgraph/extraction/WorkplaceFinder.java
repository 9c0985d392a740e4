package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a person works, told by the place rather than a title: "His team at Red Hat maintains Podman" (the person
 * the pronoun points at works there), "She works in Arcturus's Lisbon office", "works out of the Nordhafen office in
 * Kiel". A former team or office ("her old team at …") is not where they work now.
 */
final class WorkplaceFinder implements RelationFinder {

    static final String METHOD = "pattern:works-in-office";
    /** "His team at", "her own platform team at". */
    private static final Pattern TEAM_AT = Pattern.compile("\\b(?:[Hh]is|[Hh]er)\\s+(?!(?:former|old|previous|last|first)\\b)"
            + "(?:own\\s+)?(?:[a-z][a-z-]*\\s+){0,2}?team\\s+at\\s+(?:the\\s+)?");
    /** "works in", "works at", "works out of", "is based in" before the organisation whose office it is. */
    private static final Pattern WORKS_IN = Pattern.compile("\\b(?:works|worked|is\\s+based|are\\s+based)\\s+(?:in|at|from|out\\s+of)\\s+(?:the\\s+)?");
    /** After the organisation: its office, with the place before it or after ("'s Brno office", " office in Kiel"). */
    private static final Pattern OFFICE = Pattern.compile("(?:['’]s)?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:office|offices|headquarters|campus|lab)\\b");
    /** Between the person and "works": nothing but a clause that goes on about them ("He is one of … and works in"). */
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s*(?:(?:also|now|still|currently)\\s+)?|\\s+[^.;:]{1,80}?\\s+and\\s+(?:(?:also|now)\\s+)?");
    private static final int PRONOUN_REACH = 400;

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        for (Sentence s : text.sentences()) {
            Matcher team = TEAM_AT.matcher(all).region(s.begin(), s.end());
            while (team.find()) {
                Optional<Mention> organization = text.startingAt(team.end(), Clauses.ORGANIZATION);
                Optional<Mention> person = text.lastPersonReferent(team.start(), PRONOUN_REACH);
                if (organization.isPresent() && person.isPresent()) {
                    out.add(Clauses.fact(person.get().entity(), SG.worksFor, organization.get().entity(), s, METHOD, 0.6));
                }
            }
            Matcher works = WORKS_IN.matcher(all).region(s.begin(), s.end());
            while (works.find()) {
                int verb = works.start();
                Optional<Mention> organization = text.startingAt(works.end(), Clauses.ORGANIZATION)
                        .filter(o -> OFFICE.matcher(all).region(o.end(), s.end()).lookingAt());
                Optional<Mention> person = text.lastIn(s.begin(), verb, Clauses.PERSON)
                        .filter(p -> SUBJECT_GAP.matcher(all).region(p.end(), verb).matches()
                                && text.in(p.end(), verb, Clauses.PERSON).isEmpty());
                if (organization.isPresent() && person.isPresent()) {
                    out.add(Clauses.fact(person.get().entity(), SG.worksFor, organization.get().entity(), s, METHOD, 0.65));
                }
            }
        }
        return out;
    }
}
