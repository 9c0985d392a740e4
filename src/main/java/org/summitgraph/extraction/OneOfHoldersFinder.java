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
 * A person said to be one of a project's title holders, with a verb: "He is one of the Cockpit maintainers", "Ana is
 * now one of the most active Zuul core reviewers". The person named or pointed at before the verb holds the title in
 * the project written before it. The apposition ("Vish Ishaya, one of the Nova core developers") is
 * {@link PluralTitleFinder}'s; a past one ("was one of the …") is no present title.
 */
final class OneOfHoldersFinder implements RelationFinder {

    static final String METHOD = "pattern:name-is-one-of-target-titles";
    private static final Map<String, String> TITLES = Map.of("maintainers", "Maintainer", "committers", "Committer",
            "core reviewers", "Core Reviewer", "core developers", "Core Developer", "reviewers", "Reviewer");
    private static final Pattern ONE_OF = Pattern.compile("\\b(?:is|remains|has\\s+become|became)\\s+(?:(?:now|also|still|already)\\s+)?"
            + "one\\s+of\\s+(?:the|its|their)\\s+(?:(?:most|more|very|few|original|current|longtime|long-time|active|busiest|"
            + "prolific|senior|core)\\s+){0,3}(?<owner>\\p{Lu}[\\p{L}\\d.+-]*(?:\\s\\p{Lu}[\\p{L}\\d.+-]*)?)\\s+"
            + "(?<title>(?i:maintainers|committers|core reviewers|core developers|reviewers))\\b");
    /** Between the person and the verb: nothing, or an adverb ("He, too, is"). */
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s*(?:,\\s*(?:too|also|meanwhile|now)\\s*,\\s*)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        if (!all.contains("one of")) {
            return out;
        }
        for (Sentence s : text.sentences()) {
            Matcher m = ONE_OF.matcher(all).region(s.begin(), s.end());
            while (m.find()) {
                int verb = m.start();
                Optional<Mention> person = text.lastIn(s.begin(), verb, Clauses.PERSON)
                        .filter(p -> SUBJECT_GAP.matcher(all).region(p.end(), verb).matches());
                Optional<Mention> project = text.endingAt(m.end("owner"), Clauses.PROJECT)
                        .filter(p -> p.begin() >= m.start("owner"));
                if (person.isEmpty() || project.isEmpty()) {
                    continue;
                }
                String title = TITLES.get(m.group("title").toLowerCase(Locale.ROOT));
                out.add(new Fact(person.get().entity().iri(), SG.hasRole, project.get().entity().iri(), title, s, METHOD, 0.75));
            }
        }
        return out;
    }
}
