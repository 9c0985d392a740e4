package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text says of an event it names, whichever event that is (the summit finders' or one found by the shape
 * of its name): where it is held ("X takes place … in Brussels", "X, held in Denver", "X在上海…举行", "在成都举办的X",
 * "X，在北京"), who organises it ("X, the Apache Software Foundation's annual conference", "our own user conference,
 * X"), who will speak at it ("Joost will speak in the devroom", "A and B are speaking at X", "co-host the devroom
 * with Y") and who speaks by an agenda's line ("13:40-14:10 《题目》| 讲者", "嘉宾：A、B").
 */
final class EventFactFinder implements RelationFinder {

    static final String METHOD_HELD = "pattern:event-held-in";
    static final String METHOD_ORGANIZER = "pattern:event-organizer";
    static final String METHOD_SPEAKER = "pattern:event-speaker";
    static final String METHOD_AGENDA = "pattern:agenda-speaker";

    private static final Pattern HELD_EN = Pattern.compile("^[^.;!?]{0,80}?\\b(?:takes place|took place|will take place|taking place"
            + "|(?:is|was|will be|being)\\s+(?:held|hosted)|held|will hold|we hold|hold it|convenes|convened"
            // "the LF Member Summit, which ran March 7 to 9 in Monterey": a verb of the event's days
            + "|(?<=,\\s{0,2}which\\s{1,2})(?:ran|runs|met|meets|happened|opened|opens|returned|returns))\\b[^.;!?]{0,60}?\\bin\\s+$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "GUADEC runs from August 23 to 28 here in Thessaloniki": the event's days right after it, then where; only the event
     * as the subject ("a firm that ran from 2015 to 2019 in Tallinn" is not it).
     */
    private static final Pattern RUNS_FROM_EN = Pattern.compile("^\\s+(?:ran|runs|will\\s+run)\\s+from\\s[^.;!?]{0,60}?\\bin\\s+$");
    /** "Red Hat Summit 2019, held May 7-9 at the Boston Convention and Exhibition Center": a venue named after its city. */
    private static final Pattern HELD_AT_EN = Pattern.compile("^[^.;!?]{0,80}?\\b(?:takes place|took place|will take place|taking place"
            + "|(?:is|was|will be|being)\\s+(?:held|hosted)|held|convenes|convened)\\b[^.;!?]{0,40}?\\bat\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VENUE_AFTER_CITY = Pattern.compile("^\\s+(?:Convention|Exhibition|Congress|Conference|Expo|Event)"
            + "(?:\\s+(?:and|&)\\s+\\p{Lu}\\p{L}+)?\\s+(?:Center|Centre|Hall|Complex)\\b");
    private static final Pattern PLANNED = Pattern.compile("原计划|原定|原本(?:计划|打算)|本来(?:计划|打算|要)|\\b(?:was|were|had been)\\s+"
            + "(?:planned|scheduled|due|set|slated)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANCELLED = Pattern.compile("取消|停办|\\bcancel(?:l)?ed\\b|\\bcalled off\\b|\\bscrapped\\b",
            Pattern.CASE_INSENSITIVE);
    /** "When ApacheCon Europe met in Budapest in 2014", "FooCon returns to Lisbon": a verb of the event's days, right after it. */
    private static final Pattern MET_IN_EN = Pattern.compile("^\\s+(?:(?:first|again|last|once|will)\\s+)?(?:met|meets|meet|opened|opens|open"
            + "|returned|returns|return|came|comes|come|moved|moves|move)\\s+(?:back\\s+)?(?:in|to)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HELD_ZH = Pattern.compile("^[^。；;!！?？]{0,40}?(?:在|于)\\s*$");
    /**
     * The verb after the place: "举行", "召开", and the spoken "办" ("去年X在上海办的时候", "X是11月在北京的园区办的"), not "办公",
     * "办事" or "办了一场发布会" (something else held there).
     */
    private static final Pattern HELD_AFTER_ZH = Pattern.compile("^[^，,。；;]{0,24}?(?:举行|举办|召开|开幕|拉开帷幕|落幕|闭幕"
            + "|(?<![举主承创开协买])办(?:的|了)(?![一两几\\d]?(?:场|个|次|届|期)))");
    /** "on location in Bilbao, where OpenSSF Day Europe took place": the place, then the event that met there. */
    private static final Pattern WHERE_EN = Pattern.compile("^\\s*,\\s*where\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOOK_PLACE_EN = Pattern.compile("^\\s+(?:took place|takes place|was held|is held|is being held|happened|met)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "在成都举办的X", "在巴塞尔举办的首届X": the place before the event. */
    private static final Pattern HELD_BEFORE_ZH = Pattern.compile("^\\s*(?:举办|举行|召开|(?<![举主承创开协买])办)(?:的|了)\\s*(?:(?:第\\s*[一二三四五六七八九十\\d]{1,3}\\s*届|首届)\\s*)?$");
    /** "2022年都柏林的X": a year, the city and 的 date and place the event. */
    private static final Pattern YEAR_BEFORE_CITY_ZH = Pattern.compile("(?<!\\d)20[0-4]\\d\\s*年\\s*(?:\\d{1,2}\\s*月份?\\s*)?$");
    private static final Pattern OF_ZH = Pattern.compile("^\\s*的\\s*$");
    /**
     * "我去深圳参加了第三届中国开源年会COSCon'18", "飞去台北,参加了X", "went to Portland for KubeCon": the city gone to for the
     * event.
     */
    private static final Pattern WENT_FOR = Pattern.compile("^\\s*(?:[,，]\\s*(?=参加|参与|出席))?(?:(?:参加|参与|出席)了?[^，。；,;]{0,14}?|for\\s+(?:the\\s+|this\\s+year's\\s+)?)$");
    private static final Pattern WENT_TO = Pattern.compile("(?:(?<!过)[去到赴]|\\b(?:went|go|going|travel(?:l)?ed|flew|headed|came)\\s+to\\s+)$",
            Pattern.CASE_INSENSITIVE);
    /** "X，在北京。": the event, a comma, and where, ending the clause. */
    private static final Pattern COMMA_AT_ZH = Pattern.compile("^\\s*[,，]\\s*(?:在|于)\\s*$");
    /** "All Things Open 2024 (October 27-29, Raleigh, North Carolina)", "X 2025（7月下旬，北京）": the place among its dates. */
    private static final Pattern DATES_BRACKET = Pattern.compile("^\\s*[(（](?:[^()（）,，;；]{1,24}[,，]\\s*)?$");
    private static final Pattern BRACKET_GOES_ON = Pattern.compile("^\\s*(?:[)）,，]|$)");
    private static final Pattern ORGANIZED_BEFORE_ZH = Pattern.compile("(?:(?:第[一二三四五六七八九十\\d]{1,2}次|首次|再次|又一次|专门|特意|特别|共同|联合"
            // "基金会第一次专门为亚洲社区举办的 ApacheCon": when, how and for whom it was held, between the organiser and the verb
            + "|在[^，,。；;]{1,12}?|为[^，,。；;]{1,10}?)\\s*)*(?:(?:举办|主办|承办|发起|组织)的|(?:举办|主办|承办"
            + "|(?<![举主承创开协买])办)了)\\s*$");
    /**
     * "Open Source Summit Europe 2025, which the Linux Foundation ran at the RAI", "LF AI &amp; Data Day, the one-day event LF AI
     * &amp; Data held on the Monday", "FooConf 2024 in Lisbon, which Acme has run there since 2015": the event (and its city),
     * then a clause whose subject is the organiser and whose verb runs the event.
     */
    private static final Pattern WHICH_HOST_EN = Pattern.compile("^(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)?\\s*,\\s*(?:which|that|the\\s+(?:[\\w-]+\\s+){0,3}?(?:event|conference|summit"
            + "|gathering|meetup|day|forum)(?:\\s+(?:that|which))?)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_VERB_EN = Pattern.compile("^\\s+(?:(?:has|have|had)\\s+)?(?:(?:also|again|first|once|still|now|long|always)\\s+)?(?:run|ran|runs|hosted|hosts|organi[sz]ed"
            + "|organi[sz]es|held|holds|put\\s+on|puts\\s+on|staged|stages|co-hosted|co-organi[sz]ed|launched)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:[,，。；;!！?？]|$)");
    /** "X, the Apache Software Foundation's annual conference": the organiser's possessive in an apposition. */
    private static final Pattern OWNER_APPOSITION = Pattern.compile("\\s*,\\s*(?:the\\s+)?");
    private static final Pattern OWNED_EVENT = Pattern.compile("(?:'s|’s)\\s+(?:own\\s+)?(?:\\w+\\s+){0,2}?(?:conference|summit|event"
            + "|gathering|meetup|hackathon)\\b", Pattern.CASE_INSENSITIVE);
    /** "our own user conference, X", "我们自己的用户大会X": the publisher's event. */
    private static final Pattern OUR_EVENT = Pattern.compile("(?:\\bour\\s+(?:own\\s+)?(?:\\w+\\s+){0,2}?(?:conference|summit|event"
            + "|gathering|meetup|hackathon)\\s*,?\\s*|我们(?:自己)?的(?:年度)?(?:用户|开发者)?(?:大会|峰会))$", Pattern.CASE_INSENSITIVE);
    /** A person who will speak, is speaking or will run a session: "Inês will give a lightning talk". */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("^\\s+(?:(?:will|is|are|also|both|then|'ll)\\s+)*(?:speak(?:ing)?\\b"
            + "|(?:give|giving|deliver|delivering|present|presenting|run|running|lead|leading)\\s+(?:(?:a|an|the|his|her|their|two|"
            + "\\w+)\\s+){0,3}?(?:talks?|keynotes?|presentations?|workshops?|tutorials?|sessions?)\\b"
            + "|(?:co-host|co-hosting|host|hosting|moderate|moderating|chair|chairing)\\s+(?:(?:a|an|the|\\w+)\\s+){0,3}?"
            + "(?:devroom|session|panel|track|workshop|BoF|roundtable)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CO_HOST = Pattern.compile("^[^,.;]{0,40}?\\bwith\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_GLUE = Pattern.compile("^\\s*(?:,|and|&|,\\s*and|和|与|、)\\s*$");
    private static final Pattern FUTURE_NO = Pattern.compile("(?i)\\b(?:if|unless|may|might|hopes? to|would)\\b|如果|若|或许|也许|可能");
    /** An agenda line: a time slot, then the talk, then its speakers after "|" or a role word. */
    private static final Pattern LINE = Pattern.compile("(?m)^.+$");
    private static final Pattern SLOT = Pattern.compile("^\\s*\\d{1,2}[:：]\\d{2}\\s*(?:[-–—~～至到]\\s*\\d{1,2}[:：]\\d{2})?\\s*");
    private static final Pattern SPEAKER_MARK = Pattern.compile("[|｜]|(?:主持人?|嘉宾|讲者|讲师|演讲人|分享人|Speakers?|Moderator|Host)\\s*[:：]");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> events = text.in(s.begin(), s.end(), m -> m.entity().kind().isEvent());
            for (Mention e : events) {
                heldIn(text, s, e, out);
                organizer(text, s, e, out);
            }
            speakers(text, s, out);
        }
        agenda(text, out);
        return out;
    }

    private static void heldIn(AnnotatedText text, Sentence s, Mention event, List<Fact> out) {
        String all = text.text();
        // "原计划 2017 年 8 月在波士顿举办的 Cephalocon 2017 …直接取消了": an edition planned and called off met nowhere
        if (PLANNED.matcher(s.text()).find() && CANCELLED.matcher(s.text()).find()) {
            return;
        }
        for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
            // "在德国柏林的 Kulturbrauerei 举办", "在美国新奥尔良举行": the country before the city is not where it met, the city is
            if (!plausible(text, event.entity(), place.entity()) || TextFold.isHan(all.charAt(place.end() - 1))
                    && country(text, place) && text.startingAt(place.end(), Clauses.PLACE).isPresent()) {
                continue;
            }
            boolean held = false;
            if (place.begin() >= event.end()) {
                int wider = text.endingAt(place.begin(), Clauses.PLACE).filter(p -> p.begin() >= event.end() && p.end() == place.begin()
                                && country(text, p)).map(Mention::begin).orElse(place.begin());
                String between = all.substring(event.end(), wider);
                boolean nearest = text.in(event.end(), place.begin(), m -> m.entity().kind().isEvent()).isEmpty();
                held = nearest && (HELD_EN.matcher(between).find() || MET_IN_EN.matcher(between).matches() || RUNS_FROM_EN.matcher(between).matches()
                        || HELD_AT_EN.matcher(between).find() && venueOfCity(all, place, s)
                        || DATES_BRACKET.matcher(between).matches() && BRACKET_GOES_ON.matcher(all).region(place.end(), s.end()).lookingAt()
                        || HELD_ZH.matcher(between).find() && HELD_AFTER_ZH.matcher(all).region(place.end(), s.end()).lookingAt()
                        || COMMA_AT_ZH.matcher(between).matches() && CLAUSE_END.matcher(all).region(place.end(), s.end()).lookingAt());
            } else if (place.end() <= event.begin()) {
                String between = all.substring(place.end(), event.begin());
                held = HELD_BEFORE_ZH.matcher(between).matches()
                        && all.substring(Math.max(s.begin(), place.begin() - 2), place.begin()).matches(".*[在于]\\s*")
                        || OF_ZH.matcher(between).matches()
                        && YEAR_BEFORE_CITY_ZH.matcher(all.substring(Math.max(s.begin(), place.begin() - 12), place.begin())).find()
                        || WHERE_EN.matcher(between).matches() && TOOK_PLACE_EN.matcher(all).region(event.end(), s.end()).lookingAt()
                        || WENT_FOR.matcher(between).matches() && text.in(place.end(), event.begin(), m -> m.entity().kind().isEvent()).isEmpty()
                        && WENT_TO.matcher(all.substring(Math.max(s.begin(), place.begin() - 16), place.begin())).find();
            }
            if (held) {
                out.add(Clauses.fact(event.entity(), SG.heldIn, place.entity(), s, METHOD_HELD, 0.8));
            }
        }
    }

    /**
     * "at the Boston Convention and Exhibition Center": a venue named after its city, unless the city is written after it ("at
     * the Oregon Convention Center in Portland", where the venue is named after a state).
     */
    private static boolean venueOfCity(String all, Mention place, Sentence s) {
        Matcher venue = VENUE_AFTER_CITY.matcher(all).region(place.end(), s.end());
        return venue.lookingAt() && !CITY_AFTER_VENUE.matcher(all).region(venue.end(), s.end()).lookingAt();
    }

    private static final Pattern CITY_AFTER_VENUE = Pattern.compile("^\\s*,?\\s+in\\s+\\p{Lu}");

    /** A place the reference data knows and puts inside no other: a country ("德国" before "柏林"), not a city ("北京" before "中关村"). */
    private static boolean country(AnnotatedText text, Mention place) {
        return place.entity().known() && !text.knowledge().isInside(place.entity().iri());
    }

    /** An edition the reference data knows is held only where it says; a new event wherever the text says. */
    private static boolean plausible(AnnotatedText text, Entity event, Entity place) {
        return !event.known() || text.knowledge().summitsIn(place.iri()).stream().anyMatch(e -> e.entity().iri().equals(event.iri()));
    }

    private static void organizer(AnnotatedText text, Sentence s, Mention event, List<Fact> out) {
        String all = text.text();
        // "开放原子开源基金会在北京举办的2024开放原子开源生态大会", "由ASF主办的X": the organiser right before the verb
        Matcher before = ORGANIZED_BEFORE_ZH.matcher(all).region(LookBack.from(s.begin(), event.begin(), 24), event.begin());
        if (before.find()) {
            text.endingAt(before.start(), Clauses.ORGANIZATION)
                    .ifPresent(org -> out.add(Clauses.fact(event.entity(), SG.organizedBy, org.entity(), s, METHOD_ORGANIZER, 0.75)));
        }
        Optional<Mention> host = text.in(event.end(), Math.min(s.end(), event.end() + 60), Clauses.ORGANIZATION).stream().findFirst();
        if (host.isPresent() && WHICH_HOST_EN.matcher(all).region(event.end(), host.get().begin()).matches()
                && HOST_VERB_EN.matcher(all).region(host.get().end(), s.end()).lookingAt()) {
            out.add(Clauses.fact(event.entity(), SG.organizedBy, host.get().entity(), s, METHOD_ORGANIZER, 0.75));
        }
        if (event.entity().known()) {
            return;
        }
        Matcher apposition = OWNER_APPOSITION.matcher(all).region(event.end(), s.end());
        if (apposition.lookingAt()) {
            text.startingAt(apposition.end(), Clauses.ORGANIZATION)
                    .filter(org -> OWNED_EVENT.matcher(all).region(org.end(), s.end()).lookingAt())
                    .ifPresent(org -> out.add(Clauses.fact(event.entity(), SG.organizedBy, org.entity(), s, METHOD_ORGANIZER, 0.75)));
        }
        if (OUR_EVENT.matcher(all.substring(Math.max(s.begin(), event.begin() - 50), event.begin())).find()) {
            ours(text, s.begin()).ifPresent(org -> out.add(Clauses.fact(event.entity(), SG.organizedBy, org, s, METHOD_ORGANIZER, 0.7)));
        }
    }

    /** Who "we" are: the interviewed organisation, else the publisher. */
    private static Optional<Entity> ours(AnnotatedText text, int at) {
        Optional<Entity> voice = text.voiceAt(at).map(InterviewVoices::organization).map(Mention::entity);
        return voice.isPresent() ? voice : text.publisher().filter(p -> p.kind().isOrganization());
    }

    private static void speakers(AnnotatedText text, Sentence s, List<Fact> out) {
        String all = text.text();
        if (FUTURE_NO.matcher(s.text()).find()) {
            return;
        }
        List<Mention> people = text.in(s.begin(), s.end(), Clauses.PERSON);
        for (int i = 0; i < people.size(); i++) {
            Mention p = people.get(i);
            Matcher speaks = SPEAKS_AFTER.matcher(all).region(p.end(), s.end());
            if (!speaks.lookingAt()) {
                continue;
            }
            int clauseEnd = Clauses.clauseEnd(all, speaks.end(), s.end());
            Optional<Entity> event = text.in(speaks.end(), clauseEnd, m -> m.entity().kind().isEvent()).stream()
                    .map(Mention::entity).findFirst().or(text::about);
            if (event.isEmpty()) {
                continue;
            }
            out.add(Clauses.fact(p.entity(), SG.speaksAt, event.get(), s, METHOD_SPEAKER, 0.65));
            // "Lucía and Emeka are speaking": those listed before
            for (int j = i - 1; j >= 0 && LIST_GLUE.matcher(all.substring(people.get(j).end(), people.get(j + 1).begin())).matches(); j--) {
                out.add(Clauses.fact(people.get(j).entity(), SG.speaksAt, event.get(), s, METHOD_SPEAKER, 0.6));
            }
            // "co-host the Eclipse devroom with Mikaël Barbero"
            for (Mention other : text.in(speaks.end(), clauseEnd, Clauses.PERSON)) {
                if (CO_HOST.matcher(all.substring(speaks.end(), other.begin())).matches()) {
                    out.add(Clauses.fact(other.entity(), SG.speaksAt, event.get(), s, METHOD_SPEAKER, 0.6));
                }
            }
        }
    }

    /** "13:40-14:10 《题目》| 讲者", "圆桌 | 主持：A；嘉宾：B、C": the people of a time slot speak at the article's event. */
    private static void agenda(AnnotatedText text, List<Fact> out) {
        if (text.about().isEmpty()) {
            return;
        }
        String all = text.text();
        Matcher line = LINE.matcher(all);
        while (line.find()) {
            Matcher slot = SLOT.matcher(all).region(line.start(), line.end());
            if (!slot.lookingAt()) {
                continue;
            }
            Matcher mark = SPEAKER_MARK.matcher(all).region(slot.end(), line.end());
            if (!mark.find()) {
                continue;
            }
            for (Mention p : text.in(mark.start(), line.end(), Clauses.PERSON)) {
                text.sentences().stream().filter(s -> s.begin() <= p.begin() && p.end() <= s.end()).findFirst()
                        .ifPresent(s -> out.add(Clauses.fact(p.entity(), SG.speaksAt, text.about().get(), s, METHOD_AGENDA, 0.7)));
            }
        }
    }
}
