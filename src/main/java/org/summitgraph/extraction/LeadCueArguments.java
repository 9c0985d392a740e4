package org.summitgraph.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Who leads what, read from an English cue ("leads", "led by"), takes only the arguments the verb governs: the noun
 * phrase right after "leads" or right after "by", the name right before "led by". Reached past other words, the
 * nearest name is something else's: "leads the telco's internal developer platform, which runs Skiff", "a team led by
 * Clayton Coleman" after "Red Hat, which sponsors the event", "a workshop on eBPF run by two people from Isovalent",
 * "leads the Kubernetes community program at Google" (a programme of Google, not Kubernetes).
 */
final class LeadCueArguments {

    /** After "leads": an article or a possessive, and an owner written in lower case ("the bank's Platform Guild"). */
    private static final Pattern LED_AFTER_CUE = Pattern.compile(
            "\\s+(?:(?:the|a|an|its|their|our|his|her|this)\\s+)?(?:[a-z][\\w-]*(?:'s|’s)\\s+)?"
                    // "leads the technical side of Zephyr", "leads the development of Skiff": a side of it is it
                    + "(?:(?:[a-z][\\w-]*\\s+)?(?:side|development|roadmap|direction|maintenance)\\s+of\\s+(?:the\\s+)?)?");
    /** "the Kubernetes community program at Google": the name only qualifies a unit of another organisation. */
    private static final Pattern MODIFIER_OF_UNIT = Pattern.compile("\\s+(?:(?!(?:and|or|but|who|which|that|project|projects|group|"
            + "groups|meetup|meetups|chapter|sig|foundation)\\b)[a-z][\\w-]*\\s+){1,3}(?:at|for|of|in)\\s");
    /** Before "led by": a comma, a relative pronoun, an auxiliary, an adverb. */
    private static final Pattern LED_BEFORE_CUE = Pattern.compile(
            "\\s*,?\\s*(?:(?:which|that)\\s+)?(?:(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|remains)\\s+)?"
                    + "(?:(?:now|also|still|currently|jointly|originally|largely|mostly|effectively)\\s+)?");
    /** "a workshop on eBPF run by": what is run is the session the project is the topic of. */
    private static final Pattern TOPIC_OF_SESSION = Pattern.compile(
            "(?i:workshop|talk|session|panel|tutorial|keynote|track|demo|presentation|BoF|meeting|sprint)s?\\s+(?:on|about|for)\\s+$");
    /** After "by": an article and a title or two in lower case ("by project lead Ingrid Solberg"), not "two people from". */
    private static final Pattern LEADER_AFTER_BY = Pattern.compile(
            "\\s+(?:(?:the|its)\\s+)?(?:(?!(?:from|of|at|with|in|people|engineers|members|staff|folks|a|an|two|three|several)\\b)[a-z][\\w-]*\\s+){0,3}");

    private LeadCueArguments() {
    }

    /** The objects of "X leads Y" the verb governs: the first, if it stands right after the cue. */
    static List<Mention> ledAfter(String text, int cueEnd, List<Mention> objects) {
        if (objects.isEmpty()) {
            return objects;
        }
        Mention first = objects.get(0);
        boolean direct = LED_AFTER_CUE.matcher(text).region(cueEnd, first.begin()).matches()
                && !MODIFIER_OF_UNIT.matcher(text).region(first.end(), text.length()).lookingAt();
        return direct ? objects : List.of();
    }

    /** The objects of "Y, led by X": the last, if it ends right before the cue and is no session's topic. */
    static List<Mention> ledBefore(String text, int cueBegin, List<Mention> objects) {
        if (objects.isEmpty()) {
            return objects;
        }
        Mention last = objects.get(objects.size() - 1);
        boolean direct = last.end() <= cueBegin && LED_BEFORE_CUE.matcher(text).region(last.end(), cueBegin).matches()
                && !TOPIC_OF_SESSION.matcher(text).region(LookBack.from(0, last.begin(), 24), last.begin()).find();
        return direct ? objects : List.of();
    }

    /** The subjects of "Y, led by X": the first, if it stands right after "by". */
    static List<Mention> leaderAfter(String text, int cueEnd, List<Mention> subjects) {
        if (subjects.isEmpty()) {
            return subjects;
        }
        return LEADER_AFTER_BY.matcher(text).region(cueEnd, subjects.get(0).begin()).matches() ? subjects : List.of();
    }
}
