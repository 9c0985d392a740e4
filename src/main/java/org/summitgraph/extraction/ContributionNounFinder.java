package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contributions told by the noun rather than the verb, the contributor owning it:
 * <ul>
 * <li>"HP talked about its contributions to the Nova compute project", "Intel's contributions to Kubernetes";</li>
 * <li>a change sent to a project and taken or weighed: "Ravi's small patch to the Swift documentation was merged", "the
 * group has two more changes to Nova under review", "Mirelle got a fix for Cinder accepted".</li>
 * </ul>
 * The owner is the name (or pronoun) right before the possessive, or the subject right before "has", "submitted",
 * "got"; a change nobody owns ("a patch to Nova was merged") or praise of another's ("praised the community's
 * contributions to Nova") says nothing of the names around it.
 */
final class ContributionNounFinder implements RelationFinder {

    private static final String METHOD = "pattern:contribution-noun";

    private static final Pattern CONTRIBUTIONS = Pattern.compile("\\bcontributions\\s+(?:back\\s+)?to\\s+(?:the\\s+)?");
    private static final Pattern CHANGE = Pattern.compile("\\b(?:patch|patches|change|changes|commit|commits|fix|fixes|"
            + "pull\\s+requests?|PRs?)\\s+(?:to|for|against|into)\\s+(?:the\\s+)?");
    /** What happened to the change: it was taken, or it waits for review. */
    private static final Pattern TAKEN = Pattern.compile("\\b(?:merged|accepted|landed|approved|under\\s+review|in\\s+review|"
            + "up\\s+for\\s+review)\\b");
    /** "Ravi's small patch", "its first three": the owner, then a few words. */
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,3}$");
    /** "the group has two more changes", "Ravi submitted a patch": the owner as the subject of a verb of having or sending. */
    private static final Pattern SUBJECT = Pattern.compile("^\\s+(?:(?:also|now|already|just|recently|still)\\s+)?"
            + "(?:has|have|had|submitted|sent|landed|got|wrote|pushed|contributed|proposed|posted)\\s+(?:[\\w-]+\\s+){0,4}$");
    private static final Pattern OUR = Pattern.compile("\\bour\\s+(?:[\\w-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            Matcher contributions = CONTRIBUTIONS.matcher(t).region(s.begin(), s.end());
            while (contributions.find()) {
                int clause = Clauses.clauseStart(t, contributions.start(), s.begin());
                owner(text, s, clause, contributions.start(), false)
                        .ifPresent(o -> projects(text, s, contributions.end()).forEach(p -> add(o, p, s, out)));
            }
            Matcher change = CHANGE.matcher(t).region(s.begin(), s.end());
            while (change.find()) {
                int clause = Clauses.clauseStart(t, change.start(), s.begin());
                int clauseEnd = Clauses.clauseEnd(t, change.end(), s.end());
                if (!TAKEN.matcher(t).region(change.end(), clauseEnd).find()) {
                    continue;
                }
                owner(text, s, clause, change.start(), true)
                        .ifPresent(o -> projects(text, s, change.end()).forEach(p -> add(o, p, s, out)));
            }
        }
        return out;
    }

    /** The agent owning the noun at {@code noun}: named or referred to right before it, in its clause. */
    private static Optional<Entity> owner(AnnotatedText text, Sentence s, int clause, int noun, boolean subjectToo) {
        String t = text.text();
        if (Negation.within(t.substring(clause, noun))) {
            return Optional.empty();
        }
        Optional<Mention> agent = text.lastIn(clause, noun, Clauses.AGENT);
        if (agent.isPresent()) {
            String gap = t.substring(agent.get().end(), noun);
            boolean possessive = POSSESSIVE.matcher(gap).matches() && (gap.startsWith("'") || gap.startsWith("’")
                    || agent.get().anaphoric() && isPossessivePronoun(t, agent.get()));
            if (possessive || subjectToo && SUBJECT.matcher(gap).matches()) {
                return agent.map(Mention::entity);
            }
            return Optional.empty();
        }
        Matcher our = OUR.matcher(t).region(clause, noun);
        if (our.find() && our.end() == noun) {
            return text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity);
        }
        return Optional.empty();
    }

    private static boolean isPossessivePronoun(String t, Mention m) {
        String word = t.substring(m.begin(), m.end()).toLowerCase(java.util.Locale.ROOT);
        return word.equals("its") || word.equals("their") || word.equals("his") || word.equals("her");
    }

    /** The project right after the noun's preposition, with those listed after it. */
    private static List<Mention> projects(AnnotatedText text, Sentence s, int at) {
        return Coordination.listFrom(text, s, at, Clauses.PROJECT);
    }

    private static void add(Entity agent, Mention project, Sentence s, List<Fact> out) {
        if (!agent.iri().equals(project.entity().iri())) {
            out.add(Clauses.fact(agent, SG.contributesTo, project.entity(), s, METHOD, 0.6));
        }
    }
}
