package org.summitgraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Borealis Rail names former Red Hat product lead Marta Kowalczyk VP of Engineering", "Acme appointed Jane Doe chief
 * financial officer": a press release's appointment with the title written straight after the person, no "as" between
 * (the "as" form is {@link RoleFinder}'s). The organisation that appoints is the subject right before the verb.
 */
final class AppointedTitle {

    private static final Pattern APPOINTS = Pattern.compile("\\b(?:names|named|appoints|appointed|taps|tapped|promotes|promoted)\\s+");
    /** Between the organisation and its verb: "has", "today", "on Monday"; no clause of its own. */
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s*(?:(?:has|have|today|on\\s+\\p{Lu}\\p{Ll}+day|this\\s+week)\\s+){0,2}");
    /** A verb in the passive ("was named", "has been appointed"): the person is before it, not after. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|is|are|been|being|be)\\s+$");
    /** What may stand between the verb and the person: words, not a clause's end or another list. */
    private static final Pattern NO_CLAUSE = Pattern.compile("[^,;:.()\\n]*");

    private AppointedTitle() {
    }

    static boolean find(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        if (text.isChinese()) {
            return false;
        }
        Optional<Mention> person = text.endingAt(t.begin(), Clauses.PERSON);
        if (person.isEmpty() || person.get().begin() < s.begin()) {
            return false;
        }
        Matcher verb = APPOINTS.matcher(text.text()).region(s.begin(), person.get().begin());
        int at = -1;
        int verbEnd = -1;
        while (verb.find()) {
            at = verb.start();
            verbEnd = verb.end();
        }
        if (at < 0 || !NO_CLAUSE.matcher(text.text()).region(verbEnd, person.get().begin()).matches()
                || PASSIVE_BEFORE.matcher(text.text()).region(s.begin(), at).find()
                || !text.in(verbEnd, person.get().begin(), Clauses.PERSON).isEmpty()) {
            return false;
        }
        int verbAt = at;
        Optional<Mention> organization = text.lastIn(s.begin(), verbAt, Clauses.ORGANIZATION)
                .filter(o -> SUBJECT_GAP.matcher(text.text()).region(o.end(), verbAt).matches());
        if (organization.isEmpty()) {
            return false;
        }
        RoleFinder.add(text, person.get().entity(), t.title(), organization.get().entity(), s,
                "pattern:target-names-name-title", 0.75, out);
        return true;
    }
}
