package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People who work on a project contribute to it:
 * <ul>
 * <li>"Maria Kowalski, who works on the placement service at Northbeam", "where she worked on OpenShift Data
 * Foundation": the project right after "on" (after "the" or "parts of"), the person the last one named before the
 * verb in the sentence. Only people: "the company works on" is too often a customer's project, not a contribution;</li>
 * <li>"she rattles off recent Yahoo work on Apache Storm", "Intel's work on Kata Containers": the noun "work" owned by
 * an organisation named right before it is the organisation's contribution, not the person's who tells of it;</li>
 * <li>"Ding Yu, a Neutron developer at Huawei", "Marchand, a long-time OpenStack contributor": the project inside an
 * apposition, the one it describes named right before its comma (a person or an organisation). A maintainer or a core
 * reviewer holds a role instead, which the role finder reads.</li>
 * </ul>
 */
final class WorksOnFinder implements RelationFinder {

    private static final String METHOD = "pattern:works-on";
    private static final Pattern WORKS_ON = Pattern.compile("\\b(?:works|worked|working|work|has\\s+worked|had\\s+worked)\\s+"
            + "(?:(?:mainly|mostly|primarily|full[- ]time|closely|first|also|still|now|largely|directly)\\s+)?on\\s+"
            + "(?:(?:the|parts\\s+of(?:\\s+the)?|a\\s+part\\s+of(?:\\s+the)?)\\s+)?"
            // "his work on the Korean Kubernetes documentation": the language of the work before the project's name
            + "(?:(?:Korean|Chinese|Japanese|German|French|Spanish|Portuguese|Vietnamese|Italian|Russian|Indonesian|Thai|Hindi|Arabic)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final int REACH = 100;
    /** Between an organisation and the noun "work" it owns: a possessive, at most one word saying which work. */
    private static final Pattern OWNED_WORK = Pattern.compile("(?:['’]s)?\\s+(?:(?:own|recent|ongoing|upstream|early|new|continued|"
            + "open[- ]source)\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_WORK = Pattern.compile("work\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITION = Pattern.compile(",\\s*(?:an?|the|one\\s+of\\s+the)\\s+(?:(?:long-?time|longtime|"
            + "active|regular|veteran|prolific|early|key|senior|lead|upstream|major|core)\\s+){0,2}");
    private static final Pattern DEVELOPER = Pattern.compile("\\s+(?:core\\s+)?(?:contributor|developer)s?\\b");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = WORKS_ON.matcher(text.text()).region(s.begin(), s.end());
            while (m.find()) {
                int at = m.start();
                if (Negation.before(text.text(), Math.max(s.begin(), at - 20), at)) {
                    continue; // "he never worked on Nova"
                }
                Optional<Mention> project = text.startingAt(m.end(), Clauses.PROJECT);
                if (project.isEmpty()) {
                    continue;
                }
                Optional<Mention> owner = owner(text, s, m);
                if (owner.isPresent()) {
                    out.add(Clauses.fact(owner.get().entity(), SG.contributesTo, project.get().entity(), s, METHOD + "-owned", 0.55));
                    continue;
                }
                text.lastIn(Math.max(s.begin(), at - REACH), at, Clauses.PERSON).ifPresent(person ->
                        out.add(Clauses.fact(person.entity(), SG.contributesTo, project.get().entity(), s, METHOD, 0.55)));
            }
            appositions(text, s, out);
        }
        return out;
    }

    /** "recent Yahoo work on", "Intel's work on": the organisation owning the noun "work", if one does. */
    private static Optional<Mention> owner(AnnotatedText text, Sentence s, Matcher m) {
        if (!NOUN_WORK.matcher(text.text()).region(m.start(), m.end()).lookingAt()) {
            return Optional.empty();
        }
        return text.lastIn(Math.max(s.begin(), m.start() - 60), m.start(), Clauses.ORGANIZATION)
                .filter(o -> OWNED_WORK.matcher(text.text()).region(o.end(), m.start()).matches());
    }

    /** "Ding Yu, a Neutron developer": the agent ending at the comma, the project the apposition names. */
    private static void appositions(AnnotatedText text, Sentence s, List<Fact> out) {
        for (Mention agent : text.in(s.begin(), s.end(), Clauses.AGENT)) {
            Matcher a = APPOSITION.matcher(text.text()).region(agent.end(), s.end());
            if (!a.lookingAt()) {
                continue;
            }
            text.startingAt(a.end(), Clauses.PROJECT)
                    .filter(p -> DEVELOPER.matcher(text.text()).region(p.end(), s.end()).lookingAt())
                    .ifPresent(p -> out.add(Clauses.fact(agent.entity(), SG.contributesTo, p.entity(), s,
                            "pattern:project-developer", 0.6)));
        }
    }
}
