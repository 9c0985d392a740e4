package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.about;

/**
 * Cue families for organisations at an event through the people it draws or they send, read by the cue-word finder
 * like the attendance cues (the event the sentence names, else the article's): an event that drew people from the
 * companies listed after it ("this year it drew developers from A, B and C"), a team said to be there ("Acme's
 * platform team is here too", "Acme, whose team flew in from Lisbon"), the sponsors listed after a heading of their own
 * ("Our sponsors made the day possible: A (Gold), B (Silver)") and people from an organisation the writer sat with ("I
 * sat next to a group from the Foo University Linux club").
 */
final class DelegationCues {

    private DelegationCues() {
    }

    static final List<CueWordFinder.Cue> CUES = List.of(
            // "this year it drew developers from A, B and C", "the conference attracted attendees from …": the event draws
            // people from the organisations listed (not "the project drew contributors from": a project is not where one goes)
            about("drew-from", "\\b(?:it|the (?:event|conference|summit|show|meetup|expo|day|gathering|edition))\\s+(?:(?:also|again|once again|"
                    + "this year|again this year)\\s+)?(?:drew|draws|attracted|attracts|brought together|brings together)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:developers|engineers|attendees|participants|visitors|people|speakers|delegates|crowds|teams)\\s+from\\b",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Acme Labs' platform team is here too", "Kelpwise's people were there all week": the organisation's team at the event
            // (not "is here to help": a service)
            about("team-here", "(?:'s|’s|'|’)\\s+(?:[\\w-]+\\s+){0,2}?(?:team|people|folks|engineers|crew|delegation)\\s+(?:is|are|was|were)\\s+"
                    + "(?:also\\s+)?(?:here|there|on site|in attendance|in town)\\b(?!\\s+to\\b)", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Canonical, whose team came over from Kuala Lumpur": the organisation whose people travelled there
            about("team-came", ",\\s*whose\\s+(?:[\\w-]+\\s+)?(?:team|engineers|people|delegation|staff)\\s+(?:came|flew|travel(?:l)?ed|drove|took "
                    + "the train)\\b", SG.attends, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Our sponsors made the day possible: A (Gold), B (Silver)", "This year's sponsors: A, B": the sponsors listed after
            // a heading (not last year's, nor a project's)
            about("sponsors-heading", "(?<!\\b(?:last|next) year's |\\b(?:past|previous|former|prospective|potential|future|project) )"
                    + "\\b(?:our|the|this year's|today's) (?:[\\w-]+ )?sponsors\\b[^.:;!?]{0,40}:", SG.attends, Clauses.ORGANIZATION,
                    OBJECT_CUE_SUBJECT),
            // "I sat next to a group from the Foo University Linux club": people from the organisation the writer sat with there
            about("sat-with-from", "\\b(?:sat|sitting|stood|standing|ended up) (?:next to|beside|with|among|behind|across from) (?:a group|a team|a "
                    + "couple|a table|a bunch|some|two|three|several) (?:of )?(?:[\\w-]+ ){0,2}?from\\b", SG.attends, Clauses.ORGANIZATION,
                    OBJECT_CUE_SUBJECT));
}
