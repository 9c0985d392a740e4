package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A speaker's attendance goes without saying. The rules that read presence from someone being met or interviewed there
 * ("we sat down with Haruka Inoue after her session", "在会场专访了陈思远"), seen at a booth, doing something there, or
 * telling of their own visit ("我参加了…"), or just being there ("Linus Torvalds was there") say of a person who also speaks at the event only that they came for the
 * talk, which their speaksAt statement already says. Attendance told as such (travel: "is back from", "made the trip",
 * "went to"; being sent; a prize collected on stage), and what the learned model found, stay.
 */
final class SpeakersAttendance {

    /** The methods of presence seen or met there, with or without a pronoun resolved ("+coref:…"). */
    private static final Pattern SEEN_THERE = Pattern.compile("pattern:(?:met-at-summit|present-at-summit|voice-attends|"
            + "cue-interviewed-on-site|cue-at-booth|cue-was-there)(?:\\+.*)?");

    private SpeakersAttendance() {
    }

    /** Drops a person's attendance seen there when the same person speaks at the same event. */
    static void drop(Map<String, Fact> facts) {
        Set<String> speakers = facts.values().stream().filter(f -> f.predicate().equals(SG.speaksAt))
                .map(f -> f.subject() + " " + f.object()).collect(Collectors.toSet());
        facts.values().removeIf(f -> f.predicate().equals(SG.attends) && SEEN_THERE.matcher(f.method()).matches()
                && speakers.contains(f.subject() + " " + f.object()));
    }
}
