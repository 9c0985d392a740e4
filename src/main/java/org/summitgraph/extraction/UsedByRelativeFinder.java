package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project and who uses it, told by a pronoun in a relative clause after the project: "the Magnum container service,
 * which it uses to run Kubernetes clusters" ("it", "they": the organisation the sentence named before the project), "Zuul,
 * which we run for every change" (in an interview, "we" is the voice's organisation). A name in the clause ("Ceph, which
 * Bloomberg uses") is the "which-uses" cue's.
 */
final class UsedByRelativeFinder implements RelationFinder {

    private static final String METHOD = "pattern:which-it-uses";

    /** A few lower-case words describing the project ("container service"), then the relative clause, its pronoun and verb. */
    private static final Pattern WHICH_IT_USES = Pattern.compile("(?:\\s+[a-z][\\w-]*){0,3}\\s*,\\s*(?:which|that)\\s+"
            + "(?<pronoun>it|they|we)\\s+(?<adverbs>(?:[a-z]+\\s+){0,2}?)"
            + "(?:uses|use|used|runs|run|relies\\s+on|rely\\s+on|relied\\s+on|deploys|deploy|deployed|has\\s+deployed"
            + "|have\\s+deployed|adopted|has\\s+adopted|have\\s+adopted)\\b(?!\\s+to\\s+(?:be|have)\\b)");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            for (Mention project : text.in(s.begin(), s.end(), Clauses.PROJECT)) {
                Matcher which = WHICH_IT_USES.matcher(t).region(project.end(), s.end());
                if (!which.lookingAt() || Negation.within(which.group("adverbs"))) {
                    continue; // "which it no longer uses"
                }
                Optional<Entity> user = which.group("pronoun").equals("we")
                        ? text.voiceAt(s.begin()).map(InterviewVoices::organization).map(Mention::entity)
                        : text.lastIn(s.begin(), project.begin(), Clauses.ORGANIZATION).map(Mention::entity);
                user.ifPresent(u -> out.add(Clauses.fact(u, SG.uses, project.entity(), s, METHOD, 0.6)));
            }
        }
        return out;
    }
}
