package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_OBJECT_CUE;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * Cue words of constructions whose one side is mostly written as a pronoun or a description, which only
 * {@link Anaphora} made readable: "Brightwater is still its main contributor", "the company was founded in Kraków by
 * Jan Wiśniewski", "They do partner with Tessellate". Read by the cue-word finder like its own; each works as well with
 * names on both sides. Users ("the bank is a heavy user of Kafka", "该公司…是OpenTelemetry的重度用户") are read by
 * {@link EnglishCues} and {@link ChineseCues}.
 */
final class AnaphorCues {

    static final List<CueWordFinder.Cue> CUES = List.of(
            // "X is still its main contributor", "Nordvik remains Veltro's largest contributor", "and remains one of its
            // biggest contributors": the project before the word, the contributor before the copula
            cue("contributor-of", "\\b(?:contributors?|maintainers?)\\b(?<=\\b(?:is|are|was|were|remains|remained|became|has been|"
                    + "have been|has become|have become)\\s{1,3}(?:(?:still|now|also|by far|easily)\\s{1,3})?(?:one of\\s{1,3}|among\\s{1,3})?"
                    + "(?:its|their|[\\p{L}\\p{N}.&-]{1,30}(?:'s|’s))"
                    + "\\s{1,3}[\\w\\s-]{0,40}(?:contributors?|maintainers?))", SG.contributesTo, Clauses.AGENT,
                    Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            // "Both are now NixOS contributors", "She is a longtime Envoy maintainer"
            cue("project-contributor", "\\b(?:contributors?|maintainers?)\\b(?<=\\b(?:is|are|was|were|became|become|has been|have been|"
                    + "remains|remained)\\s{1,3}"
                    + "(?:(?:now|also|both|all|long-?time)\\s{1,3})?(?:an?\\s{1,3})?(?:(?:active|core|regular|longtime|long-time|top)\\s{1,3})?"
                    + "\\p{Lu}[\\p{L}\\p{N}.&-]{1,30}\\s{1,3}(?:contributors?|maintainers?))", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_OBJECT_CUE),
            cue("partner", "\\bpartner(?:s|ed|ing)?\\s+with\\b", SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "the company was founded in Kraków by Jan Wiśniewski": a founding place is where the company is
            cue("founded-in", "\\b(?:was|were) (?:co-?founded|founded|established|incorporated|set up|started) in\\b(?=\\s+\\p{Lu})",
                    SG.locatedIn, Clauses.ORGANIZATION, Clauses.PLACE, SUBJECT_CUE_OBJECT),
            cue("founded-by", "\\b(?:was|were) (?:co-?founded|founded|created|started|set up|launched) "
                    + "(?:[\\p{L}\\p{N}'’-]+ ){0,4}?by\\b", SG.foundedBy, Clauses.ORG_OR_PROJECT, Clauses.AGENT, SUBJECT_CUE_OBJECT));

    private AnaphorCues() {
    }
}
