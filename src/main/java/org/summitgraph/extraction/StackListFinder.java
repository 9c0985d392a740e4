package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's stack, listed: "Our internal stack is boringly familiar: Grafana Mimir for metrics, Grafana Loki for
 * logs and OpenTelemetry everywhere", "Monzo's stack is Go, Cassandra and Kubernetes", "Their toolchain: Bazel and
 * Buildkite". Every project the rest of the sentence names is one the owner uses: "our" is the article's voice's
 * organisation, "its" and "their" the organisation named last before, "Monzo's" the name before the possessive. A stack
 * nobody owns ("a typical observability stack is …") says nothing of who runs it.
 */
final class StackListFinder implements RelationFinder {

    private static final String METHOD = "pattern:stack-list";

    private static final Pattern STACK = Pattern.compile("(?:\\b(?<owner>our|its|their)|(?<named>['’]s))\\s+"
            + "(?:(?:internal|own|production|current|tech|technology|observability|monitoring|data|infrastructure|platform|build|cloud|"
            + "whole|entire|core)\\s+){0,2}(?:stack|toolchain|tool\\s+chain|toolset|tooling)\\s*"
            + "(?::|\\b(?:is|was|consists\\s+of|includes|included|comprises|looks\\s+like)\\b)", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = STACK.matcher(text.text()).region(s.begin(), s.end());
            if (!m.find() || Negation.within(text.text().substring(m.end(), Math.min(s.end(), m.end() + 20)))) {
                continue;
            }
            Optional<Entity> owner = owner(text, s, m);
            if (owner.isEmpty()) {
                continue;
            }
            for (Mention project : text.in(m.end(), s.end(), Clauses.PROJECT)) {
                if (!project.entity().equals(owner.get())) {
                    out.add(Clauses.fact(owner.get(), SG.uses, project.entity(), s, METHOD, 0.6));
                }
            }
        }
        return out;
    }

    private static Optional<Entity> owner(AnnotatedText text, Sentence s, Matcher m) {
        if (m.group("named") != null) {
            // "Monzo's stack": the organisation whose name ends right at the possessive
            return text.endingAt(m.start("named"), Clauses.ORGANIZATION).map(Mention::entity);
        }
        if (m.group("owner").equalsIgnoreCase("our")) {
            return text.voiceAt(m.start()).map(InterviewVoices::organization).map(Mention::entity);
        }
        // "its", "their": the organisation named last, in this sentence or the one before
        int from = s.index() > 0 ? text.sentences().get(s.index() - 1).begin() : s.begin();
        return text.lastIn(from, m.start(), Clauses.ORGANIZATION).map(Mention::entity);
    }
}
