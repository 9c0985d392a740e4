package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project someone runs at an organisation is that organisation's: "Ruth, who runs Kubernetes at Brightwater Digital",
 * "she ran the Kafka clusters at Nordhavn Bank for three years". The project right after the verb (and a word for its
 * installation), then "at" and the organisation. A project's event run somewhere ("runs the Kafka meetup at Google") and
 * a project run at a scale or a time ("runs Kafka at scale") say nothing of a user; "never ran" neither; nor does a project
 * run at the foundation hosting it ("who runs OpenChain at the Linux Foundation" leads it).
 */
final class RunsAtFinder implements RelationFinder {

    private static final String METHOD = "pattern:runs-at";
    /** Finite verbs only: "a board running Zephyr at the Linaro booth" is a demonstration, not a user. */
    private static final Pattern RUNS = Pattern.compile("\\b(?:runs|ran|run|operates|operated|operate)\\s+"
            + "(?:(?:the|its|their|our)\\s+)?");
    private static final Pattern AT = Pattern.compile("(?:\\s+(?:clusters?|deployments?|platform|infrastructure|installations?|fleet|"
            + "estate|stack|service))?\\s+at\\s+(?:the\\s+)?");
    /** "who runs OpenChain at the Linux Foundation": a foundation hosts the project someone leads there, it does not use it. */
    private static final Pattern HOST = Pattern.compile("(?i)foundation|基金会");
    /** "at the Linaro booth": a place named after the organisation, where nobody's system runs. */
    private static final Pattern PLACE_AT = Pattern.compile("(?:['’]s)?\\s+(?:booth|stand|table|stall|office|offices|lab|event|meetup|conference|summit)\\b");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            Matcher m = RUNS.matcher(t).region(s.begin(), s.end());
            while (m.find()) {
                if (Negation.before(t, Math.max(s.begin(), m.start() - 20), m.start())) {
                    continue;
                }
                text.startingAt(m.end(), Clauses.PROJECT).ifPresent(project -> {
                    Matcher at = AT.matcher(t).region(project.end(), s.end());
                    if (at.lookingAt()) {
                        text.startingAt(at.end(), Clauses.ORGANIZATION)
                                .filter(user -> !PLACE_AT.matcher(t).region(user.end(), s.end()).lookingAt())
                                .filter(user -> user.entity().labels().values().stream().noneMatch(l -> HOST.matcher(l).find())).ifPresent(user ->
                                out.add(Clauses.fact(user.entity(), SG.uses, project.entity(), s, METHOD, 0.6)));
                    }
                });
            }
        }
        return out;
    }
}
