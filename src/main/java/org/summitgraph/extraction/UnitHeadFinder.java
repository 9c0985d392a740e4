package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a unit of an organisation, written as what the person does rather than as a title: "Akosua Mensah, who
 * leads the platform engineering team at Larchmont Insurance", "Rui Okafor, who runs the open source program office
 * at Northbeam Bank", "Rafael Ocampo, who leads the OpenInfra Foundation's community team". The person holds the post
 * of head of that unit ("Head of Platform Engineering", "Head of OSPO") at the organisation, and works there. The
 * organisation itself is not led by them (that is "who runs X" with no unit, another rule's).
 */
final class UnitHeadFinder implements RelationFinder {

    /** Units a person heads as an employee; a "working group" or "user group" is a community's, not a post. */
    private static final String UNIT = "(?<unit>team|group|department|division|office|unit|practice|lab|squad)";
    /** What the unit does, in lower case: "platform engineering", "data platform", "open source program". */
    private static final String WHAT = "(?:(?:new|whole|entire|small|global)\\s+)?(?<what>(?:(?!(?:same|other|own)\\s)[a-z][a-z-]*\\s+){1,4}?)";
    /** Between the person and the verb: a plain subject, or a relative clause after a comma. */
    private static final Pattern BEFORE_VERB = Pattern.compile("\\s*(?:,\\s*who\\s+|\\s)(?:now\\s+|also\\s+|currently\\s+|still\\s+)?$");
    private static final Pattern VERB = Pattern.compile("(?<![\\w-])(?:co-)?(?:leads|heads|runs|manages)\\s+");
    /** "the data platform team at Sunward Health", "the community team of the foundation". */
    private static final Pattern UNIT_AT = Pattern.compile("(?:the\\s+|its\\s+)?" + WHAT + UNIT + "\\s+(?:at|of)\\s+(?:the\\s+)?");
    /** "the OpenInfra Foundation's community team": the organisation before its unit (X marks it). */
    private static final Pattern POSSESSIVE_UNIT = Pattern.compile("(?:'s|’s)\\s+" + WHAT + UNIT + "\\b");
    private static final Pattern THE = Pattern.compile("the\\s+");
    /**
     * "leads research computing at the University of Lakemont", "heads developer relations for Aiven": a line of work,
     * in lower case and with no article, at the organisation named next.
     */
    private static final Pattern FUNCTION_AT = Pattern.compile("(?!(?:the|a|an|its|their|his|her|our|this|that|some|"
            + "several|many|two|three|efforts?|work|way|discussions?|sessions?|talks?|panels?|workshops?|charge|calls?|"
            + "meetings?|projects?|development\\s+of)\\b)(?<what>(?:[a-z][a-z-]*\\s+){1,3}?)(?:at|for)\\s+(?:the\\s+)?");
    /** The last word of what a person runs when it is a line of work, which has a head, not a thing run. */
    private static final Pattern LINE_OF_WORK = Pattern.compile("\\b(?:engineering|operations|relations|research|strategy|marketing|"
            + "partnerships|security|advocacy)\\s+$");
    /** "who heads the group", "who runs the lab": a unit written with "the" alone, the clause ending after it. */
    private static final Pattern THE_UNIT = Pattern.compile("the\\s+(?<unit>group|lab|laboratory|team|department|institute|centre|center)"
            + "(?=\\s*(?:[,.;:)]|$|\\s+and\\s|\\s+since\\s))");
    /** The open source program office has a name of its own, the one titles use. */
    private static final Pattern OSPO = Pattern.compile("open[ -]source program(?:me)?\\s+office");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            Matcher verb = VERB.matcher(t).region(s.begin(), s.end());
            while (verb.find()) {
                Optional<Mention> person = holder(text, s, verb.start());
                if (person.isEmpty()) {
                    continue;
                }
                Matcher at = UNIT_AT.matcher(t).region(verb.end(), s.end());
                if (at.lookingAt()) {
                    Optional<Mention> org = text.startingAt(at.end(), Clauses.ORGANIZATION);
                    if (org.isPresent() && !workingGroup(at)) {
                        add(person.get(), at, org.get(), s, out);
                    }
                    continue;
                }
                Matcher function = FUNCTION_AT.matcher(t).region(verb.end(), s.end());
                // "runs production workloads at Comcast" is no post: leading and heading name one, running and managing
                // only a line of work ("runs platform engineering at Halvard Freight")
                if (function.lookingAt() && (verb.group().matches("(?:co-)?(?:leads|heads)\\s+")
                        || LINE_OF_WORK.matcher(function.group("what")).find())) {
                    Optional<Mention> org = text.startingAt(function.end(), Clauses.ORGANIZATION);
                    if (org.isPresent()) {
                        addHead(person.get(), "Head of " + Titles.titleCase(function.group("what").strip().replaceAll("\\s+", " ")),
                                org.get().entity(), s, "pattern:name-heads-function-at-organization", out);
                        continue;
                    }
                }
                Matcher named = THE_UNIT.matcher(t).region(verb.end(), s.end());
                if (named.lookingAt()) {
                    // the group whose name ends with the word: "the group" for the Distributed Systems Group named before
                    Optional<Mention> unit = NamedUnits.last(text, person.get().begin(), named.group("unit"));
                    unit.ifPresent(u -> {
                        addHead(person.get(), "Head", u.entity(), s, "pattern:name-heads-the-unit", out);
                        out.add(new Fact(person.get().entity().iri(), SG.leads, u.entity().iri(), null, s,
                                "pattern:name-heads-the-unit", 0.7));
                    });
                    continue;
                }
                Matcher the = THE.matcher(t).region(verb.end(), s.end());
                int orgAt = the.lookingAt() ? the.end() : verb.end();
                text.startingAt(orgAt, Clauses.ORGANIZATION).ifPresent(org -> {
                    Matcher unit = POSSESSIVE_UNIT.matcher(t).region(org.end(), s.end());
                    if (unit.lookingAt() && !workingGroup(unit)) {
                        add(person.get(), unit, org, s, out);
                    }
                });
            }
        }
        return out;
    }

    /** The person the verb is said of: named right before it, or before ", who". */
    private static Optional<Mention> holder(AnnotatedText text, Sentence s, int verb) {
        Matcher before = BEFORE_VERB.matcher(text.text()).region(LookBack.from(s.begin(), verb, 24), verb);
        if (!before.find()) {
            return Optional.empty();
        }
        return text.endingAt(before.start(), Clauses.PERSON);
    }

    private static void addHead(Mention person, String title, Entity org, Sentence s, String method, List<Fact> out) {
        out.add(new Fact(person.entity().iri(), SG.hasRole, org.iri(), title, s, method, 0.7));
        out.add(new Fact(person.entity().iri(), SG.worksFor, org.iri(), null, s, method, 0.7));
    }

    private static boolean workingGroup(Matcher unit) {
        return unit.group("unit").equals("group") && unit.group("what").strip().matches(".*\\b(?:working|user|interest|special)$");
    }

    private static void add(Mention person, Matcher unit, Mention org, Sentence s, List<Fact> out) {
        String what = (unit.group("what") + unit.group("unit")).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String headed = OSPO.matcher(what).matches() ? "OSPO"
                : Titles.titleCase(what.replaceAll("\\s+" + unit.group("unit") + "$", ""));
        out.add(new Fact(person.entity().iri(), SG.hasRole, org.entity().iri(), "Head of " + headed, s,
                "pattern:name-heads-unit-at-organization", 0.7));
        out.add(new Fact(person.entity().iri(), SG.worksFor, org.entity().iri(), null, s,
                "pattern:name-heads-unit-at-organization", 0.7));
    }
}
