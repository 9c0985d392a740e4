package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a unit or a line of work whose organisation the clause does not name but points back to: "Marcus
 * Boyd, who runs the bank's new open source program office", "Dr. Renee Castillo, who runs clinical informatics
 * there". The organisation is the one the text named last before the person, in that sentence or the one before; the
 * person heads what is named there ("Head of OSPO", "Head of Clinical Informatics") and works there.
 */
final class HeadThereFinder implements RelationFinder {

    static final String METHOD = "pattern:name-heads-unit-there";
    /** ", who runs", ", who now heads": the person named right before the relative clause. */
    private static final Pattern WHO_RUNS = Pattern.compile("\\s*,\\s*who\\s+(?:now\\s+|also\\s+|currently\\s+)?(?<verb>runs|heads|leads|manages)\\s+");
    /** "the bank's new open source program office": an organisation's unit, the organisation written as what it is. */
    private static final Pattern KIND_UNIT = Pattern.compile("the\\s+(?<kind>company|bank|firm|insurer|hospital|retailer|start-?up|"
            + "lender|carrier|university|agency|operator)(?:'s|’s)\\s+(?:new\\s+|own\\s+|small\\s+|global\\s+)?"
            + "(?<what>(?:[a-z][a-z-]*\\s+){1,4}?)(?<unit>team|group|department|division|office|unit|practice|lab)\\b");
    /** "clinical informatics there": a line of work, in lower case with no article, at the place last named. */
    private static final Pattern FUNCTION_THERE = Pattern.compile("(?!(?:the|a|an|its|their|his|her|our|this|that|it|things|"
            + "everything|most|much|some)\\b)(?<what>(?:[a-z][a-z-]*\\s+){1,3}?)there\\b");
    /** What a person heads as a post, not a task: the last word of a line of work. */
    private static final Pattern LINE_OF_WORK = Pattern.compile("\\b(?:engineering|operations|research|strategy|marketing|security|"
            + "informatics|analytics|infrastructure|communications|finance|compliance|design|development|sales)$");
    private static final Pattern OSPO = Pattern.compile("open[ -]source program(?:me)?s?\\s+office");
    private static final Pattern BANK_NAME = Pattern.compile("(?i)\\bbank$|银行$");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            for (Mention person : text.in(s.begin(), s.end(), Clauses.PERSON)) {
                Matcher who = WHO_RUNS.matcher(t).region(person.end(), s.end());
                if (!who.lookingAt()) {
                    continue;
                }
                Matcher unit = KIND_UNIT.matcher(t).region(who.end(), s.end());
                if (unit.lookingAt()) {
                    String what = (unit.group("what") + unit.group("unit")).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                    String headed = OSPO.matcher(what).matches() ? "OSPO"
                            : Titles.titleCase(unit.group("what").strip().replaceAll("\\s+", " "));
                    boolean bank = unit.group("kind").equals("bank");
                    antecedent(text, s, person, bank).ifPresent(org -> add(person, "Head of " + headed, org, s, out));
                    continue;
                }
                Matcher there = FUNCTION_THERE.matcher(t).region(who.end(), s.end());
                if (there.lookingAt()) {
                    String what = there.group("what").strip().replaceAll("\\s+", " ");
                    // "who runs the numbers there" is no post; a line of work is, or anything one leads or heads
                    if (who.group("verb").matches("leads|heads") || LINE_OF_WORK.matcher(what).find()) {
                        antecedent(text, s, person, false).ifPresent(org -> add(person, "Head of " + Titles.titleCase(what), org, s, out));
                    }
                }
            }
        }
        return out;
    }

    /** The organisation named last before the person, in the sentence or the one before in the same paragraph. */
    private static Optional<Mention> antecedent(AnnotatedText text, Sentence s, Mention person, boolean bank) {
        int from = s.begin();
        if (s.index() > 0) {
            Sentence previous = text.sentences().get(s.index() - 1);
            if (previous.paragraph() == s.paragraph()) {
                from = previous.begin();
            }
        }
        List<Mention> orgs = text.in(from, person.begin(), Clauses.ORGANIZATION);
        if (bank) {
            orgs = orgs.stream().filter(o -> o.entity().labels().values().stream().anyMatch(l -> BANK_NAME.matcher(l.strip()).find())).toList();
        }
        return orgs.isEmpty() ? Optional.empty() : Optional.of(orgs.get(orgs.size() - 1));
    }

    private static void add(Mention person, String title, Mention org, Sentence s, List<Fact> out) {
        out.add(new Fact(person.entity().iri(), SG.hasRole, org.entity().iri(), title, s, METHOD, 0.65));
        out.add(new Fact(person.entity().iri(), SG.worksFor, org.entity().iri(), null, s, METHOD, 0.65));
    }
}
