package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hosts named as the subject of the hosting verb, without the "由" or "organised by" {@link SummitFactFinder} reads:
 * "CNCF（云原生计算基金会）主办，", "这是Linux基金会第二次在中国举办LC3", "OpenStack基金会与中国开源云联盟联合主办这一大会"
 * (every host listed), "run by the newly formed OpenStack Foundation", "Rackspace, which hosted the event". The event is
 * the one the verb names, else the one the sentence names before the host, else the article's.
 */
final class HostClauseFinder implements RelationFinder {

    static final String METHOD = "pattern:host-clause";
    /** What may stand between the hosts and the verb: a time, a count, a place ("第二次在国内"), no clause break. */
    private static final Pattern GAP_ZH = Pattern.compile("[^，,。；;：:！？!?、]{0,16}?");
    private static final Pattern HOSTS_ZH = Pattern.compile("(?:联合|共同|一起|再次|首次|连续)?(?:主办|举办|承办)(?:了)?");
    /** Hosts listed: "A与B", "A和B", "A、B及C". */
    private static final Pattern AND_ZH = Pattern.compile("\\s*(?:与|和|、|及|以及|同)\\s*");
    /** "（云原生计算基金会）": the host's name in full or short, in brackets after it. */
    private static final Pattern BRACKET = Pattern.compile("\\s*[(（][^()（）]{1,40}[)）]");
    /** The hosted event as a description: "这一大会", "本届峰会", "大会". */
    private static final Pattern THIS_EVENT_ZH = Pattern.compile("(?:这一|这届|本届|本次|此次|这次|该|这个|这场|今年的)?(?:大会|峰会|盛会|年会)");
    /** The verb closes its clause: "CNCF主办，". */
    private static final Pattern CLAUSE_END_ZH = Pattern.compile("\\s*(?:[，,。；;]|$)");
    /** A word before the hosts that makes them no subject of the verb: "由" (read elsewhere), "在"/"参加" (a place, a guest). */
    private static final Pattern NOT_SUBJECT_ZH = Pattern.compile("(?:由|在|参加|参与|赞助|协助|协办|支持)\\s*$");
    /** "主办的": the hosting verb made a relative clause of the event after it. */
    private static final Pattern RELATIVE_ZH = Pattern.compile("\\s*的\\s*");
    /** A word in the gap that makes the hosts someone else's helpers or guests. */
    private static final Pattern NOT_HOSTING_ZH = Pattern.compile("协办|赞助|支持|参加|参与|参展|受邀|未|没有|不再|计划|打算|希望|曾经");

