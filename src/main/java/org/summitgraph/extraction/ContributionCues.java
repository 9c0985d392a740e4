package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * Contribution cue words read by the cue-word finder like its own: one contributor, however described ("a long-time
 * contributor to StarlingX", "the second-largest contributor to Ceph", "its biggest corporate contributor to Zuul").
 * The plural ("top contributors to") is the finder's own cue. The article belongs to the cue, so that a negation
 * right before it ("has never been a contributor to") is seen.
 */
final class ContributionCues {

    static final List<CueWordFinder.Cue> CUES = List.of(
            cue("contributor-to", "\\b(?:(?:an?|the|its|their|his|her|one of the) )?(?:(?:long-?time|longtime|regular|active|frequent|major|significant|top|largest|biggest"
                    + "|leading|key|corporate|upstream|steady|prolific|first|second|third|fourth|fifth|[\\w]+-largest|[\\w]+-biggest)"
                    + " )*contributor to\\b", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT));

    private ContributionCues() {
    }
}
