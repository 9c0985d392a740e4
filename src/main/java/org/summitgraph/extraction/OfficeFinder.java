package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation is where it keeps an office: "Halyard is headquartered in Austin, with an engineering office in
 * Toronto", "Tessellate Pay … with engineering hubs in Bangalore and Kraków", "at the Lulu office in Morrisville",
 * "Quillon's Seattle office", and in an interview "I'm in the Seattle office" (the speaker's organisation). A home
 * office is where a person works, and a plan ("will open an office") is left to the reader.
 */
final class OfficeFinder implements RelationFinder {

    private static final String METHOD = "pattern:office-in";
    private static final String OFFICE = "(?:offices?|R&D (?:cent(?:er|re)s?|hubs?)|development cent(?:er|re)s?|"
            + "engineering (?:offices?|hubs?|cent(?:er|re)s?|teams?)|research labs?|labs?)";
    /** "with a second office in Berlin", "has offices in Berlin and Austin": the organisation is the clause's. */
    private static final Pattern HAS_OFFICE = Pattern.compile("\\b(?:has|have|had|with|opened|runs|keeps|maintains)\\s+"
            + "(?:an?\\s+|a\\s+second\\s+|its\\s+|their\\s+|new\\s+)?(?:(?!home\\b)[\\w&-]+\\s+){0,2}?" + OFFICE + "\\s+in\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "the Lulu office in Morrisville", "Google's office in Zurich": the organisation names the office. */
    private static final Pattern NAMED_OFFICE = Pattern.compile("^(?:['’]s?)?\\s+(?:(?!home\\b)[\\w-]+\\s+)?" + OFFICE + "\\s+in\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "Quillon's Seattle office": the place between the possessive and the office. */
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\s+$");
    private static final Pattern OFFICE_AFTER_PLACE = Pattern.compile("^\\s+(?:office|offices|headquarters|campus|R&D cent(?:er|re)|"
            + "engineering (?:office|hub|cent(?:er|re))|lab)\\b", Pattern.CASE_INSENSITIVE);
    /** "I'm in the Seattle office", "five of us from the Rotterdam office", "our Singapore office". */
    private static final Pattern OUR_OFFICE = Pattern.compile("(?:\\b(?:in|from|at|of)\\s+the|\\b(?<our>our))\\s+$", Pattern.CASE_INSENSITIVE);
    /** "the Seattle office" is the speaker's only where the sentence speaks in the first person. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I'm|I’m|we|we're|we’re|us|my)\\b");
    /** A name after these is the object of a preposition, seldom the one whose offices the clause tells of. */
    private static final Pattern OBJECT_OF = Pattern.compile("\\b(?:of|at|for|with|from|by|to|in|on|joined|joining)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final QuickFind OFFICE_WORDS = new QuickFind(Pattern.compile("(?i)\\b(?:office|hub|cent(?:er|re)|lab|headquarters|campus)"));

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            if (!OFFICE_WORDS.in(t, s.begin(), s.end()).find()) {
                continue;
            }
            for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
                Matcher has = HAS_OFFICE.matcher(t).region(LookBack.from(s.begin(), place.begin(), 70), place.begin());
                if (has.find()) {
                    int cue = has.start();
                    holder(text, s, cue).ifPresent(org -> offices(text, s, place)
                            .forEach(p -> out.add(Clauses.fact(org.entity(), SG.locatedIn, p.entity(), s, METHOD, 0.7))));
                }
                Matcher after = OFFICE_AFTER_PLACE.matcher(t).region(place.end(), s.end());
                if (after.lookingAt()) {
                    // "Quillon's Seattle office"
                    text.lastIn(LookBack.from(s.begin(), place.begin(), 40), place.begin(), Clauses.ORGANIZATION)
                            .filter(org -> POSSESSIVE.matcher(t.substring(org.end(), place.begin())).matches())
                            .or(() -> ourOffice(text, s, place))
                            .ifPresent(org -> out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, METHOD, 0.65)));
                }
            }
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                Matcher named = NAMED_OFFICE.matcher(t).region(org.end(), s.end());
                if (named.lookingAt()) {
                    text.startingAt(named.end(), Clauses.PLACE).ifPresent(place ->
                            out.add(Clauses.fact(org.entity(), SG.locatedIn, place.entity(), s, METHOD, 0.7)));
                }
            }
        }
        return out;
    }

    /** "in Bangalore and Kraków": the places listed; in "in Lisbon, Portugal" the country only says where Lisbon is. */
    private static List<Mention> offices(AnnotatedText text, Sentence s, Mention first) {
        List<Mention> out = new ArrayList<>();
        Mention previous = null;
        for (Mention p : Coordination.listFrom(text, s, first.begin(), Clauses.PLACE)) {
            boolean container = previous != null && text.text().substring(previous.end(), p.begin()).strip().equals(",")
                    && text.knowledge().entity(p.entity().iri()).isPresent() && !text.knowledge().isInside(p.entity().iri());
            if (!container) {
                out.add(p);
            }
            previous = p;
        }
        return out;
    }

    /**
     * Whose office: the organisation named last before the cue, unless it stands after a preposition ("a member of the
     * CNCF … with a second office in Berlin"), when an earlier one that does not is the clause's subject.
     */
    private static Optional<Mention> holder(AnnotatedText text, Sentence s, int cue) {
        List<Mention> before = text.in(s.begin(), cue, Clauses.ORGANIZATION);
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            if (!OBJECT_OF.matcher(text.text()).region(LookBack.from(s.begin(), m.begin(), 20), m.begin()).find()) {
                return Optional.of(m);
            }
        }
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    /** "I'm in the Seattle office": in an interview or a first-person piece, the speaker's organisation. */
    private static Optional<Mention> ourOffice(AnnotatedText text, Sentence s, Mention place) {
        Matcher our = OUR_OFFICE.matcher(text.text()).region(LookBack.from(s.begin(), place.begin(), 12), place.begin());
        if (!our.find() || our.group("our") == null
                && !FIRST_PERSON.matcher(text.text()).region(s.begin(), place.begin()).find()) {
            return Optional.empty();
        }
        // "Quillon is a Stockholm company — I'm in the Seattle office": the organisation the speaker has just named
        return text.lastIn(s.begin(), place.begin(), Clauses.ORGANIZATION)
                .or(() -> text.voiceAt(place.begin()).map(InterviewVoices::organization));
    }
}
