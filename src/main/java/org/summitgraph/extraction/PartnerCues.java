package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * One organisation named the other's partner after a verb, read by a {@link CueWordFinder} like its own: "Fjordlink
 * is a partner of Eurotech", "Kumo became a technology partner of Red Hat" (a "partner program" is the finder's own cue).
 */
final class PartnerCues {

    static final List<CueWordFinder.Cue> CUES = List.of(
            cue("partner-of", "\\b(?:is|are|was|were|became|becomes|become|remains)\\s+(?:now\\s+|also\\s+)?(?:a|an)\\s+(?:(?:long-?time|strategic|technology"
                    + "|hardware|software|close|key|certified|official|preferred|premier|channel|reseller|integration)\\s+){0,2}partner\\s+(?:of|to)\\b",
                    SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT));

    private PartnerCues() {
    }
}
