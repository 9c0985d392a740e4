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
