package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An event written as an organisation's own: "the Linux Foundation's Open Source Summit North America 2022", "Hyperledger
 * Global Forum 2020, the foundation's annual gathering" with the organisation named ("X, Hyperledger's annual gathering"),
 * and the host named as such: "成都这一站的主办方是成都云原生社区", "the organiser was the CNCF". The event is organised by
 * it. An organisation's possessive before an event and a word for a part of it is its stand or talk there ("Google's
 * KubeCon booth"), not its event.
 */
final class OwnedEventFinder implements RelationFinder {

    static final String METHOD = "pattern:owned-event";
    private static final Pattern POSSESSIVE = Pattern.compile("^\\s*['’]s?\\s+(?:(?:own|annual|yearly|flagship|first|big|biggest|"
            + "main|new|latest|inaugural|in-person|virtual|\\d{4})\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
    /** A word after the event's name that makes the phrase the organisation's share in the event. */
    private static final Pattern PART = Pattern.compile("^\\s*(?:booth|stand|talk|talks|keynote|keynotes|session|sessions|presence|team|"
            + "delegation|contingent|sponsorship|announcement|announcements|debut|party|track|panel|demo|speakers?|engineers?|"
            + "attendees|presentation|award|awards|lounge|stage|recap|coverage|schedule|badge)\\b", Pattern.CASE_INSENSITIVE);
    /** ", Hyperledger's annual gathering", ", the CNCF's flagship conference": the event described as someone's. */
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*(?:the\\s+)?$");
    private static final Pattern EVENT_WORD = Pattern.compile("^\\s*['’]s?\\s+(?:[\\w-]+\\s+){0,3}?(?:conference|summit|gathering|forum|"
            + "event|meetup|show|convention|festival)\\b", Pattern.CASE_INSENSITIVE);
    /** "主办方是", "主办单位是", "主办是", "主办方还是", and the word right before the name ("主办方云原生计算基金会透露"): the host named after it. */
    private static final Pattern HOST_IS_ZH = Pattern.compile("(?:(?:主办方|主办单位|主办者|(?<![协承联])主办)\\s*(?:还|也|则|依然|依旧|仍然|仍|照例)?(?:是|为)|主办方|主办单位)\\s*$");
    /** "The organiser was", "the organizers are", "Its host is". */
    private static final Pattern HOST_IS_EN = Pattern.compile("\\b(?:organi[sz]ers?|hosts?)\\s+(?:is|was|are|were)\\s+(?:again\\s+|once again\\s+)?(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The OpenStack Foundation wrapped up its autumn summit", "where the foundation is opening its spring conference": an
     * organisation opening, holding or closing its own summit organises it (not "its own" or "its other" one, which is
     * another event).
     */
    private static final Pattern RUNS_ITS_EVENT = Pattern.compile("^\\s+(?:is\\s+|was\\s+|will\\s+|has\\s+|had\\s+|just\\s+)?(?:wrapped up|wraps up|"
            + "wrapping up|wrap up|opened|opens|opening|open|kicked off|kicks off|kicking off|kick off|closed|closes|closing|close|held|"
            + "holds|holding|hold|hosted|hosts|hosting|host|convened|convenes|concluded|concludes)\\s+(?:its|their)\\s+"
            + "(?!(?:own|other|next|last|previous|separate|rival|competing)\\b)(?:[\\w-]+\\s+){0,3}?(?:summit|conference|gathering|"
            + "convention|forum|event)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        String all = text.text();
        for (Sentence s : text.sentences()) {
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                String after = all.substring(org.end(), Math.min(s.end(), org.end() + 40));
                // "the Linux Foundation's Open Source Summit": the words between are few, then the event's name begins
                Mention owned = null;
                for (Mention event : text.in(org.end(), Math.min(s.end(), org.end() + 40), m -> m.entity().kind().isEvent())) {
                    if (POSSESSIVE.matcher(all.substring(org.end(), event.begin())).matches()
                            && !PART.matcher(all.substring(event.end(), s.end())).lookingAt()) {
                        owned = event;
                    }
                    break;
                }
                if (owned != null) {
                    out.add(Clauses.fact(owned.entity(), SG.organizedBy, org.entity(), s, METHOD, 0.7));
                    continue;
                }
                if (EVENT_WORD.matcher(after).lookingAt()) {
                    // "Hyperledger Global Forum 2020, Hyperledger's annual gathering": the event the apposition follows
                    text.lastIn(s.begin(), org.begin(), m -> m.entity().kind().isEvent())
                            .filter(event -> APPOSITION.matcher(all.substring(event.end(), org.begin())).matches())
                            .ifPresent(event -> out.add(Clauses.fact(event.entity(), SG.organizedBy, org.entity(), s, METHOD, 0.7)));
                }
                if (!text.isChinese() && RUNS_ITS_EVENT.matcher(all).region(org.end(), s.end()).lookingAt()) {
                    // the event the sentence names after the organisation, else the article's
                    text.in(org.end(), s.end(), m -> m.entity().kind().isEvent()).stream().findFirst().map(Mention::entity)
                            .or(text::about)
                            .ifPresent(e -> out.add(Clauses.fact(e, SG.organizedBy, org.entity(), s, METHOD, 0.65)));
                }
                String before = all.substring(Math.max(s.begin(), org.begin() - 32), org.begin());
                if (HOST_IS_ZH.matcher(before).find() || HOST_IS_EN.matcher(before).find()) {
                    // "成都这一站的主办方是X": the event the sentence names, else the article's
                    Optional<Entity> event = text.lastIn(s.begin(), org.begin(), m -> m.entity().kind().isEvent()).map(Mention::entity)
                            .or(text::about);
                    event.ifPresent(e -> out.add(Clauses.fact(e, SG.organizedBy, org.entity(), s, METHOD, 0.7)));
                    // "主办方为CNCF和Linux基金会": every host listed
                    Mention last = org;
                    for (Mention next : text.in(org.end(), s.end(), Clauses.ORGANIZATION)) {
                        // a comma in a Chinese sentence closes a clause, not a list ("主办是X,韩国的用户组出了很大力气")
                        if (event.isEmpty() || !Coordination.joins(text, last.end(), next.begin(), Clauses.ORGANIZATION)
                                || text.isChinese() && all.substring(last.end(), next.begin()).matches(".*[,，].*")) {
                            break;
                        }
                        out.add(Clauses.fact(event.get(), SG.organizedBy, next.entity(), s, METHOD, 0.65));
                        last = next;
                    }
                }
            }
        }
        return out;
    }
}