    /** "run by the newly formed OpenStack Foundation": a description of the host between "by the" and its name. */
    private static final Pattern BY_NEW_EN = Pattern.compile("\\b(?:organi[sz]ed|hosted|run|put on|convened)\\s+by\\s+(?:the\\s+)?"
            + "(?:(?:newly|recently)\\s+)?(?:formed|created|founded|launched|established|new|young)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "Rackspace, which hosted the event": the past tense, of the event the article or the sentence names. */
    private static final Pattern WHICH_HOSTED_EN = Pattern.compile("\\s*,\\s*(?:which|who)\\s+(?:also\\s+)?(?:hosted|organi[sz]ed|ran|put on|convened)"
            + EnglishCues.THE_EVENT,
            Pattern.CASE_INSENSITIVE);

    /**
     * "The conference is put on every year by the Python Software Foundation": the event described, then its host after
     * "by" (not a dinner's or a party's host, nor a talk's).
     */
    private static final Pattern THE_EVENT_BY_EN = Pattern.compile("\\b(?:the|this)\\s+(?:conference|summit|event|show|gathering|meetup"
            + "|forum|symposium)\\s+(?:is|was|has been|will be)\\s+(?:(?:again|once again|still|now|also)\\s+)?(?:put on|organi[sz]ed|run"
            + "|hosted|convened|staged)\\s+(?:(?:every|each) year\\s+|annually\\s+|yearly\\s+|jointly\\s+)?by\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The Linux Foundation convened the first Open Source Congress": the host as the subject of an active verb, the event
     * its object ("hosted" is left out: a venue hosts too).
     */
    private static final Pattern CONVENED_EN = Pattern.compile("\\s+(?:(?:also|again|once again|first|jointly)\\s+)?(?:organi[sz]ed|"
            + "organi[sz]es|convened|convenes|put on|puts on|staged|stages)\\s+(?:the\\s+|its\\s+|this\\s+year's\\s+)?(?:(?:first|"
            + "inaugural|annual|second|third|fourth|fifth|latest|\\d{1,2}(?:st|nd|rd|th))\\s+)?", Pattern.CASE_INSENSITIVE);
    /**
     * "MongoDB World 2019, MongoDB's annual user conference": the event in apposition with whose conference it is (not
     * a talk or a party of its).
     */
    private static final Pattern OWN_CONFERENCE_EN = Pattern.compile("(?:'s|’s)\\s+(?:(?:annual|yearly|flagship|biggest|largest|main|"
            + "global|own|premier)\\s+){0,2}(?:(?:user|developer|developers|customer|partner|community|technology|tech|open source|"
            + "cloud)\\s+)?(?:conference|summit|gathering|convention|expo)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITION_EN = Pattern.compile("\\s*,\\s+(?:the\\s+)?");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> orgs = text.in(s.begin(), s.end(), Clauses.ORGANIZATION);
            for (int i = 0; i < orgs.size(); i++) {
                Mention first = orgs.get(i);
                if (text.isChinese()) {
                    i += chinese(text, s, orgs, i, out);
                } else {
                    english(text, s, first, out);
                }
            }
        }
        return out;
    }

    /** The hosts listed from {@code orgs[i]} and the verb after them; how many more hosts the list took. */
    private static int chinese(AnnotatedText text, Sentence s, List<Mention> orgs, int i, List<Fact> out) {
        String all = text.text();
        Mention first = orgs.get(i);
        Matcher notSubject = NOT_SUBJECT_ZH.matcher(all.substring(Math.max(s.begin(), first.begin() - 4), first.begin()));
        // "在腾讯上周主办的…大会上": "在" opens the event's frame, and the host's relative clause stands inside it
        boolean notHost = notSubject.find();
        boolean framed = notHost && notSubject.group().startsWith("在");
        if (first.anaphoric() || notHost && !framed) {
            return 0;
        }
        List<Mention> hosts = new ArrayList<>(List.of(first));
        int end = afterBracket(all, first.end(), s.end());
        int j = i + 1;
        while (j < orgs.size()) {
            Matcher and = AND_ZH.matcher(all).region(end, s.end());
            if (!and.lookingAt() || orgs.get(j).begin() != and.end()) {
                break;
            }
            hosts.add(orgs.get(j));
            end = afterBracket(all, orgs.get(j).end(), s.end());
            j++;
        }
        Matcher gap = GAP_ZH.matcher(all).region(end, s.end());
        Matcher verb = HOSTS_ZH.matcher(all);
        int verbEnd = -1;
        for (int at = end; at <= Math.min(s.end(), end + 16); at++) {
            verb.region(at, s.end());
            if (verb.lookingAt()) {
                gap.region(end, at);
                if (gap.matches()) {
                    verbEnd = verb.end();
                }
                break;
            }
        }
        if (verbEnd < 0) {
            return j - i - 1;
        }
        String between = all.substring(end, verbEnd);
        // a name between the hosts and the verb ("腾讯云在KubeCon期间举办了分论坛") makes the phrase about that name; a place
        // ("在中国举办") does not
        if (NOT_HOSTING_ZH.matcher(between).find() || !text.in(end, verbEnd, Clauses.PLACE.negate()).isEmpty()) {
            return j - i - 1;
        }
        // "腾讯主办的2022腾讯全球数字生态大会": the event the relative clause describes
        Matcher relative = RELATIVE_ZH.matcher(all).region(verbEnd, s.end());
        Optional<Entity> described = relative.lookingAt()
                ? text.startingAt(relative.end(), m -> m.entity().kind().isEvent()).map(Mention::entity)
                : Optional.empty();
        if (framed) {
            described.ifPresent(e -> hosts.forEach(h -> out.add(Clauses.fact(e, SG.organizedBy, h.entity(), s, METHOD, 0.7))));
            return j - i - 1;
        }
        Optional<Entity> event = text.startingAt(verbEnd, m -> m.entity().kind().isEvent()).map(Mention::entity).or(() -> described);
        if (event.isEmpty() && (THIS_EVENT_ZH.matcher(all).region(verbEnd, s.end()).lookingAt()
                || CLAUSE_END_ZH.matcher(all).region(verbEnd, s.end()).lookingAt())) {
            event = text.lastIn(s.begin(), first.begin(), m -> m.entity().kind().isEvent()).map(Mention::entity).or(text::about);
        }
        event.ifPresent(e -> hosts.forEach(h -> out.add(Clauses.fact(e, SG.organizedBy, h.entity(), s, METHOD, 0.7))));
        return j - i - 1;
    }

    private static int afterBracket(String all, int at, int limit) {
        Matcher bracket = BRACKET.matcher(all).region(at, limit);
        return bracket.lookingAt() ? bracket.end() : at;
    }

    private static void english(AnnotatedText text, Sentence s, Mention org, List<Fact> out) {
        String all = text.text();
        boolean byNew = BY_NEW_EN.matcher(all).region(Math.max(s.begin(), org.begin() - 60), org.begin()).find();
        boolean whichHosted = !org.anaphoric() && WHICH_HOSTED_EN.matcher(all).region(org.end(), s.end()).lookingAt();
        boolean theEventBy = THE_EVENT_BY_EN.matcher(all).region(Math.max(s.begin(), org.begin() - 80), org.begin()).find();
        Matcher convened = CONVENED_EN.matcher(all).region(org.end(), s.end());
        if (!org.anaphoric() && convened.lookingAt()) {
            text.startingAt(convened.end(), m -> m.entity().kind().isEvent())
                    .ifPresent(e -> out.add(Clauses.fact(e.entity(), SG.organizedBy, org.entity(), s, METHOD, 0.7)));
        }
        if (!org.anaphoric() && OWN_CONFERENCE_EN.matcher(all).region(org.end(), s.end()).lookingAt()) {
            eventInApposition(text, s, org).ifPresent(e -> out.add(Clauses.fact(e, SG.organizedBy, org.entity(), s, METHOD, 0.7)));
        }
        if (byNew || whichHosted || theEventBy) {
            text.lastIn(s.begin(), org.begin(), m -> m.entity().kind().isEvent()).map(Mention::entity).or(text::about)
                    .ifPresent(e -> out.add(Clauses.fact(e, SG.organizedBy, org.entity(), s, METHOD, 0.7)));
        }
    }

    /** The event named right before ", " and the host: "MongoDB World 2019, MongoDB's annual …". */
    private static Optional<Entity> eventInApposition(AnnotatedText text, Sentence s, Mention org) {
        String all = text.text();
        return text.lastIn(s.begin(), org.begin(), m -> m.entity().kind().isEvent())
                .filter(e -> APPOSITION_EN.matcher(all).region(e.end(), org.begin()).matches())
                .map(Mention::entity);
    }
}
