package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.List;

import static org.summitgraph.extraction.CueWordFinder.Order.OBJECT_CUE_SUBJECT;
import static org.summitgraph.extraction.CueWordFinder.Order.SUBJECT_CUE_OBJECT;
import static org.summitgraph.extraction.CueWordFinder.about;
import static org.summitgraph.extraction.CueWordFinder.cue;

/**
 * More English cue words, found on recaps, diaries and panel reports nobody had written rules for, read by the
 * cue-word finder like its own: how a talk is told ("the keynote came from X", "X gave a candid breakout talk",
 * "In the closing keynote, X", "X told a full main hall"), how a company shows up ("brought eleven engineers to the
 * conference", "On the show floor, X", "two people from X", "made the trip, including A and B"), how something is
 * adopted ("settled on", "switched to", "replaced cron jobs with"), and moves between employers ("used to be at",
 * "to join").
 */
final class EnglishCues {

    /** What a person leads inside an organisation without leading the organisation: "the tooling team", "its partner programme". */
    static final String UNIT = "(?:team|group|department|division|squad|unit|office|track|session|panel|workshop|"
            + "programme|program|initiative|practice|effort|business|function|lab|operations)";
    /** Not before a unit of the organisation named after it ("runs the cloud team at Ledgerline"). */
    private static final String NOT_A_UNIT = "(?! (?:the |a |an |its |our |their )?(?:[^.,;'’]{1,60}?(?:'s|’s) )?"
            + "(?-i:(?:[a-z][\\w-]*|\\p{Lu}\\w*-[a-z][\\w-]*) ){0,3}?" + UNIT + "s?\\b)";

    /** The event a clause names by a common noun after its verb: " the summit", " this year's developer conference". */
    static final String THE_EVENT = "\\s+(?:the|this|this year's|that)\\s+(?:[\\w+-]+\\s+){0,3}?"
            + "(?:summit|conference|event|show|gathering|meetup|forum)\\b";

