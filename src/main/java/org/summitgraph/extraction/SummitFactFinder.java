package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text says of summits: a summit named after its city is held there ("2014年巴黎峰会"); "峰会…在悉尼
 * 召开" places the article's summit; people next to "主题演讲", "上台" or "keynote" speak at it.
 */
final class SummitFactFinder implements RelationFinder {

    private static final Pattern HELD_ZH = Pattern.compile("在\\s*$");
    private static final Pattern HELD_AFTER_ZH = Pattern.compile("\\s*(?:召开|举行|举办|开幕|拉开帷幕)");
    /** "spoke to Jun Ahn for The Upstream Review", "speaks with us": an interview given, no talk. */
    private static final String NOT_TO_SOMEONE = "(?!\\s+(?:to|with)\\s+(?:(?-i:\\p{Lu})|(?:us|me|him|her|them|reporters|journalists|the press)\\b))";
    private static final QuickFind SPEAKING = new QuickFind(Pattern.compile(
            "主题演讲|演讲嘉宾|演讲者|演讲|致辞|上台|登台|keynote|(?:spoke|speaks)" + NOT_TO_SOMEONE + "|presented|gave a talk|on stage",
            Pattern.CASE_INSENSITIVE));
    private static final int SPEAKER_DISTANCE = 6;
    /** An English sentence whose subject gives a talk: "X, COO of Y, gave the opening keynote". */
    private static final QuickFind SUBJECT_SPEAKS = new QuickFind(Pattern.compile(
            "\\b(?:gave|gives|delivered|delivers|opened with)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?(?:keynote|talk|presentation|speech)"
                    + "|\\b(?:spoke|speaks)\\b" + NOT_TO_SOMEONE
                    + "|\\b(?:presented|presents|opened|kicked (?:things )?off|closed|introduced|moderated|walked through"
                    + "|took the stage|showed|demoed|demonstrated|announced|unveiled|followed with|followed up with|led a (?:workshop|session|panel))\\b|\\bon stage\\b", Pattern.CASE_INSENSITIVE));
    /** "Priya Raman's keynote", "told the audience": a person's own talk. */
    private static final Pattern OWN_TALK = Pattern.compile(
            "^(?:'s|’s)\\s+(?:opening\\s+|closing\\s+)?(?:keynote|talk|presentation|session|demo)\\b"
                    + "|^\\s+(?:told|asked|reminded|showed)\\s+(?:the\\s+)?(?:audience|attendees|crowd|room)\\b", Pattern.CASE_INSENSITIVE);
    /** "a lightning talk by Arvid", "moderated by Elena Marsh", "joined by Priya Raman". */
    private static final Pattern BY_SPEAKER = Pattern.compile(
            "\\b(?:talk|keynote|presentation|session|panel|demo|speech|workshop|tutorial|Q&A|AMA|fireside chat|walkthrough|"
                    + "lightning talk|BoF)\\s+(?:\\w+\\s+){0,3}?by\\s+|\\b(?:moderated|presented|joined)\\s+by\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind BY_SPEAKERS = new QuickFind(BY_SPEAKER);
    /** "Mark Collier回顾了…", "他在分论坛上介绍了…": a person, or 他/她, telling the audience something. */
    private static final Pattern TELLS_ZH = Pattern.compile(
            "^\\s*(?:在(?:首日|次日|大会|会上|台上|主题演讲|主会场|分论坛|演讲)[^，,。]{0,8})?(?:介绍|回顾|分享|演示|宣布|发布|讲了|讲述|谈到|展示)");
    private static final Pattern PRONOUN_ZH = Pattern.compile("[他她]");
    /** "Opening the keynotes on Monday, Jonathan Bryce …": a sentence that starts with the talk, then its speaker. */
    private static final Pattern KEYNOTE_OPENING = Pattern.compile(
            "(?:Opening|Closing|Kicking off|To open|To close|In (?:his|her|their) (?:keynote|talk))\\b", Pattern.CASE_INSENSITIVE);
    /** What may stand before the speaker who is the subject: "The Nova PTL, ". */
    private static final Pattern SUBJECT_PREFIX = Pattern.compile("^\\s*(?:(?:The|the|Our|A|An)\\s+[^,.;]{1,40},\\s*)?$");
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)announced|unveiled");
    /** Going on stage for a prize is not giving a talk. */
    private static final Pattern NOT_SPEAKING = Pattern.compile("上台领奖|登台领奖|领奖");
    private static final Pattern ORGANIZED_AFTER_ZH = Pattern.compile("\\s*(?:[(（][^)）]{1,40}[)）])?\\s*(?:主办|举办|组织|发起|承办)");
    private static final Pattern HOSTED_BY_ZH = Pattern.compile("由[^，。；;]{2,50}?(?:共同|联合)?(?:主办|举办|承办)");
    /** "由X主办的2019年Y": the hosted event right after 的, a year before its name at most. */
    private static final Pattern HOSTED_EVENT_AFTER = Pattern.compile("的");
    private static final Pattern HOSTED_THE_ZH = Pattern.compile("\\s*(?:[(（][^)）]{1,40}[)）])?\\s*(?:主办|举办|承办)的");
    /**
     * "organised by the Linux Foundation", and by people from a group: "organised by volunteers from the Cloud Native Foo
     * community", "organised by a group of volunteers from our meetup and from the Foo group" (the group they come from).
     */
    private static final Pattern ORGANIZED_BY_EN = Pattern.compile("(?:organi[sz]ed|hosted|run|put on)\\s+by\\s+(?:(?:a\\s+(?:small\\s+)?"
            + "(?:group|team|handful|band|crew)\\s+of\\s+)?(?:local\\s+)?(?:volunteers|members|people|folks|organi[sz]ers)\\s+from\\s+"
            + "(?:[^,.;]{0,40}?\\band\\s+(?:from\\s+)?)?)?(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * "The Linux Foundation organises it", "The Linux Foundation organises both events": the organisation as the subject,
     * and the event as "it" (the article's) or as a plural of the events the sentence names.
     */
    private static final Pattern ORGANIZES_IT_EN = Pattern.compile("^\\s+(?:also\\s+|still\\s+|again\\s+)?(?:(?:organi[sz]es|organi[sz]ed"
            + "|co-organi[sz]es)\\s+(?<it>it)|(?:organi[sz]es|organi[sz]ed|co-organi[sz]es|hosts|hosted)\\s+(?:(?<both>both\\s+(?:of\\s+)?"
            + "(?:the\\s+)?(?:events|conferences|summits))|the\\s+(?:event|conference|summit)))\\b(?!\\s*['’])", Pattern.CASE_INSENSITIVE);
    /** What the sentence before "organises it" speaks of, for "it" to be an event. */
    private static final Pattern EVENT_SPOKEN_OF = Pattern.compile("(?i)\\b(?:summit|conference|event|meetup|edition|keynotes?)\\b");
    /** "The Linux Foundation, which organises Open Source Summit Japan": the event named after the relative clause's verb. */
    private static final Pattern WHICH_ORGANIZES_NAMED = Pattern.compile("^\\s*,\\s*which\\s+(?:also\\s+)?(?:organi[sz]es|organi[sz]ed"
            + "|hosts|hosted|runs|ran|puts\\s+on)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "since Shanghai in 2019", "自2019年上海峰会", "比起KubeCon": an edition named as a point of comparison. */
    private static final Pattern REFERENCE_POINT = Pattern.compile("(?:\\b(?:since|after|before|than|unlike|like)\\s+(?:the\\s+)?"
            + "|自从?|继|比起|相比于?|不同于)$", Pattern.CASE_INSENSITIVE);
    /** "the OpenStack Foundation's Telco Working Group": the organiser is the group the possessive names. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");
    private static final Pattern TOGETHER_WITH = Pattern.compile("\\s*,?\\s*(?:together|jointly|in partnership|in collaboration)\\s+with\\s+(?:the\\s+)?");
    /** The last words before "organised by" name a session, a party or a project: no event is organised. */
    private static final Pattern NOT_AN_EVENT_BEFORE = Pattern.compile("\\b(?:panel|session|track|BoF|workshop|tutorial|dinner|party|"
            + "reception|happy hour|project|framework|toolkit|library|effort|initiative|programme|program|prize|award|SIG|"
            + "working group|group)s?\\s+(?:[\\w-]+\\s+){0,6}?$", Pattern.CASE_INSENSITIVE);
    /** "The CNCF, which organises the conference": "which hosts our EU cloud" or "which runs Kubernetes" organises nothing. */
    private static final Pattern WHICH_ORGANIZES = Pattern.compile("\\s*(?:\\([^)]{1,12}\\))?\\s*,?\\s*which\\s+(?:organi[sz]es|hosts|runs)"
            + EnglishCues.THE_EVENT,
            Pattern.CASE_INSENSITIVE);
    /** "The Linux Foundation, which ran both events": the same after the organiser, in the past tense. */
    private static final Pattern WHICH_ORGANIZED_BOTH = Pattern.compile("\\s*(?:\\([^)]{1,12}\\))?\\s*,?\\s*which\\s+(?:organi[sz]e[sd]|"
            + "host(?:s|ed)|runs|ran|puts on|put on)" + CoordinatedEvents.BOTH_EVENTS_EN, Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> in = text.in(s);
            for (Mention summit : in) {
                if (summit.entity().kind() != EntityKind.SUMMIT) {
                    continue;
                }
                for (Mention place : in) {
                    if (!Clauses.PLACE.test(place)) {
                        continue;
                    }
                    if (place.begin() >= summit.begin() && place.end() <= summit.end()) {
                        out.add(Clauses.fact(summit.entity(), SG.heldIn, place.entity(), s, "pattern:summit-named-after-city", 0.9));
                    } else if (heldThere(text, summit.entity(), place.entity())) {
                        // "KubeCon Europe 2019 took over Barcelona": the sentence names the city it was held in
                        out.add(Clauses.fact(summit.entity(), SG.heldIn, place.entity(), s, "pattern:summit-and-its-city", 0.75));
                    }
                }
            }
            namedAfterCityElsewhere(text, s, in, out);
            text.about().ifPresent(about -> {
                heldIn(text, s, about, out);
                speakers(text, s, about, out);
                organizer(text, s, about, out);
            });
        }
        return out;
    }

    private static void heldIn(AnnotatedText text, Sentence s, Entity about, List<Fact> out) {
        if (!s.text().contains("峰会") && !s.text().toLowerCase().contains("summit")) {
            return;
        }
        for (Mention place : text.in(s.begin(), s.end(), Clauses.PLACE)) {
            boolean zh = HELD_ZH.matcher(text.text().substring(Math.max(s.begin(), place.begin() - 2), place.begin())).find()
                    && HELD_AFTER_ZH.matcher(text.text()).region(place.end(), s.end()).lookingAt();
            boolean en = Pattern.compile("(?:held|takes place|took place|hosted)\\s+in\\s+$", Pattern.CASE_INSENSITIVE)
                    .matcher(text.text().substring(Math.max(s.begin(), place.begin() - 20), place.begin())).find();
            boolean consistent = text.knowledge().summitsIn(place.entity().iri()).stream()
                    .anyMatch(e -> e.entity().iri().equals(about.iri()));
            if ((zh || en) && consistent) {
                out.add(Clauses.fact(about, SG.heldIn, place.entity(), s, "pattern:summit-held-in", 0.85));
            }
        }
    }

    /**
     * "Kubernetes Contributor Summit Barcelona", "KCD杭州" where the city inside the name was read as part of the event's
     * name: the event is held in the city the text names elsewhere under the same name (a city, not a country or a
     * region: "KubeCon China" met in Hong Kong; a known edition only where the reference data puts it).
     */
    private static void namedAfterCityElsewhere(AnnotatedText text, Sentence s, List<Mention> in, List<Fact> out) {
        for (Mention summit : in) {
            if (summit.entity().kind() != EntityKind.SUMMIT || in.stream().anyMatch(p -> Clauses.PLACE.test(p)
                    && p.begin() >= summit.begin() && p.end() <= summit.end())) {
                continue;
            }
            String name = summit.surface();
            if (laterEdition(text, summit.entity())) {
                continue; // "KCD杭州2025" named in a 2024 report: a plan, whose place the text does not settle
            }
            text.mentions().stream().filter(Clauses.PLACE).filter(p -> !p.anaphoric() && p.entity().known()
                            && text.knowledge().isInside(p.entity().iri()))
                    .filter(p -> !summit.entity().known() || heldThere(text, summit.entity(), p.entity()))
                    .filter(p -> namesCity(name, p.surface()))
                    .map(Mention::entity).distinct().limit(1)
                    .forEach(city -> out.add(Clauses.fact(summit.entity(), SG.heldIn, city, s, "pattern:summit-named-after-city", 0.8)));
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    /** Whether the event is an edition of a year after the article's. */
    private static boolean laterEdition(AnnotatedText text, Entity event) {
        if (text.published() == null) {
            return false;
        }
        return event.labels().values().stream().map(YEAR::matcher).filter(Matcher::find)
                .anyMatch(m -> Integer.parseInt(m.group(1)) > text.published().getYear());
    }

    /** Whether the event's name holds the city's name as a word of its own ("Summit Barcelona"), or its Chinese name. */
    private static boolean namesCity(String eventName, String city) {
        // "roughly double San Diego last October": a summit written as its city alone is read by the known editions
        if (city.length() < 2 || eventName.strip().equalsIgnoreCase(city)) {
            return false;
        }
        if (TextFold.isHan(city.charAt(0))) {
            return eventName.contains(city);
        }
        return city.length() >= 4 && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(city) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE).matcher(eventName).find();
    }

    private static boolean heldThere(AnnotatedText text, Entity summit, Entity place) {
        return text.knowledge().summitsIn(place.iri()).stream().anyMatch(e -> e.entity().iri().equals(summit.iri()));
    }

    /** "本届峰会由OpenStack基金会主办", "organised by the Linux Foundation", "The CNCF, which organises the conference". */
    private static void organizer(AnnotatedText text, Sentence s, Entity about, List<Fact> out) {
        Matcher hosts = HOSTED_BY_ZH.matcher(text.text()).region(s.begin(), s.end());
        while (hosts.find()) {
            // "由云原生计算基金会（CNCF）和Linux基金会共同主办": every organisation in the span
            // "由OpenStack基金会主办的2019年OpenStack PTG": the event the phrase describes comes after it
            boolean after = HOSTED_EVENT_AFTER.matcher(text.text()).region(hosts.end(), s.end()).lookingAt();
            Entity event = after
                    ? text.in(hosts.end(), Math.min(s.end(), hosts.end() + 20), m -> m.entity().kind().isEvent()).stream()
                            .findFirst().map(Mention::entity).orElse(eventBefore(text, s, hosts.start(), about))
                    : eventBefore(text, s, hosts.start(), about);
            // "两场大会均由Linux基金会主办", "ELC与开源峰会均由…主办": every event the plural subject stands for
            List<Entity> events = after ? List.of(event) : CoordinatedEvents.before(text, s, hosts.start()).orElse(List.of(event));
            for (Mention org : text.in(hosts.start(), hosts.end(), Clauses.ORGANIZATION)) {
                events.forEach(e -> out.add(Clauses.fact(e, SG.organizedBy, org.entity(), s, "pattern:organized-by", 0.75)));
            }
        }
        for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
            // wide enough for "organised by a group of volunteers from our meetup and from the"
            String before = text.text().substring(Math.max(s.begin(), org.begin() - 90), org.begin());
            String after = text.text().substring(org.end(), Math.min(s.end(), org.end() + 60));
            Matcher byZh = ORGANIZED_AFTER_ZH.matcher(after);
            boolean chinese = (before.endsWith("由") && byZh.lookingAt() && !foundsSomethingElse(text, s, org.end() + byZh.end()))
                    || HOSTED_THE_ZH.matcher(after).lookingAt();
            Matcher byEn = ORGANIZED_BY_EN.matcher(before);
            boolean byEnglish = byEn.find() && !POSSESSIVE_AFTER.matcher(after).lookingAt()
                    && !organizesSomethingElse(text, s, org.begin() - before.length() + byEn.start());
            ownEvents(text, s, org, about, out);
            boolean both = WHICH_ORGANIZED_BOTH.matcher(after).lookingAt();
            boolean english = byEnglish || both || WHICH_ORGANIZES.matcher(after).lookingAt();
            if (chinese || english) {
                Entity event = eventBefore(text, s, org.begin(), about);
                // "Both events are organised by the LF", "The Linux Foundation, which runs both events", "两场大会均由…主办":
                // each event named
                int verb = byEnglish ? org.begin() - before.length() + byEn.start() : org.begin() - 1;
                List<Entity> events = both ? CoordinatedEvents.named(text, s, org.begin()).orElse(List.of(event))
                        : byEnglish || before.endsWith("由") ? CoordinatedEvents.before(text, s, verb).orElse(List.of(event))
                        : List.of(event);
                events.forEach(e -> out.add(Clauses.fact(e, SG.organizedBy, org.entity(), s, "pattern:organized-by", 0.75)));
                if (byEnglish) {
                    // "co-organized by the OpenInfra Foundation and the Korea OpenStack Community", "organised by the LF
                    // together with the CNCF": every host listed after "by"
                    Mention last = org;
                    for (Mention next : text.in(org.end(), s.end(), Clauses.ORGANIZATION)) {
                        if (!TOGETHER_WITH.matcher(text.text()).region(last.end(), next.begin()).matches()
                                && !Coordination.joins(text, last.end(), next.begin(), Clauses.ORGANIZATION)) {
                            break;
                        }
                        events.forEach(e -> out.add(Clauses.fact(e, SG.organizedBy, next.entity(), s, "pattern:organized-by", 0.7)));
                        last = next;
                    }
                }
            }
        }
    }

    /**
     * "The Linux Foundation organises it" (the article's event), "… organises both events" (those the sentence or the one
     * before names), "The Linux Foundation, which organises Open Source Summit Japan" (the event named after the verb).
     */
    private static void ownEvents(AnnotatedText text, Sentence s, Mention org, Entity about, List<Fact> out) {
        String all = text.text();
        Matcher it = ORGANIZES_IT_EN.matcher(all).region(org.end(), s.end());
        if (!text.isChinese() && it.lookingAt() && (it.group("it") == null || eventSpokenOf(text, s, org.begin()))) {
            List<Entity> events = it.group("both") != null ? CoordinatedEvents.named(text, s, org.begin()).orElse(List.of(about))
                    : List.of(eventBefore(text, s, org.begin(), about));
            events.forEach(e -> out.add(Clauses.fact(e, SG.organizedBy, org.entity(), s, "pattern:organizes-it", 0.7)));
        }
        Matcher which = WHICH_ORGANIZES_NAMED.matcher(all).region(org.end(), Math.min(s.end(), org.end() + 40));
        if (!text.isChinese() && which.lookingAt()) {
            text.startingAt(which.end(), m -> m.entity().kind().isEvent())
                    .ifPresent(e -> out.add(Clauses.fact(e.entity(), SG.organizedBy, org.entity(), s, "pattern:organizes-it", 0.75)));
        }
    }

    /** "It" may stand for an event only after a sentence, or the words before, that speak of one. */
    private static boolean eventSpokenOf(AnnotatedText text, Sentence s, int at) {
        int from = s.index() == 0 ? s.begin() : text.sentences().get(s.index() - 1).begin();
        return !text.in(from, at, m -> m.entity().kind().isEvent()).isEmpty() || EVENT_SPOKEN_OF.matcher(text.text()).region(from, at).find();
    }

    /**
     * "a panel on NFV organised by", "in-toto, the supply-chain framework hosted by the CNCF": what is organised is a
     * session or a project, the nearest thing named or described before the verb, not the event.
     */
    private static boolean organizesSomethingElse(AnnotatedText text, Sentence s, int verb) {
        int from = Math.max(s.begin(), verb - 60);
        if (NOT_AN_EVENT_BEFORE.matcher(text.text()).region(from, verb).find()) {
            return true;
        }
        return text.lastIn(from, verb, m -> !m.anaphoric()).filter(m -> !m.entity().kind().isEvent() && m.entity().kind() != EntityKind.PLACE
                && Clauses.sameClause(text.text(), m.end(), verb)).isPresent();
    }

    /** "由华为云发起的批量计算平台Volcano": "发起" of a project or a group, not of an event. */
    private static boolean foundsSomethingElse(AnnotatedText text, Sentence s, int verbEnd) {
        if (!text.text().substring(Math.max(s.begin(), verbEnd - 2), verbEnd).contains("发起")) {
            return false;
        }
        return text.in(verbEnd, Math.min(s.end(), verbEnd + 20), m -> m.entity().kind().isEvent()).isEmpty();
    }

    /** "KCD Lisbon 2024 will be held in May, organised by …": the event the sentence names before the organiser, else the article's. */
    private static Entity eventBefore(AnnotatedText text, Sentence s, int at, Entity about) {
        // "the first summit in Asia since Shanghai in 2019, organized by …": an edition the sentence measures against is
        // not the one it speaks of
        return text.lastIn(s.begin(), at, m -> m.entity().kind().isEvent() && !REFERENCE_POINT.matcher(text.text())
                        .region(LookBack.from(s.begin(), m.begin(), 12), m.begin()).find())
                .map(Mention::entity).orElse(about);
    }

    private static void speakers(AnnotatedText text, Sentence s, Entity about, List<Fact> out) {
        if (text.isChinese()) {
            for (Mention p : text.in(s.begin(), s.end(), Clauses.PERSON)) {
                String after = text.text().substring(p.end(), Math.min(s.end(), p.end() + 30));
                after = after.replaceFirst("^\\s*[(（][^)）]{1,30}[)）]", "");
                if (TELLS_ZH.matcher(after).lookingAt()) {
                    out.add(Clauses.fact(p.entity(), SG.speaksAt, about, s, "pattern:person-tells", 0.55));
                }
            }
            Matcher pronoun = PRONOUN_ZH.matcher(text.text()).region(s.begin(), Math.min(s.end(), s.begin() + 3));
            if (pronoun.find() && TELLS_ZH.matcher(text.text().substring(pronoun.end(), s.end())).lookingAt()) {
                text.topicPerson(s).ifPresent(p -> out.add(Clauses.fact(p, SG.speaksAt, about, s, "pattern:person-tells", 0.5)));
            }
        }
        if (!text.isChinese()) {
            for (Mention p : text.in(s.begin(), s.end(), Clauses.PERSON)) {
                if (OWN_TALK.matcher(text.text()).region(p.end(), s.end()).lookingAt()) {
                    out.add(Clauses.fact(p.entity(), SG.speaksAt, about, s, "pattern:own-talk", 0.65));
                }
            }
        }
        QuickFind.Matches by = BY_SPEAKERS.in(text.text(), s.begin(), s.end());
        while (by.find()) {
            Optional<Mention> first = text.startingAt(by.end(), Clauses.PERSON);
            first.ifPresent(p -> out.add(Clauses.fact(p.entity(), SG.speaksAt, about, s, "pattern:talk-by", 0.7)));
            // "The new contributor workshop was run by Ines Albuquerque and Rafael Dunmore": every speaker listed (a show's
            // "Hosted by A and B" names no talk before "by": the hosts of a podcast or a stream speak at no event)
            Mention last = first.orElse(null);
            for (Mention next : first.isPresent() ? text.in(first.get().end(), s.end(), Clauses.PERSON) : List.<Mention>of()) {
                if (!Coordination.joins(text, last.end(), next.begin(), Clauses.PERSON)) {
                    break;
                }
                out.add(Clauses.fact(next.entity(), SG.speaksAt, about, s, "pattern:talk-by", 0.65));
                last = next;
            }
        }
        if (NOT_SPEAKING.matcher(s.text()).find()) {
            return;
        }
        if (!text.isChinese() && KEYNOTE_OPENING.matcher(s.text()).lookingAt()) {
            // "Opening the keynotes on Monday, Jonathan Bryce ...": the first person of a keynote sentence
            text.in(s.begin(), Math.min(s.end(), s.begin() + 60), Clauses.PERSON).stream().findFirst()
                    .ifPresent(p -> out.add(Clauses.fact(p.entity(), SG.speaksAt, about, s, "pattern:keynote-sentence", 0.6)));
        }
        QuickFind.Matches subject = SUBJECT_SPEAKS.in(text.text(), s.begin(), s.end());
        // "Kaur announced in March that she would step down": news of another day, told by no talk
        if (subject.find() && !(ANNOUNCED.matcher(subject.group()).lookingAt() && Hypotheticals.anotherTime(text, s.begin(), s.end()))) {
            List<Mention> people = text.in(s.begin(), subject.start(), Clauses.PERSON);
            if (!people.isEmpty() && SUBJECT_PREFIX.matcher(text.text().substring(s.begin(), people.get(0).begin())).matches()) {
                out.add(Clauses.fact(people.get(0).entity(), SG.speaksAt, about, s, "pattern:subject-speaks", 0.7));
            }
        }
        QuickFind.Matches m = SPEAKING.in(text.text(), s.begin(), s.end());
        while (m.find()) {
            for (Mention p : text.in(s.begin(), s.end(), Clauses.PERSON)) {
                boolean before = p.end() <= m.start() && m.start() - p.end() <= SPEAKER_DISTANCE
                        && Clauses.sameClause(text.text(), p.end(), m.start());
                boolean after = p.begin() >= m.end() && p.begin() - m.end() <= SPEAKER_DISTANCE
                        && Clauses.sameClause(text.text(), m.end(), p.begin());
                if (before || after) {
                    out.add(Clauses.fact(p.entity(), SG.speaksAt, about, s, "pattern:speaker", 0.65));
                }
            }
        }
    }
}
