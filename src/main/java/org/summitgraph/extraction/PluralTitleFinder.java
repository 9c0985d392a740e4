package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People listed together and a community title in the plural: "Lukas Hofer and Mei Tanaka, are maintainers of Zephyr
 * subsystems", "Keisha Boyd and Tom Alvarez are now Helm committers". Each person listed holds the title in the
 * project named with it (before the title, or after "of").
 */
final class PluralTitleFinder implements RelationFinder {

    private static final Map<String, String> TITLES = Map.of(
            "maintainers", "Maintainer", "committers", "Committer", "core reviewers", "Core", "core developers", "Core",
            "pmc members", "PMC Member", "tsc members", "TSC Member", "toc members", "TOC Member");
    private static final Pattern ARE = Pattern.compile("\\s*,?\\s*(?:are|became|have become)\\s+(?:(?:now|both|also|all|still)\\s+)*"
            + "(?:(?<owner>\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*)?)\\s+)?"
            + "(?<title>(?i:maintainers|committers|core reviewers|core developers)|PMC members|TSC members|TOC members)\\b"
            + "(?:\\s+(?:of|for|on|in)\\s+(?:the\\s+)?)?");
    /** "Vish Ishaya, one of the Nova core developers", "Ana, one of two maintainers of Zuul". */
    private static final Pattern ONE_OF = Pattern.compile("\\s*[,(]\\s*(?:who\\s+is\\s+|now\\s+|also\\s+)*(?:one|each)\\s+of\\s+"
            + "(?:the\\s+|its\\s+|their\\s+|(?:two|three|four|five|six|several|a\\s+handful\\s+of|a\\s+few)\\s+)?"
            + "(?:(?:original|current|longtime|long-time|active|founding|first|few)\\s+)*"
            + "(?:(?<owner>\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*)?)\\s+)?"
            + "(?<title>(?i:maintainers|committers|core reviewers|core developers)|PMC members|TSC members|TOC members)\\b"
            + "(?:\\s+(?:of|for|on|in)\\s+(?:the\\s+)?)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention last : text.in(s.begin(), s.end(), Clauses.PERSON)) {
                Matcher listed = ARE.matcher(text.text()).region(last.end(), s.end());
                // "Vish Ishaya, one of the Nova core developers": one person, one of those who hold the title
                Matcher oneOf = ONE_OF.matcher(text.text()).region(last.end(), s.end());
                boolean one = !listed.lookingAt();
                if (one && !oneOf.lookingAt()) {
                    continue;
                }
                Matcher are = one ? oneOf : listed;
                Optional<Mention> target = are.group("owner") != null
                        ? text.endingAt(are.end("owner"), Clauses.PROJECT).filter(p -> p.begin() >= are.start("owner"))
                        : Optional.empty();
                if (target.isEmpty() && are.end() > are.end("title")) {
                    target = text.startingAt(are.end(), Clauses.PROJECT);
                }
                if (target.isEmpty()) {
                    continue;
                }
                String title = TITLES.get(are.group("title").toLowerCase(Locale.ROOT));
                for (Mention person : one ? List.of(last) : listedUpTo(text, s, last)) {
                    out.add(new Fact(person.entity().iri(), SG.hasRole, target.get().entity().iri(), title, s,
                            "pattern:names-are-titles-of-target", 0.75));
                }
            }
        }
        return out;
    }

    /** The person and those listed before it: "Lukas Hofer and Mei Tanaka". */
    private static List<Mention> listedUpTo(AnnotatedText text, Sentence s, Mention last) {
        List<Mention> people = text.in(s.begin(), last.begin(), Clauses.PERSON);
        List<Mention> listed = new ArrayList<>(List.of(last));
        Mention first = last;
        for (int i = people.size() - 1; i >= 0; i--) {
            if (!Coordination.joins(text, people.get(i).end(), first.begin(), Clauses.PERSON)) {
                break;
            }
            first = people.get(i);
            listed.add(0, first);
        }
        return listed;
    }
}
