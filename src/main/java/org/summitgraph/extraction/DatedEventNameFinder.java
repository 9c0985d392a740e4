package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events the reference data does not know whose names carry no event word, found by a year written after them:
 * an acronym or a "-Con" word and its year ("FOSDEM 2025", "GOTC 2023全球开源技术峰会", "KCD Lisbon 2024",
 * "DevCon'24", "Node+JS Interactive 2018参会游记") where the sentence speaks of an event, and capitalised words and a
 * year after "at" or "在温哥华举行的" in a sentence
 * about a talk or an event, or beside the word "conference" ("at Harbour Connect 2025", "our user conference,
 * Tidewell Live 2026"), or whose name the article sets off as a conference elsewhere ("Akademy 2019" beside "Akademy,
 * KDE's yearly conference", see {@link ApposedEventNames}). A name after a month, without a year, is an edition of the article's year ("8月的Rust Nation
 * Asia", "今年11月的Foo Summit North America"); a series' stop in a known city is an edition of the year the sentence
 * writes ("Foo Meetup杭州站", "KCD 深圳站"), and so are words, a known city and a year written together in a sentence about an
 * event ("Linaro Connect曼谷2019(BKK19)上"). Once an edition is named, its name without the year stands for it
 * elsewhere in the article ("see you at FOSDEM").
 */
final class DatedEventNameFinder implements MentionFinder {

    static final String METHOD = "pattern:event-dated";
    /** A capitalised word, two joined by a plus ("Node+JS") or a dot ("PGConf.EU"), or a number with capitals ("22X"). */
    private static final String TOKEN = "(?:\\p{Lu}[\\p{IsLatin}\\d&_-]*(?:\\+\\p{Lu}[\\p{IsLatin}\\d&_-]*|\\.\\p{Lu}[\\p{IsLatin}\\d]*)?|\\d+\\p{Lu}[\\p{IsLatin}\\d]*)";
    /**
     * A small word inside a name, between capitalised words: "Flock to Fedora 2023", "Festival of Code 2024". Only
     * between two: a name never opens or ends on one.
     */
    private static final String CONNECTOR = "(?:to|of)[ \\t]+(?=\\p{Lu})";
    /**
     * What opens a phrase before "to" or "of" and no name: "flew to Bratislava for…", "Welcome to Foo Days 2024", "Road to
     * BarConf 2023" (a known place is one too: "Brazil to DebConf19").
     */
    private static final Set<String> BEFORE_CONNECTOR = Set.of("welcome", "back", "trip", "road", "journey", "guide",
            "introduction", "intro", "return", "way", "notes", "report", "recap", "highlights", "photos", "videos", "slides",
            "tickets", "registration", "day", "days", "part", "end", "start", "rest", "most", "some", "all", "one", "two");
    private static final Pattern LEAD_BEFORE_CONNECTOR = Pattern.compile("^(.+?)[ \\t]+(?:to|of)[ \\t]+(?=\\p{Lu})");
    /** Regions written after a glued year: the editions of one year of a series held in several. */
    private static final String GLUED_REGIONS = "EMEA|APAC|Americas|Asia/Pacific|Asia|Europe|North America|Latin America|LATAM";
    /**
     * Capitalised words, then a year (four digits, an apostrophe and two, or two against a "-Con" word) that is no date,
     * range or number.
     */
    private static final Pattern DATED = Pattern.compile("(?<![\\p{IsLatin}\\d'’._+-])(?<name>" + TOKEN + "(?:[ \\t]+(?:\\+[ \\t]+|" + CONNECTOR + ")?" + TOKEN
            + "){0,6})(?:[ \\t]+(?<year>20[0-4]\\d)(?![\\d年月/.,:–-]\\d|[\\d年月/–-]|\\s*[-–]\\s*\\d)|['’](?<yy>[0-4]\\d)(?![\\p{IsLatin}\\d])"
            // "DebConf20", "FooCon24", "SREcon19 EMEA": a "-Con" word and the edition's two digits written against it, then
            // the region of a series held in several ("SREcon20 Americas")
            + "|(?<=Con|Conf|con|conf)(?<glued>[0-4]\\d)(?:[ \\t]+(?<region>" + GLUED_REGIONS + "))?(?![\\p{IsLatin}\\d]))");
    /** A month and 的 before a name: "8月的", "今年11月的". */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?<rel>今年|明年|去年)?\\d{1,2}\\s*月(?:份)?(?:底|初|中旬)?的\\s*(?<name>"
            + TOKEN + "(?:[ \\t]+" + TOKEN + "){1,6})");
    /** A series' stop in a city: "OpenInfra Meetup武汉站", "KCD 杭州站". */
    private static final Pattern CITY_STOP = Pattern.compile("(?<![\\p{IsLatin}\\d])(?<name>" + TOKEN + "(?:[ \\t]+" + TOKEN
            + "){0,4})\\s*(?<city>\\p{IsHan}{2,4}?)站");
    /** A series' edition written with its city in Chinese and its year: "Linaro Connect曼谷2019", "Foo Dev Days 柏林 2024". */
    private static final Pattern CITY_YEAR = Pattern.compile("(?<![\\p{IsLatin}\\d])(?<name>" + TOKEN + "(?:[ \\t]+" + TOKEN
            + "){0,4})[ \\t]*(?<city>\\p{IsHan}{2,4}?)[ \\t]*(?<year>20[0-4]\\d)(?![\\d年月/.-])");
    /** What follows an edition's name in a sentence about it: its short form in brackets, then "上" or "期间", or a track ("开源专场"). */
    private static final Pattern AT_EDITION_AFTER = Pattern.compile("^\\s*(?:[(（][^()（）]{1,16}[)）])?\\s*(?:上|期间|现场|会上|大会|峰会|\\p{IsHan}{0,4}?(?:专场|分论坛|分会场))");
    /** An edition's code in brackets right after its name: "(BKK19)", "（SAN19）". */
    private static final Pattern SHORT_CODE = Pattern.compile("\\s*[(（](?<code>\\p{Lu}[\\p{Lu}\\d]{1,9})[)）]");
    private static final Pattern HAS_YEAR = Pattern.compile("20[0-4]\\d|['’][0-4]\\d|[Cc]onf?[0-4]\\d(?![\\p{IsLatin}\\d])");
    private static final Pattern YEAR_ZH = Pattern.compile("(20[0-4]\\d)\\s*年");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("明年|去年|今年");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}[\\p{Lu}\\d-]+|\\p{Lu}[\\p{L}\\d]*(?:Con|Conf|Fest))(?:\\.\\p{Lu}+)?");
    /** What a sentence about an event says. */
    private static final Pattern EVENT_CUE = Pattern.compile("(?i)\\b(?:conference|summit|event|talks?|keynotes?|devroom|speak(?:s|ing)?"
            + "|spoke|booth|sponsor(?:s|ed)?|attend(?:s|ed|ing)?|takes place|took place|take place|held|hosted|stage|sessions?|panel|track"
            + "|workshop|registration|CFP|call for (?:papers|proposals))\\b"
            + "|峰会|大会|年会|举行|举办|召开|演讲|参加|参会|出席|论坛|分享|议题|会场|议程|颁奖|开幕");
    private static final Pattern TALK = Pattern.compile("(?i)\\b(?:talks?|keynotes?|speak|spoke|present(?:ed|s)?)\\b|演讲|分享");
    /** "at", "attend" or "to" right before the name, or "back from" after a form of "be" or a heading's colon ("Episode 87: Back from"). */
    private static final Pattern AT_BEFORE = Pattern.compile("(?i)(?:\\bat|\\battend(?:s|ed|ing)?|\\bto|(?:\\b(?:are|were|am|is|was|just|fresh)|['’](?:re|m)|^|[:：])\\s*back\\s+from|参加|出席|亮相|(?:主办|举办|承办|协办|举行|召开)的)\\s*(?:the\\s+)?$");
    /**
     * What follows an event's name and no product's: its dates in brackets or after a comma ("X 2024 (October 27-29,
     * Raleigh)", "X 2025（7月下旬，北京）"), or where and when it is held ("X 2025将于7月在北京举行", "X 2024 takes place in").
     */
    private static final Pattern HELD_AFTER = Pattern.compile("(?i)^\\s*(?:[(（,，]\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
            + "\\s+\\d{1,2}|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|\\d{1,2}\\s*月)"
            + "|(?:将|已|已经|于|将于|在|即将)[^，,。；;]{0,20}?(?:举行|举办|召开|开幕|落幕|闭幕)"
            + "|(?:will\\s+)?(?:takes?\\s+place|took\\s+place|(?:was|is|will\\s+be)\\s+held)\\b)");
    /** "conference, X 2025", "X 2025, the … conference" or "X 2024, OpenUK's two-day conference". */
    private static final Pattern CONFERENCE_BEFORE = Pattern.compile("(?i)\\b(?:conference|summit|event|gathering),\\s*$");
    private static final Pattern CONFERENCE_AFTER = Pattern.compile("(?i)^,\\s*(?:the|our|its|their|an?|\\p{Lu}[\\p{L}\\d.&-]*['’]s)\\s+[^,.;]{0,60}?\\b(?:conference|summit|event|gathering)\\b");
    private static final Set<String> NOT_A_NAME = Set.of("the", "this", "that", "these", "last", "next", "our", "their", "its",
            "his", "her", "at", "in", "on", "during", "after", "before", "from", "since", "by", "to", "for", "and", "of", "a", "an",
            "as", "with", "we", "i", "you", "they", "he", "she", "it", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "copyright",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer",
            "autumn", "fall", "winter", "early", "late", "mid", "until", "through", "between", "around", "class",
            "version", "release", "edition", "season", "year", "annual", "report", "survey", "state", "top", "best", "award",
            "awards", "windows", "server", "office", "studio", "ubuntu", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> EVENT_WORDS = Set.of("summit", "conference", "conf", "con", "forum", "symposium", "days", "meetup",
            "hackathon", "expo", "congress", "festival", "fest", "unconference");

    /**
     * "SCALE 22x, the 22nd Southern California Linux Expo": a short name set off by the edition's ordinal and a name
     * ending in an event word is that event's edition, under both names.
     */
    private static final Pattern ORDINAL_APPOSITION = Pattern.compile("(?<![\\p{IsLatin}\\d'’._-])(?<name>" + TOKEN + "(?:[ \\t]+"
            + "(?:" + TOKEN + "|\\d+[a-z]{0,2}))" + "{0,3}),\\s+the\\s+(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth)\\s+(?:annual\\s+|yearly\\s+)?(?<full>\\p{Lu}[\\p{IsLatin}]*(?:[ \\t]+\\p{Lu}[\\p{IsLatin}&]*){0,5}"
            + "[ \\t]+(?:Expo|Exposition|Summit|Conference|Forum|Symposium|Days|Congress|Festival|Fest|Meetup|Convention|Workshop))"
            + "(?![\\p{IsLatin}\\d])");
    private static final Pattern ORDINAL_CUE = Pattern.compile("(?:\\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
            + "eighth|ninth|tenth)\\s");
    /**
     * "announced KCD Chennai for early next year", "KCD Lisbon takes place in May": a series' acronym and a city, without
     * a year, in a sentence about an event, is the edition of the article's year or of the year after.
     */
    private static final Pattern ACRONYM_CITY = Pattern.compile("(?<![\\p{IsLatin}\\d'’._-])(?<name>(?<acronym>\\p{Lu}{2,6})"
            + "[ \\t]+(?<city>\\p{Lu}[\\p{L}-]+(?:[ \\t]\\p{Lu}[\\p{L}-]+)?))(?![\\p{IsLatin}\\d'’-])(?![ \\t]*(?:\\d|['’]\\d|\\p{Lu}))");
    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\bnext year\\b");
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)\\b(?:announc(?:e|ed|es|ing)|organi[sz]ers?|organi[sz]ing|will take place|"
            + "next year|this year|registration|CFP)\\b");

    private final Set<String> knownNames = new HashSet<>();
    private final List<String> eventNames = new ArrayList<>();
    private final Set<String> places = new HashSet<>();
    private final Map<String, Entity> placeEntities = new HashMap<>();

    DatedEventNameFinder(ReferenceKnowledge knowledge) {
        // a name the reference data knows is the dictionary's or the summit finder's: "Kubernetes 2024" is no event
        knowledge.names().forEach(n -> knownNames.add(TextFold.fold(n.text())));
        knowledge.seriesNames().values().forEach(names -> names.forEach(n -> eventNames.add(TextFold.fold(n))));
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind().isEvent()).ifPresent(e -> eventNames.add(TextFold.fold(n.text())));
        }
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PLACE).ifPresent(e -> {
                places.add(n.text());
                placeEntities.putIfAbsent(n.text(), e);
            });
        }
        eventNames.removeIf(n -> n.length() < 4 || !n.matches(".*\\p{IsLatin}.*"));
    }

    @Override
    public List<Mention> find(ArticleText text) {
        String all = text.text();
        Integer published = text.whenWritten() == null ? null : text.whenWritten().getYear();
        List<Mention> out = new ArrayList<>();
        Map<String, Set<Entity>> editionsOf = new HashMap<>();
        Map<String, Entity> stops = new HashMap<>();
        boolean ordinals = all.contains(", the ");
        Set<String> titled = titleEditions(text, published, editionsOf);
        Set<String> apposed = ApposedEventNames.in(all);
        for (Sentence s : text.sentences()) {
            // the patterns are tried only on sentences holding what they need: a year, 站, 月
            Matcher m = DATED.matcher(all).region(s.begin(), s.end());
            boolean hasYear = HAS_YEAR.matcher(s.text()).find();
            while (hasYear && m.find()) {
                int begin = withoutLeadingWords(all, m.start("name"), m.end("name"));
                if (begin < 0) {
                    continue;
                }
                String name = all.substring(begin, m.end("name")).replaceAll("\\s+", " ");
                int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                        : 2000 + Integer.parseInt(m.group("yy") != null ? m.group("yy") : m.group("glued"));
                if (m.group("region") != null && isNew(name, true)) {
                    name = name + " " + m.group("region"); // "SREcon19 EMEA" is the series' edition in EMEA, "SREcon EMEA 2019"
                }
                if (!isNew(name, true) || !titled.contains(name + " " + year) && !apposed.contains(name)
                        && !isEvent(all, s, name, begin, m.end())) {
                    continue;
                }
                Entity event = edition(all, name, year);
                out.add(new Mention(begin, m.end(), all.substring(begin, m.end()), event, METHOD, 0.75));
                editionsOf.computeIfAbsent(name, k -> new HashSet<>()).add(event);
            }
            if (ordinals && s.text().contains(", the ") && ORDINAL_CUE.matcher(s.text()).find()) {
                Matcher ordinal = ORDINAL_APPOSITION.matcher(all).region(s.begin(), s.end());
                while (ordinal.find()) {
                    String name = ordinal.group("name").replaceAll("\\s+", " ");
                    if (!isNew(name, false) || !isNew(ordinal.group("full"), false) || overlapsAny(out, ordinal.start("name"), ordinal.end())
                            || NOT_A_NAME.contains(name.split(" ")[0].toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    Matcher y = HAS_YEAR.matcher(name);
                    Matcher written = Pattern.compile("(?<!\\d)20[0-4]\\d(?!\\d)").matcher(s.text());
                    Integer year = written.find() ? Integer.valueOf(written.group()) : published;
                    // "SCALE 22x" carries its edition; other names take the year
                    boolean numbered = y.find() || name.matches(".*\\d.*") || year == null;
                    Entity event = NewEntities.of(EntityKind.SUMMIT, numbered ? name : name + " " + year);
                    out.add(new Mention(ordinal.start("name"), ordinal.end("name"), ordinal.group("name"), event, METHOD, 0.75));
                    out.add(new Mention(ordinal.start("full"), ordinal.end("full"), ordinal.group("full"), event, METHOD, 0.75));
                    editionsOf.computeIfAbsent(name, k -> new HashSet<>()).add(event);
                }
            }
            Matcher city = ACRONYM_CITY.matcher(all).region(s.begin(), s.end());
            // the cues are read only for a sentence holding an acronym and a city: reading them in every sentence cost time
            boolean cued = false;
            while (published != null && city.find()) {
                String place = city.group("city");
                if (!"city".equals(PlaceGazetteerFinder.worldPlaceKind(place))) {
                    continue;
                }
                cued = cued || ANNOUNCED.matcher(s.text()).find() || EVENT_CUE.matcher(s.text()).find();
                if (!cued || !isNew(city.group("name"), false) || overlapsAny(out, city.start(), city.end())
                        || NOT_A_NAME.contains(city.group("acronym").toLowerCase(Locale.ROOT)) || published == null) {
                    continue;
                }
                int year = published.intValue() + (NEXT_YEAR.matcher(s.text()).find() ? 1 : 0);
                String name = city.group("name").replaceAll("\\s+", " ");
                Entity event = edition(all, name, year);
                out.add(new Mention(city.start(), city.end(), city.group(), event, METHOD, 0.7));
                // the city stays a place of its own inside the edition's name, as in a known summit's
                out.add(new Mention(city.start("city"), city.end("city"), place,
                        placeEntities.getOrDefault(place, NewEntities.of(EntityKind.PLACE, place)), METHOD, 0.7));
                editionsOf.computeIfAbsent(name, k -> new HashSet<>()).add(event);
            }
            Matcher stop = CITY_STOP.matcher(all).region(s.begin(), s.end());
            while (s.text().contains("站") && stop.find()) {
                String region = EventNameFinder.HAN_REGIONS.get(stop.group("city"));
                if (!places.contains(stop.group("city")) && region == null || !isNew(stop.group("name"), false)
                        || overlapsAny(out, stop.start("name"), stop.end())) {
                    continue;
                }
                Matcher written = YEAR_ZH.matcher(all).region(s.begin(), s.end());
                Integer year = written.find() ? Integer.valueOf(written.group(1)) : published;
                String name = all.substring(stop.start("name"), stop.end()).replaceAll("\\s+", " ");
                if (region != null) {
                    // "明年 Community Over Code 北美站会回到丹佛": a region's stop is the edition named by the region, in the
                    // year the sentence looks to
                    Matcher relative = RELATIVE_YEAR.matcher(all).region(s.begin(), stop.start("name"));
                    if (year != null && !YEAR_ZH.matcher(s.text()).find() && relative.find()) {
                        year += "明年".equals(relative.group()) ? 1 : "去年".equals(relative.group()) ? -1 : 0;
                    }
                    name = stop.group("name").strip() + " " + region;
                }
                Entity event = region == null ? cityEdition(all, stop.group("name").strip(), stop.group("city"), name, year)
                        : NewEntities.of(EntityKind.SUMMIT, year == null ? name : name + " " + year);
                out.add(new Mention(stop.start("name"), stop.end(), all.substring(stop.start("name"), stop.end()), event, METHOD, 0.7));
                editionsOf.computeIfAbsent(name, k -> new HashSet<>()).add(event);
                stops.putIfAbsent(stop.group("city") + year, event);
            }
            Matcher cityYear = CITY_YEAR.matcher(all).region(s.begin(), s.end());
            while (hasYear && cityYear.find()) {
                String series = cityYear.group("name").replaceAll("\\s+", " ");
                String place = cityYear.group("city");
                // a known city between words nobody knows and a year, in a sentence about an event (not "华为上海2019"s
                // figures: a known organisation, or a year of something else); an acronym alone is acronymCityYear's
                // one word names a series when it is a brand in camel case ("QCon北京2023"), not a plain word ("华为")
                if (!series.contains(" ") && !CAMEL.matcher(series).matches() || !places.contains(place) || !isNew(series, false) || overlapsAny(out, cityYear.start(), cityYear.end())
                        || NOT_A_NAME.contains(series.split(" ")[0].toLowerCase(Locale.ROOT))
                        || !EVENT_CUE.matcher(s.text()).find() && !AT_EDITION_AFTER.matcher(all).region(cityYear.end(), s.end()).lookingAt()) {
                    continue;
                }
                int year = Integer.parseInt(cityYear.group("year"));
                Entity event = cityEdition(all, series, place, all.substring(cityYear.start(), cityYear.start("year")).strip(), year);
                out.add(new Mention(cityYear.start(), cityYear.end(), cityYear.group(), event, METHOD, 0.7));
                // "(BKK19)" after it: the edition's code, which stands for it wherever the article writes it
                Matcher code = SHORT_CODE.matcher(all).region(cityYear.end(), s.end());
                if (code.lookingAt()) {
                    editionsOf.computeIfAbsent(code.group("code"), k -> new HashSet<>()).add(event);
                }
            }
            if (published == null || !s.text().contains("月")) {
                continue;
            }
            Matcher month = MONTH_BEFORE.matcher(all).region(s.begin(), s.end());
            while (month.find()) {
                String name = month.group("name").replaceAll("\\s+", " ");
                int end = month.end("name");
                if (!isNew(name, false) || overlapsAny(out, month.start("name"), end)) {
                    continue;
                }
                int year = published + ("明年".equals(month.group("rel")) ? 1 : "去年".equals(month.group("rel")) ? -1 : 0);
                Entity event = edition(all, name, year);
                out.add(new Mention(month.start("name"), end, name, event, METHOD, 0.65));
            }
        }
        acronymCityYear(all, stops, out);
        cityInsideName(text, published, out);
        bracketYears(text, editionsOf, out);
        // "FOSDEM" after "FOSDEM 2025": the name alone is the edition named, unless two editions share it
        List<Mention> bare = new ArrayList<>();
        editionsOf.forEach((name, events) -> {
            if (events.size() > 1) {
                return;
            }
            Entity event = events.iterator().next();
            Matcher m = Pattern.compile("(?<![\\p{IsLatin}\\d'’_-])" + Pattern.quote(name)
                    // "the Akademy Awards" after "Akademy 2019": the name begins another's, an award's
                    + "(?![\\p{IsLatin}\\d'’_-]|\\s+20[0-4]\\d|\\s+(?:Awards?|Prizes?)\\b)").matcher(all);
            while (m.find()) {
                Entity edition = otherYear(all, m.start(), name, event, published);
                if (!overlapsAny(out, m.start(), m.end()) && edition != null) {
                    bare.add(new Mention(m.start(), m.end(), m.group(), edition, METHOD, 0.65));
                }
            }
        });
        out.addAll(bare);
        return out;
    }

    /**
     * The editions an article's title names when the title is kept apart from the text ("my FOSDEM 2024 diary", "Quarrystone
     * at All Things Open 2024", "Community Over Code Asia 2025议程抢先看"): an acronym whose bare name the text writes, or a
     * name after "at" or in a title about an event. Their names alone in the text stand for them ("FOSDEM opens"); the
     * names with the year found in the text, as they are.
     */
    private Set<String> titleEditions(ArticleText text, Integer published, Map<String, Set<Entity>> editionsOf) {
        String title = text.article().title();
        Set<String> out = new HashSet<>();
        if (title.isBlank() || text.text().startsWith(title) || !HAS_YEAR.matcher(title).find()) {
            return out;
        }
        Matcher m = DATED.matcher(title);
        while (m.find()) {
            int begin = withoutLeadingWords(title, m.start("name"), m.end("name"));
            if (begin < 0) {
                continue;
            }
            String name = title.substring(begin, m.end("name")).replaceAll("\\s+", " ");
            int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                    : 2000 + Integer.parseInt(m.group("yy") != null ? m.group("yy") : m.group("glued"));
            if (m.group("region") != null && isNew(name, true)) {
                name = name + " " + m.group("region");
            }
            if (!isNew(name, true) || published != null && Math.abs(year - published) > 1) {
                continue;
            }
            String before = title.substring(Math.max(0, begin - 24), begin);
            boolean cue = EVENT_CUE.matcher(title).find() || AT_BEFORE.matcher(before).find();
            boolean acronymInText = ACRONYM.matcher(name).matches()
                    && Pattern.compile("(?<![\\p{IsLatin}\\d])" + Pattern.quote(name) + "(?![\\p{IsLatin}\\d])").matcher(text.text()).find();
            if (cue || acronymInText) {
                out.add(name + " " + year);
                editionsOf.computeIfAbsent(name, k -> new HashSet<>()).add(edition(text.text(), name, year));
            }
        }
        return out;
    }

    private static final Pattern YEAR_OFF_BEFORE = Pattern.compile("(?:(?<last>去年|(?i:last year['’]s))|(?<next>明年|(?i:next year['’]s)))\\s*的?\\s*$");
    private static final Pattern TRAILING_YEAR = Pattern.compile(" (20[0-4]\\d)$");

    /**
     * "去年GopherChina在上海办的时候", "last year's Quillcon": the name alone after "last year", in an article about the edition
     * of the year it was written, is the edition a year before. After "next year" it is an edition nobody has held yet,
     * which the article names in passing: no mention at all (null), rather than the edition reported on.
     */
    private static Entity otherYear(String all, int begin, String name, Entity edition, Integer published) {
        Matcher off = YEAR_OFF_BEFORE.matcher(all.substring(Math.max(0, begin - 16), begin));
        Matcher year = TRAILING_YEAR.matcher(edition.label("en"));
        if (published == null || !off.find() || !year.find() || Integer.parseInt(year.group(1)) != published) {
            return edition;
        }
        return off.group("last") != null ? NewEntities.of(EntityKind.SUMMIT, name + " " + (published - 1)) : null;
    }

    /** A name and its year in brackets right after it: "我的第一次GopherChina(2019)", "Quillcon (2023) recap". */
    private static final Pattern BRACKET_YEAR = Pattern.compile("(?<![\\p{IsLatin}\\d'’._+-])(?<name>" + TOKEN + "(?:[ \\t]+" + TOKEN
            + "){0,4})[ \\t]*[(（](?<year>20[0-4]\\d)[)）]");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind BRACKET_YEARS = new QuickFind(BRACKET_YEAR);

    /**
     * "北京两日游:我的第一次GopherChina(2019)": a name with its year in brackets is that year's edition when its sentence
     * speaks of an event or the article writes the name after a word of going to one ("来参加GopherChina的", "at Quillcon");
     * the name alone then stands for it, as after a year written plainly.
     */
    private void bracketYears(ArticleText text, Map<String, Set<Entity>> editionsOf, List<Mention> out) {
        String all = text.text();
        QuickFind.Matches m = BRACKET_YEARS.in(all);
        while (m.find()) {
            int begin = withoutLeadingWords(all, m.start("name"), m.end("name"));
            if (begin < 0 || overlapsAny(out, begin, m.end())) {
                continue;
            }
            String name = all.substring(begin, m.end("name")).replaceAll("\\s+", " ");
            Sentence s = text.sentenceAt(begin);
            boolean cued = s != null && EVENT_CUE.matcher(s.text()).find()
                    || Pattern.compile("(?i)(?:\\bat|\\battend(?:s|ed|ing)?|参加|出席|参会)\\s*(?:the\\s+)?" + Pattern.quote(name)
                    + "(?![\\p{IsLatin}\\d])").matcher(all).find();
            if (!cued || !isNew(name, true)) {
                continue;
            }
            Entity event = NewEntities.of(EntityKind.SUMMIT, name + " " + m.group("year"));
            out.add(new Mention(begin, m.end(), all.substring(begin, m.end()), event, METHOD, 0.7));
            editionsOf.computeIfAbsent(name, k -> new HashSet<>()).add(event);
        }
    }

    /** A brand in camel case: "QCon", "GopherChina", "ArchSummit". */
    private static final Pattern CAMEL = Pattern.compile("\\p{Lu}+\\p{Ll}+\\p{Lu}[\\p{L}\\d]*|\\p{Lu}\\p{Lu}\\p{Ll}+");
    /** A Latin name, a known city in Han and a Latin event word glued together: "ClickHouse北京Meetup", "Foo 上海 Summit". */
    private static final Pattern CITY_INSIDE = Pattern.compile("(?<![\\p{IsLatin}\\d])(?<name>" + TOKEN + "(?:[ \\t]+" + TOKEN
            + "){0,3})[ \\t]*(?<city>\\p{IsHan}{2,4}?)[ \\t]*(?<head>Meetup|Summit|Con|Conf|Day|Days|Hackathon)(?![\\p{IsLatin}\\d])");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind CITIES_INSIDE = new QuickFind(CITY_INSIDE);

    /**
     * "ClickHouse北京Meetup": a series' name, a known city written in Han and an event word is that series' edition in the
     * city, of the year the sentence writes or else the article's; named in English as its city's English name gives
     * ("ClickHouse Beijing Meetup 2023"), the Chinese spelling a label. The series may be a project's name, as meetups are.
     */
    private void cityInsideName(ArticleText text, Integer published, List<Mention> out) {
        String all = text.text();
        QuickFind.Matches m = CITIES_INSIDE.in(all);
        while (m.find()) {
            String series = m.group("name").replaceAll("\\s+", " ");
            Entity place = placeEntities.get(m.group("city"));
            String english = place == null ? null : place.labels().get("en");
            String folded = TextFold.fold(series);
            if (english == null || !english.matches("[\\p{IsLatin} .'-]+") || overlapsAny(out, m.start(), m.end())
                    || eventNames.stream().anyMatch(e -> TextFold.holdsName(folded, e))) {
                continue;
            }
            Sentence s = text.sentenceAt(m.start());
            Matcher written = YEAR_ZH.matcher(all).region(s == null ? m.start() : s.begin(), s == null ? m.end() : s.end());
            Integer year = written.find() ? Integer.valueOf(written.group(1)) : published;
            if (year == null) {
                continue;
            }
            String name = series + " " + english + " " + m.group("head") + " " + year;
            Entity event = new Entity(NewEntities.of(EntityKind.SUMMIT, name).iri(), EntityKind.SUMMIT,
                    Map.of("en", name, "zh", m.group() + " " + year), false, List.of());
            out.add(new Mention(m.start(), m.end(), m.group(), event, METHOD, 0.7));
        }
    }

    /** "KCD杭州2025", "GDG上海2024": an acronym, a known city and a year, written together. */
    private static final Pattern ACRONYM_CITY_YEAR = Pattern.compile("(?<![\\p{IsLatin}\\d])(?<name>\\p{Lu}{2,6})\\s*(?<city>\\p{IsHan}{2,4}?)\\s*"
            + "(?<year>20[0-4]\\d)(?![\\d年月/.\\-–])");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind ACRONYM_CITY_YEARS = new QuickFind(ACRONYM_CITY_YEAR);

    /**
     * An acronym, a known city and a year name an edition in a city ("KCD杭州2025") wherever they stand; where the text
     * also writes that stop in full ("Kubernetes Community Days杭州站(KCD杭州2024)"), the two are one edition.
     */
    private void acronymCityYear(String all, Map<String, Entity> stops, List<Mention> out) {
        QuickFind.Matches m = ACRONYM_CITY_YEARS.in(all);
        while (m.find()) {
            if (!places.contains(m.group("city")) || !isNew(m.group("name"), false) || overlapsAny(out, m.start(), m.end())) {
                continue;
            }
            String name = m.group("name") + m.group("city");
            Integer year = Integer.valueOf(m.group("year"));
            Entity event = stops.getOrDefault(m.group("city") + year, cityEdition(all, m.group("name"), m.group("city"), name, year));
            out.add(new Mention(m.start(), m.end(), all.substring(m.start(), m.end()), event, METHOD, 0.7));
        }
    }

    /**
     * A series' edition in a Chinese-written city ("KCD北京2024", "Foo Meetup杭州站") is the edition the same article or
     * another writes in English ("KCD Beijing 2024"): its IRI follows the city's English name, and the Chinese spelling
     * stays its Chinese label. A city without an English name keeps the name as written.
     */
    private Entity cityEdition(String all, String series, String city, String written, Integer year) {
        Entity place = placeEntities.get(city);
        String english = place == null ? null : place.labels().get("en");
        String chinese = year == null ? written : written + " " + year;
        if (english == null || !english.matches("[\\p{IsLatin} .'-]+")) {
            return NewEntities.of(EntityKind.SUMMIT, chinese);
        }
        String name = spelledOut(all, series) + " " + english + (year == null ? "" : " " + year);
        return new Entity(NewEntities.of(EntityKind.SUMMIT, name).iri(), EntityKind.SUMMIT, Map.of("en", name, "zh", chinese), false, List.of());
    }

    private static final Pattern LEADING_ACRONYM = Pattern.compile("^\\p{Lu}{2,6}(?= )");

    /**
     * "KCD Bengaluru 2023" in an article that also writes "Kubernetes Community Days Bengaluru": an edition whose name opens on
     * an acronym the article spells out with an event word is named in full, the node the event-name finder makes of the
     * words in full; the acronym stays a label of it.
     */
    private static Entity edition(String all, String name, int year) {
        Matcher acronym = LEADING_ACRONYM.matcher(name);
        String full = acronym.find() ? spelledOut(all, acronym.group()) + name.substring(acronym.end()) : name;
        return NewEntities.of(EntityKind.SUMMIT, full + " " + year);
    }

    /**
     * A series' acronym as the article spells it out, when it does with an event word at the end ("KCD" beside
     * "Kubernetes Community Days Shenzhen 2023"): the edition the event-name finder names from the words in full.
     */
    static String spelledOut(String all, String series) {
        if (!series.matches("\\p{Lu}{2,6}")) {
            return series;
        }
        StringBuilder words = new StringBuilder("(?<![\\p{L}\\d])");
        for (int i = 0; i < series.length(); i++) {
            words.append(i == 0 ? "" : "[ \\t]+").append(series.charAt(i)).append("\\p{Ll}+");
        }
        Matcher m = Pattern.compile(words + "(?![\\p{L}\\d])").matcher(all);
        while (m.find()) {
            String[] found = m.group().split("[ \\t]+");
            if (EVENT_WORDS.contains(found[found.length - 1].toLowerCase(Locale.ROOT))) {
                return String.join(" ", found);
            }
        }
        return series;
    }

    /**
     * Words that open a sentence or a phrase and are no part of the name: "At FOSDEM 2025", "In March 2024"; a place or a
     * word of travel and reports before "to" or "of" ("Brazil to DebConf19", "Notes of Foo Days 2024").
     */
    private int withoutLeadingWords(String text, int begin, int end) {
        Matcher lead = LEAD_BEFORE_CONNECTOR.matcher(text).region(begin, end);
        if (lead.lookingAt() && (places.contains(lead.group(1)) || BEFORE_CONNECTOR.contains(lead.group(1).toLowerCase(Locale.ROOT))
                || lead.group(1).contains(" ") && places.contains(lead.group(1).substring(lead.group(1).lastIndexOf(' ') + 1)))) {
            begin = lead.end();
        }
        Matcher word = Pattern.compile("\\S+").matcher(text).region(begin, end);
        int at = begin;
        while (word.find()) {
            if (!NOT_A_NAME.contains(word.group().toLowerCase(Locale.ROOT))) {
                return at;
            }
            at = word.end();
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return -1;
    }

    /**
     * Not a name the reference data knows, nor one holding a known series' name (the summit finder resolves "OpenInfra
     * Summit Europe 2025") unless a day held beside the series ("FOSDEM PGDay 2019"), nor one an event word ends (the event-name finder reads those).
     */
    private boolean isNew(String name, boolean dated) {
        String[] words = name.split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String folded = TextFold.fold(name);
        return !knownNames.contains(folded) && eventNames.stream().noneMatch(e -> TextFold.holdsName(folded, e)
                        && !CoLocatedDay.follows(name, folded.indexOf(e) + e.length()) && !(dated && LongerEventName.openedIn(name, folded.indexOf(e))))
                && !(dated && EVENT_WORDS.contains(last));
    }

    private static boolean isEvent(String text, Sentence s, String name, int begin, int end) {
        String before = text.substring(Math.max(s.begin(), begin - 24), begin);
        String after = text.substring(end, Math.min(s.end(), end + 80));
        if (CONFERENCE_BEFORE.matcher(before).find() || CONFERENCE_AFTER.matcher(after).find()
                || name.contains(" ") && HELD_AFTER.matcher(after).find()) {
            return true;
        }
        boolean cue = EVENT_CUE.matcher(s.text()).find();
        if (ACRONYM.matcher(name.split(" ")[0]).matches()) {
            return cue || AT_BEFORE.matcher(before).find();
        }
        // "at Harbour Connect 2025" in a sentence about a talk; one ordinary word ("at Easter 2025") needs "at" and a talk
        return cue && AT_BEFORE.matcher(before).find() && (name.contains(" ") || TALK.matcher(s.text()).find());
    }

    private static boolean overlapsAny(List<Mention> mentions, int begin, int end) {
        return mentions.stream().anyMatch(m -> m.begin() < end && begin < m.end());
    }
}