    static final List<CueWordFinder.Cue> CUES = List.of(
            about("talk-from", "\\b(?:keynote|talk|session|presentation|address|demo|lightning talk|workshop)\\b[^.;!?]{0,60}?"
                    + "\\b(?:came (?:[\\w-]+ ){0,3}?from|was by|was given by|was delivered by|belonged to|went to)\\b", SG.speaksAt,
                    Clauses.PERSON,
                    OBJECT_CUE_SUBJECT),
            about("gave-talk", "\\b(?:gave|delivered|led|ran|hosted|presented) (?:a|an|the|his|her|their|one) (?:[\\w\"'-]+ ){0,4}?"
                    + "(?:talk|keynote|presentation|session|demo|lightning talk|breakout|workshop|tutorial|address)s?\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("in-keynote", "(?:^|(?<=[.!?]\\s))(?:In|During|At) (?:the|his|her|their|a|an|this year's) (?:[\\w-]+ ){0,2}?"
                    + "(?:keynote|talk|session|presentation|address)s?(?: (?:on|about) [^,.;]{1,80}?)?\\s*,", SG.speaksAt,
                    Clauses.PERSON, OBJECT_CUE_SUBJECT),
            about("shared-lessons", "\\b(?:shared|presented|walked through|showed) (?:the )?(?:lessons|work|results|findings|"
                    + "experiences?|insights|numbers|data|a case study|a demo)\\b|\\bwalked (?:the audience|attendees|the room|"
                    + "the crowd|listeners|the hall|delegates) through\\b|\\btook the (?:main |keynote |big )?stage\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("used-slot", "\\bused (?:her|his|their|its|the|[\\w]+(?:'s|’s)) (?:[\\w-]+ )?(?:slot|keynote|talk|session|"
                    + "stage time|time on stage|presentation)\\b|\\b(?:hosting|hosted|emceeing|emceed) the (?:main|keynote) stage\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("presence", "\\bhad (?:a |an )?(?:strong|big|large|visible|heavy|sizeable|notable)? ?presence\\b|"
                    + "\\b(?:was|were) (?:handing|giving) out\\b|\\b(?:handed|gave) out (?:[\\w-]+ ){0,3}?(?:stickers|swag|t-shirts|"
                    + "shirts|hoodies|socks)\\b|\\bdrew (?:a |the )?(?:[\\w-]+ )?crowds?\\b", SG.attends, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            about("line-up", "\\b(?:(?:track|agenda|programme|program|line-?up|schedule|keynotes?) (?:featured|included|"
                    + "features|includes)|among the (?:speakers|panelists|panellists|presenters|keynote speakers) (?:were|was)|"
                    + "(?:also )?on the agenda:|(?:speakers|panelists|panellists) (?:included|were))", SG.speaksAt,
                    Clauses.PERSON, OBJECT_CUE_SUBJECT),
            about("told-audience", "\\btold (?:a |an |the )?(?:[\\w-]+ ){0,2}?(?:hall|audience|room|crowd|attendees|delegates|"
                    + "keynote audience|packed house)\\b", SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            about("brought-people", "\\b(?:brought|sent|flew in|flew|took) (?:[\\w-]+ ){0,3}?(?:engineers|people|staff|employees|"
                    + "developers|of us|members|colleagues|delegates|team members|folks|contributors)\\b(?: [\\w-]+){0,3}? to "
                    + "(?:the|this|this year's|its|their) (?:[\\w-]+ )?(?:conference|summit|event|show|KubeCon|expo)\\b",
                    SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            about("show-floor", "(?:^|(?<=[.!?]\\s))(?:On|At|Across|Over on) the (?:show|expo|exhibit|exhibition|sponsor) "
                    + "(?:floor|hall)\\s*,|\\b(?:the )?(?:show|expo|exhibit|exhibition|sponsor) (?:floor|hall) (?:is|was) (?:now )?open\\s*:",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            about("people-from", "\\b(?:two|three|four|five|six|several|a few|a handful of|a group of|a team of) "
                    + "(?:people|folks|engineers|developers|representatives|colleagues|staff|students|researchers|maintainers|contributors) from\\b",
                    SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            about("made-trip", "\\bmade the (?:trip|journey)\\b(?:\\s*,\\s*including)?", SG.attends, Clauses.PERSON,
                    OBJECT_CUE_SUBJECT),
            // "Returning Diamond sponsors Google, Microsoft and Red Hat", "Gold sponsors included X": the sponsors follow the tier
            about("tier-sponsors", "\\b(?:diamond|platinum|gold|silver|bronze|headline|premier)\\s+sponsors?"
                    + "(?:\\s+(?:included|include|are|were))?\\s*:?(?=\\s+[A-Z])", SG.attends, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            // "Vossberg Systems sent a proper delegation", "the bank sent its platform team"
            about("sent-delegation", "\\bsent (?:a |an |its |their )?(?:[\\w-]+ ){0,2}?(?:delegation|contingent)\\b",
                    SG.attends, Clauses.AGENT, SUBJECT_CUE_OBJECT),
            // "Jun Okada headlined the Wednesday keynotes", "sat down for a fireside chat", "an onstage conversation with":
            // ways a recap says someone was on the programme without the word "talk"
            about("headlined", "\\b(?:headlined|headlines|headlining|co-headlined)\\b|\\bfireside chats?\\b(?![^.;!?]{0,40}?\\b(?:cancel(?:l)?ed|postponed|dropped|called off)\\b)|\\b(?:on-?stage|keynote) "
                    + "(?:conversation|interview|chat)\\b|\\bwas (?:a|one of the|among the) (?:[\\w-]+ )?(?:speakers|panell?ists|presenters|"
                    + "keynoters)\\b|\\b(?:was|is) (?:a|an|the) (?:featured |invited |keynote |plenary |guest )?(?:speaker|panell?ist|presenter|"
                    + "keynoter|moderator)\\b(?! (?:of|for) (?:the |a )?(?:[\\w-]+ )?(?:project|foundation|group|mailing list|podcast)\\b)",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Speaking at the event, Ahmed Zaki said", "Presenting on the main stage, X showed": the speaker after the clause
            about("speaking-at", "(?:^|(?<=[.!?]\\s))(?:Speaking|Presenting|Talking|Keynoting) (?:at|during|on|in|to|before) "
                    + "[^,.;]{1,80}?,", SG.speaksAt, Clauses.PERSON, OBJECT_CUE_SUBJECT),
            // "on a panel with Ines Duarte", "moderated by Ana Ruiz", "a fireside chat with X": whoever shares the stage speaks
            // (not "chaired by", "hosted by": a committee's chair, a podcast's host)
            about("shared-stage", "\\b(?:(?:panel|fireside chat|conversation|keynote|session|stage|talk|demo) (?:with|alongside)|"
                    + "(?:moderated|introduced) by|interviewed on stage by)\\b", SG.speaksAt, Clauses.PERSON,
                    OBJECT_CUE_SUBJECT),
            // "Noor Haddad was among the attendees", "Attendees included X and Y", "in the audience was X"
            about("among-attendees", "\\b(?:was|were) (?:among|one of) the (?:[\\w-]+ )?(?:attendees|delegates|participants|"
                    + "visitors|guests)\\b|\\b(?:was|were) (?:in the audience|in attendance)\\b", SG.attends, Clauses.AGENT,
                    SUBJECT_CUE_OBJECT),
            about("among-attendees", "\\b(?:attendees|delegates|participants|notable guests) (?:included|includes|were)\\b|"
                    + "\\b(?:in the audience|in attendance) (?:was|were)\\b", SG.attends, Clauses.AGENT, OBJECT_CUE_SUBJECT),
            // "he gave two talks at the summit": talks counted, not just one
            about("gave-talks", "\\b(?:gave|delivered|presented|ran|led) (?:two|three|four|several|a couple of|multiple|both) "
                    + "(?:[\\w-]+ ){0,2}?(?:talks|keynotes|sessions|presentations|workshops|tutorials|demos)\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Oliver Pennington joined Amara on stage", "was Gabriel's co-speaker": who shares a talk speaks too
            about("joined-on-stage", "\\bjoined (?:him|her|them|[A-Z][\\w-]*)(?: [A-Z][\\w-]*)? (?:on stage|for the "
                    + "(?:Q&A|talk|session|keynote|panel|demo)|for (?:a|an) (?:[\\w-]+ ){0,2}?(?:conversation|chat|discussion|Q&A|"
                    + "fireside chat)(?! with)\\b)|\\b(?:co-speaker|co-presenter)\\b",
                    SG.speaksAt, Clauses.PERSON, SUBJECT_CUE_OBJECT),
            // "Tessellate is one of the larger users of ONAP", "Mirai Bank is a heavy user of Cilium"
            cue("user-of", "\\b(?:is|are|was|were|'re|’re|has been|have been|became|remains?)\\s+(?:(?:now|still|also)\\s+)?"
                    + "(?:a|an|one of the|among the)\\s+(?:[\\w-]+\\s+){0,3}?(?:users?|adopters?)\\s+of\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "we're a Backstage user", "a big Kubernetes and Argo CD shop": the project named inside
            cue("a-x-user", "\\b(?:is|are|was|were|'re|’re|has been|have been|became|remains?)\\s+(?:(?:now|still|also)\\s+)?"
                    + "(?:a|an)\\s+(?:(?:big|heavy|large|long-?time|major|happy|early|proud|committed)\\s+)?"
                    + "(?=[^.;!?]{2,40}?\\s(?:user|shop|adopter|house)\\b)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "China Mobile is one of the largest OpenStack users in the world": the project named inside, users counted
            cue("a-x-user", "\\b(?:is|are|was|were|'re|’re|has been|have been|became|remains?)\\s+(?:(?:now|still|also)\\s+)?"
                    + "(?:one of the|among the)\\s+(?:(?:[\\w-]+est|most\\s+[\\w-]+|big|heavy|large|major|early|first)\\s+){0,2}"
                    + "(?=(?:\\p{Lu}[\\w.-]*\\s+){1,3}(?:users|adopters)\\b)",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            cue("uses", "\\b(?:(?:builds|built|build|building) (?:its|their|our|his|her) (?:whole |entire |own |core )?"
                    + "(?:product|platform|stack|service|offering|business)s? on|settled on|settles on|switched (?:\\w+ ){0,3}?to|switches to|went with|opted for|bet on|"
                    + "replaced (?:[\\w-]+ ){0,8}?with|standardi[sz]es on|migrating (?:\\w+ ){0,4}?to)\\b",
                    SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Hyperledger Besu, the Ethereum client that ConsenSys contributed last year": the contributor between "that" and
            // the verb (a project contributed "to" something is the donated cue's)
            cue("which-contributed", "\\b(?:which|that)(?=(?:\\s+\\p{Lu}[\\w&.-]*){1,3}\\s+(?:originally\\s+|first\\s+)?"
                    + "(?:contributed|maintains|co-maintains)\\b(?!\\s+to\\b))", SG.contributesTo, Clauses.AGENT, Clauses.PROJECT,
                    OBJECT_CUE_SUBJECT),
            // "she is also a member of the Kubernetes release team": who is on a project's team works on it
            cue("team-member", "\\b(?:is|are|was|were|became|has been|have been)\\s+(?:(?:also|now|still)\\s+)?(?:an?\\s+)?"
                    + "(?:(?:core|active|founding|long-?time)\\s+)?members?\\s+of\\s+the\\b"
                    + "(?=\\s+(?:\\p{Lu}[\\w.-]*\\s+){1,3}(?:[a-z][\\w-]*\\s+){0,2}team\\b)",
                    SG.contributesTo, Clauses.PERSON, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            // "Hyperledger Fabric, which Walmart runs in production": the user between "which" and the verb
            cue("which-uses", "\\bwhich(?=(?:\\s+\\p{Lu}[\\w&.-]*){1,3}\\s+(?:runs|uses|deploys|relies on|has adopted|adopted|"
                    + "operates)\\b)", SG.uses, Clauses.ORGANIZATION, Clauses.PROJECT, OBJECT_CUE_SUBJECT),
            // "Engineers at Ericsson landed more than 400 changes in Kata Containers", "the company's engineers have
            // landed 400 patches upstream, most of them in Octavia"
            cue("landed-changes", "\\b(?:landed|merged|submitted|upstreamed|authored|contributed) (?:[\\w,-]+ ){0,5}?"
                    + "(?:patches|changes|commits|pull requests|PRs|fixes)\\b(?:[\\w, -]{0,30}?) (?:in|to|into|for)\\b",
                    SG.contributesTo, Clauses.AGENT, Clauses.PROJECT, SUBJECT_CUE_OBJECT),
            cue("customer", "\\b(?:has been|have been|had been|remains|remained|has become|have become) (?:a |an |the )?"
                    + "(?:[\\w-]+ ){0,2}customers? of\\b", SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "Hanbit Cloud counts KB Kookmin Bank and KISTI among its customers", "Ericsson described China Mobile as a
            // customer": the supplier before the verb, its customers after it
            cue("customer", "\\bcount(?:s|ed)?\\b(?=[^.;!?]{1,120}?\\bamong (?:its|their|our) (?:[\\w-]+ ){0,2}?(?:customers|clients)\\b)"
                    + "|\\b(?:described|describes|named|names|cited|cites|listed|lists|presented|presents)\\b"
                    + "(?=\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}\\d&.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\d&.-]*){0,4}\\s+as (?:a|an|one of its|its|their|one of "
                    + "their) (?:[\\w-]+ ){0,2}?(?:customers?|clients?)\\b)",
                    SG.customerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION, OBJECT_CUE_SUBJECT),
            cue("partner", "\\b(?:is|are) teaming up with|\\b(?:signed|struck|formed|inked) (?:a |an )?(?:[\\w-]+ )?"
                    + "(?:partnership|alliance) with\\b", SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION,
                    SUBJECT_CUE_OBJECT),
            // "Dongsheng Games and Chef Software announced a partnership": the partners named together before
            cue("partner", "\\b(?:announced|signed|formed|struck|unveiled) (?:a |an )?(?:[\\w-]+ )?(?:partnership|alliance)\\b"
                    + "(?!\\s+with)", SG.partnerOf, Clauses.ORGANIZATION, Clauses.ORGANIZATION,
                    CueWordFinder.Order.SUBJECT_OBJECT_CUE),
            // "Delia Mbeki, formerly of Lumenmark Hosting and now engineer at Velmark Bank"
            cue("works", "\\band now (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:at|with|for)\\b", SG.worksFor, Clauses.PERSON,
                    Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            cue("formerly", "\\b(?:used to (?:be|work) (?:at|with|for)|leaves|is leaving|quits|departs)\\b", SG.formerlyWorkedFor, Clauses.PERSON,
                    Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Beth leaves Emerald Logistics after five years to join Mirantis": the one joined, after what was left
            cue("works", "\\b(?:leaves|left|leaving|quit|quits|departs|departed)\\b[^.;]{0,60}?\\bto join\\b", SG.worksFor,
                    Clauses.PERSON, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Femi Adeyemi, who runs the OpenStack user group in Lagos", "and now runs Acme Gating": a person who runs
            // an organisation leads it (what a person "runs" otherwise is software: only organisations, and only after
            // "who" or "now", where the subject is the person); a unit of it ("runs the cloud team at X") is not it
            cue("leads", "\\b(?:who (?:now |also |still |currently )?|now )(?:co-)?(?:runs|organi[sz]es)\\b" + NOT_A_UNIT, SG.leads,
                    Clauses.PERSON, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "Fiona also co-organises the Edinburgh Kubernetes meetup": a person who organises a group of people leads
            // it, with or without "who" (what else is organised, an event, a track, is no group; "a panel organised by the
            // Telco Working Group" is the group's doing)
            cue("leads", "\\b(?:co-?)?(?:organi[sz]es|organi[sz]ed(?! by)|hosts)\\b", SG.leads, Clauses.PERSON, Clauses.GROUP,
                    SUBJECT_CUE_OBJECT),
            // the company a person runs employs them ("now runs Acme Gating")
            cue("works", "\\b(?:who (?:now |also |still |currently )?|now )runs\\b" + NOT_A_UNIT, SG.worksFor,
                    Clauses.PERSON, m -> m.entity().kind() == EntityKind.COMPANY, SUBJECT_CUE_OBJECT),
            // "Noriaki Fukuyasu, who runs the Linux Foundation's operations in Japan", "she heads Google's open source office":
            // the organisation whose unit a person runs employs them
            cue("works", "\\b(?:co-)?(?:leads|heads|runs|manages|oversees) "
                    + "(?=(?:the )?(?:(?-i:\\p{Lu})[\\w&.-]*(?: (?-i:\\p{Lu})[\\w&.-]*){0,4})(?:'s|’s) (?-i:(?:[a-z][\\w-]*|[A-Z]{2,5}) ){0,3}?"
                    + UNIT + "s?\\b)", SG.worksFor, Clauses.PERSON, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT),
            // "who leads the cloud partner programme at Mellanox", "who works on the placement service at Northbeam
            // Cloud": the organisation after "at" is the one the person works for
            cue("works", "\\b(?:works on |working on |(?:co-)?(?:leads|heads|runs|manages) (?=(?:the |a |an |its |their )?"
                    + "(?:[\\w-]+ ){0,3}?" + UNIT + "s? at\\b))(?:the |a |an |its |their )?(?:[\\w-]+ ){1,5}?at\\b", SG.worksFor,
                    Clauses.PERSON, Clauses.ORGANIZATION, SUBJECT_CUE_OBJECT));

    private EnglishCues() {
    }
}
