package org.summitgraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds summits and resolves each to one edition of the reference data. Summits are written by their city
 * ("悉尼峰会", "2014年巴黎峰会", "OpenStack Summit Austin", "the Sydney summit"), or by their series with the
 * city elsewhere in the sentence ("Open Infrastructure Summit（开源基础设施峰会）在上海举行", "OpenStack峰会自11月
 * 6-8日在悉尼召开"), or by the series and a region ("KubeCon Europe"). A written year picks the nearest
 * edition, since writers misremember years; without one, the latest edition that had begun by shortly after
 * the article's date. The series the article names most decides between series that met in the same city.
 * The city inside a summit's name is a mention of the place too.
 */
public final class SummitFinder implements MentionFinder {

    static final String METHOD = "pattern:summit-name";
    /** Articles are written ahead of a summit too: an edition this close after publication counts as begun. */
    private static final int DAYS_AHEAD = 120;
    /** Regions that series hold editions in, as written, to the word the editions' English names use. */
    private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("europe", "Europe"),
            Map.entry("eu", "Europe"), Map.entry("欧洲", "Europe"), Map.entry("north america", "North America"),
            Map.entry("na", "North America"), Map.entry("北美", "North America"), Map.entry("china", "China"),
            Map.entry("中国", "China"), Map.entry("japan", "Japan"), Map.entry("日本", "Japan"),
            Map.entry("india", "India"), Map.entry("印度", "India"), Map.entry("asia", "Asia"),
            Map.entry("亚洲", "Asia"), Map.entry("latin america", "Latin America"), Map.entry("拉美", "Latin America"),
            Map.entry("korea", "Korea"), Map.entry("韩国", "Korea"));
    private static final Pattern HELD_IN = Pattern.compile("(?:在|于)\\s*(?:\\p{IsHan}{1,4}?)?(?<city>CITIES)[^，,。；;]{0,12}?(?:召开|举行|举办|开幕|拉开帷幕|落幕|闭幕)"
            + "|\\b(?:in|at)\\s+(?<city2>CITIES)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEXT = Pattern.compile("(?:下一届|下届|明年的?)\\s*(?:OpenStack|OpenInfra|KubeCon)?\\s*(?:峰会|大会)"
            + "|\\b[Tt]he next (?:OpenStack |OpenInfra |Open Infrastructure )?(?:[Ss]ummit|conference)\\b"
            // "Next summit: Austin, April 2016", "next year's conference", "The conference will come to North America in
            // December, in Austin": the series' next edition, the article's own being this one
            + "|\\b(?:[Nn]ext (?:[Ss]ummit|conference|edition)|[Nn]ext year(?:'s|’s) (?:[Ss]ummit|conference|edition))\\b"
            + "|\\b[Tt]he (?:conference|[Ss]ummit|show)(?= will (?:come|go|move|return|head|travel) to\\b)");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind NEXT_CUES = new QuickFind(NEXT);
    /** Where a next edition goes, when no verb says it is held there: "明年的峰会会去温哥华", "Next summit: Austin". */
    private static final String GOES_TO = "^[^，,。；;.!?]{0,12}?(?:去|到|移师|落户|来到)\\s*(?<city>CITIES)|^\\s*[:：]\\s*(?<city2>CITIES)";
    /** The city before a next edition: "in Hong Kong, where the next summit takes place". */
    private static final String WHERE_NEXT = "(?<![\\p{L}])(?<city>CITIES),?\\s+where\\s+$(?<city2>)";
    private static final Pattern SUMMIT_TALK = Pattern.compile("(?i)\\b(?:summits?|conferences?|editions?|attended|spoke|keynotes?|"
            + "sponsor(?:s|ed)?|award|finalists?)\\b");
    private static final Pattern IN_YEAR = Pattern.compile("\\s+in\\s+(20[0-4]\\d)(?!\\d)|\\s+(20[0-4]\\d)(?![\\d年])");
    /** "the 2016 London edition", "the 2024 edition in Salt Lake City": the year written before the city. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:the\\s+)?(20[0-4]\\d)\\s+(?<in>(?:edition|summit|conference)\\s+(?:in|at)\\s+)?$");
    private static final Pattern EDITION_AFTER = Pattern.compile("(?i)\\s+(?:edition|summit|conference)\\b");
    private static final Pattern ORDINAL_SUMMIT = Pattern.compile("(?i)\\b(?:the\\s+)?(first|inaugural|last|latest|previous)\\s+"
            + "(?:(?:design|OpenStack|OpenInfra)\\s+)?(?:summit|conference)\\s+in\\s+$");
    /**
     * "up from about 3,000 in Hong Kong", "roughly double San Diego last October", "fewer than Austin in April": a city
     * a summit's crowd is compared with stands for the edition held there, in a sentence that counts people.
     */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:than|(?:up|down|rising|risen|grown|grew|rose)\\s+from|double|twice|triple|versus|vs\\.?|compared\\s+(?:with|to)"
            + "|against)\\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\\s+than|fewer\\s+than)\\s+)*"
            + "(?:the\\s+)?(?:[\\d,.]+\\s*(?:\\p{L}+\\s+)?(?:in|at)\\s+)?$");
    /** A sentence that counts an event's crowd: a company's headcount ("grown from 40 people in Austin") is none. */
    private static final Pattern HEADCOUNT = Pattern.compile("(?i)\\b(?:attendees|participants|delegates|registrants|registration"
            + "|attendance|registered|drew|draws)\\b");

    /**
     * "the CNCF's KCD programme", "the QCon organising team": words after a series' name that make it the series as a
     * whole, or the people who run it, rather than the edition the article names.
     */
    private static final Pattern SERIES_ITSELF = Pattern.compile("\\s+(?:programme|program|series|brand|format|franchise"
            + "|organi[sz]ing|organi[sz]ers|team|network|website|playbook|(?:mailing )?list)\\b");

    private final ReferenceKnowledge knowledge;
    private final Map<String, String> placeByName = new HashMap<>();
    /**
     * Searched with {@link QuickFind}: each alternates every city with summits, and Java's engine tried every city at
     * every position of the text around a city named (a twentieth of the extraction's time on the Chinese sample).
     */
    private final List<QuickFind> named = new ArrayList<>();
    private final QuickFind yearAndCity;
    private final Pattern heldIn;
    private final Pattern goesTo;
    private final Pattern whereNext;
    private final Pattern region;
    private final NameMatcher cityMatcher = new NameMatcher();
    private final NameMatcher seriesMatcher = new NameMatcher();
    private final NameMatcher seriesHints = new NameMatcher();
    /** The full names of editions ("KubeCon + CloudNativeCon China 2025"), which the dictionary also finds. */
    private final NameMatcher editionNames = new NameMatcher();
    private final java.util.Set<String> seriesWithEditions = new java.util.HashSet<>();
    private final CityEditions cityEditions;

    public SummitFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
        this.cityEditions = new CityEditions(knowledge);
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            if (knowledge.summitPlaces().contains(n.entityIri())) {
                placeByName.put(TextFold.fold(n.text()), n.entityIri());
                cityMatcher.add(n.text(), n.entityIri());
            }
        }
        knowledge.seriesNames().forEach((series, names) -> names.forEach(n -> seriesMatcher.add(n, series)));
        knowledge.editions().forEach(e -> seriesWithEditions.addAll(e.series()));
        knowledge.seriesHints().forEach(n -> seriesHints.add(n.text(), n.entityIri()));
        java.util.Set<String> editionIris = knowledge.editions().stream().map(e -> e.entity().iri()).collect(Collectors.toSet());
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            if (editionIris.contains(n.entityIri()) && n.text().matches(".*\\d.*")) {
                editionNames.add(n.text(), n.entityIri());
            }
        }
        String cities = alternation(placeByName.keySet());
        String brand = "(?:OpenStack|OpenInfra|Open\\s*Infrastructure|KubeCon(?:\\s*\\+\\s*CloudNativeCon)?|CloudNativeCon"
                + "|Open\\s+Source|LinuxCon)";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        named.add(new QuickFind(Pattern.compile("(?:(?<year>\\d{4})\\s*年\\s*(?:的\\s*)?)?(?<brand>" + brand + "\\s*)?(?<city>" + cities
                + ")\\s*(?:" + brand + "\\s*)?(?:设计|Design\\s+)?(?:峰会|大会|Summit)", flags)));
        named.add(new QuickFind(Pattern.compile("(?:(?<year>\\d{4})\\s+)?(?<brand>" + brand + ")\\s+(?:Summit\\s+)?(?:in\\s+|at\\s+)?(?<city>"
                + cities + ")(?:\\s*,?\\s*(?<year2>\\d{4}))?", flags)));
        named.add(new QuickFind(Pattern.compile("(?:(?<year>\\d{4})\\s+)?(?<city>" + cities + ")\\s+(?<brand>" + brand
                + "\\s+)?(?:design\\s+)?summit(?:\\s+(?:in\\s+)?(?<year2>\\d{4}))?", flags)));
        yearAndCity = new QuickFind(Pattern.compile("(?<year>\\d{4})\\s*年\\s*(?:的\\s*)?(?:在\\s*)?(?<city>" + cities + ")", flags));
        heldIn = Pattern.compile(HELD_IN.pattern().replace("CITIES", cities), flags);
        goesTo = Pattern.compile(GOES_TO.replace("CITIES", cities), flags);
        whereNext = Pattern.compile(WHERE_NEXT.replace("CITIES", cities), flags);
        java.util.Set<String> latin = REGIONS.keySet().stream().filter(k -> k.matches("[a-z ]+")).collect(Collectors.toSet());
        java.util.Set<String> han = REGIONS.keySet().stream().filter(k -> !latin.contains(k)).collect(Collectors.toSet());
        region = Pattern.compile("(?<![\\p{IsLatin}])(" + alternation(latin) + ")(?![\\p{IsLatin}])|(" + alternation(han) + ")",
                flags);
    }

    private static String alternation(java.util.Collection<String> words) {
        String joined = words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return joined.isEmpty() ? "(?!)" : joined;
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        LocalDate published = text.whenWritten();
        List<NameMatcher.Match> series = seriesMatcher.findAll(text.text());
        Map<String, Long> votes = new HashMap<>();
        series.forEach(m -> votes.merge(m.keys().iterator().next(), 1L, Long::sum));
        seriesHints.findAll(text.text()).forEach(m -> m.keys().forEach(k -> votes.merge(k, 1L, Long::sum)));
        String preferred = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        // the patterns are costly: run them only on the sentences that name a city with summits or a series
        List<NameMatcher.Match> cities = cityMatcher.findAll(text.text());
        NamedEditions namedInArticle = new NamedEditions(text.text());
        List<ByDate> byDate = new ArrayList<>();
        Map<String, List<Entity>> unlisted = new HashMap<>();
        Map<String, Entity> inCities = new HashMap<>();
        List<NameMatcher.Match> unresolved = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (NameMatcher.Match c : cities) {
                if (c.begin() < s.begin() || c.end() > s.end()) {
                    continue;
                }
                // a summit's name reaches a few words either side of its city
                Sentence window = new Sentence(s.index(), s.paragraph(), Math.max(s.begin(), c.begin() - 40),
                        Math.min(s.end(), c.end() + 40), s.text());
                for (QuickFind p : named) {
                    collect(text.text(), window, p, published, false, preferred, namedInArticle, out);
                }
                collect(text.text(), window, yearAndCity, published, true, preferred, namedInArticle, out);
            }
            for (NameMatcher.Match m : series) {
                if (m.begin() >= s.begin() && m.end() <= s.end()) {
                    if (!bySeries(text.text(), s, m, published, byDate, unlisted, inCities, namedInArticle, out)) {
                        unresolved.add(m);
                    }
                }
            }
        }
        // "See Meera at ONE Summit" under "ONE Summit North America 2022": the series' name alone is the edition the
        // article names with its year or city when the reference data lists none it could mean, and it names only one
        // ("KCD Osaka 2023" and "KCD Lagos 2023", the latter for the event-name finders, leave a bare "KCD" apart)
        Map<String, java.util.Set<String>> writtenAfter = new HashMap<>();
        for (NameMatcher.Match m : series) {
            CityEditions.wordsAndYearAfter(text.text(), m.end())
                    .ifPresent(w -> writtenAfter.computeIfAbsent(m.keys().iterator().next(), k -> new java.util.HashSet<>()).add(w));
        }
        for (NameMatcher.Match m : unresolved) {
            List<Entity> named = unlisted.getOrDefault(m.keys().iterator().next(), List.of());
            Entity edition = named.stream().map(Entity::iri).distinct().count() == 1 ? named.get(0) : null;
            if (edition != null && !namesOnly(edition, writtenAfter.getOrDefault(m.keys().iterator().next(), java.util.Set.of()))) {
                edition = null;
            }
            if (edition != null && out.stream().noneMatch(o -> o.begin() <= m.begin() && o.end() >= m.end())
                    && !SERIES_ITSELF.matcher(text.text()).region(m.end(), text.text().length()).lookingAt()) {
                out.add(new Mention(m.begin(), m.end(), text.text().substring(m.begin(), m.end()), edition, METHOD, 0.7));
            }
        }
        next(text.text(), text.sentences(), published, preferred, namedInArticle, out);
        editionsByCity(text, cities, published, preferred, out);
        atNamedEditions(text.text(), published, byDate, out);
        // the patterns overlap ("2014年巴黎峰会" holds "2014年巴黎"): keep the longest reading of each name
        return MentionSelector.select(out);
    }

    /** Whether every edition written by words and a year after the series' name ("Osaka 2023") is {@code edition}. */
    private static boolean namesOnly(Entity edition, java.util.Set<String> written) {
        String english = edition.labels().getOrDefault("en", "");
        return written.stream().allMatch(w -> english.endsWith(" " + w));
    }

    /**
     * An edition a series' name alone may mean in an article of that date: begun within a year before it or soon after (a
     * preview); an old edition or next year's the article names in full is another event than the one it talks of.
     */
    private static boolean current(SummitEdition e, LocalDate published) {
        return e.start() != null && !e.start().isBefore(published.minusDays(365)) && !e.start().isAfter(published.plusDays(DAYS_AHEAD));
    }

    private static boolean running(SummitEdition e, LocalDate published) {
        return published != null && e.start() != null && e.end() != null && !published.isBefore(e.start()) && !published.isAfter(e.end());
    }

    /** A series' name resolved by the article's date alone, with the editions it may mean. */
    private record ByDate(Mention mention, List<SummitEdition> editions) {
    }

    /**
     * "KubeCon香港见闻" in an article that names "KubeCon + CloudNativeCon China 2025" (published ten days after it, four
     * days after KubeCon Japan): a series written without year or city is the edition the article names otherwise, by its
     * full name or its city, rather than the latest one by date; when it names several, the date decides among them. Only
     * current editions count (see {@link #current}).
     */
    private void atNamedEditions(String text, LocalDate published, List<ByDate> byDate, List<Mention> out) {
        if (byDate.isEmpty() || published == null) {
            return;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        editionNames.findAll(text).forEach(m -> named.addAll(m.keys()));
        java.util.Set<Mention> dated = byDate.stream().map(ByDate::mention).collect(Collectors.toSet());
        out.stream().filter(m -> !dated.contains(m)).forEach(m -> named.add(m.entity().iri()));
        for (ByDate b : byDate) {
            if (named.contains(b.mention().entity().iri())) {
                continue;
            }
            List<SummitEdition> there = b.editions().stream().filter(e -> named.contains(e.entity().iri()) && current(e, published))
                    .sorted(Comparator.comparing(SummitEdition::start, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            if (!there.isEmpty()) {
                Mention m = b.mention();
                out.set(out.indexOf(m), new Mention(m.begin(), m.end(), m.surface(), there.get(there.size() - 1).entity(), METHOD,
                        m.confidence()));
            }
        }
    }

    private void collect(String text, Sentence s, QuickFind p, LocalDate published, boolean strict, String preferred,
                         NamedEditions namedInArticle, List<Mention> out) {
        // the patterns look at nothing outside their match, so the window's bounds need not be transparent
        QuickFind.Matches m = p.in(text, s.begin(), s.end());
        while (m.find()) {
            if (!boundedLatin(text, m.start(), m.end())) {
                continue;
            }
            String placeIri = placeByName.get(TextFold.fold(m.group("city")));
            String brand = strict || m.group("brand") == null ? null : m.group("brand").strip();
            String seriesIri = brand == null ? preferred : seriesOf(brand);
            if (brand != null && seriesIri != null && knowledge.summitsIn(placeIri).stream().noneMatch(e -> e.inSeries(seriesIri))) {
                // "KubeCon Lisbon" where KubeCon never met but another series did: the series' edition there, which the
                // series' name reads (see editionInOtherCity), not the other series' edition
                continue;
            }
            List<SummitEdition> editions = inSeries(knowledge.summitsIn(placeIri), seriesIri, year(m, p) != null);
            String named = strict ? seriesNamedAfter(text, m.end(), s.end()) : null;
            if (named != null) {
                // "2023年温哥华的OpenInfra Summit", "2022年都柏林的Hyperledger Global Forum": the year and the city date and
                // place the edition of the series named next, not another series' edition held there that year
                editions = knowledge.summitsIn(placeIri).stream().filter(e -> e.inSeries(named)).toList();
            }
            Optional<SummitEdition> edition = resolve(editions, year(m, p), published, strict,
                    () -> ties(text, s, namedInArticle, published, out));
            if (edition.isEmpty()) {
                continue;
            }
            double confidence = strict ? 0.7 : year(m, p) != null ? 0.95 : 0.85;
            out.add(new Mention(m.start(), m.end(), m.group(), edition.get().entity(), METHOD, confidence));
            knowledge.entity(placeIri).ifPresent(place -> out.add(new Mention(m.start("city"), m.end("city"),
                    m.group("city"), place, METHOD, confidence)));
        }
    }

    /**
     * The editions an article names by their full names ("KubeCon + CloudNativeCon China 2025"), looked for once and only
     * when editions of one year need telling apart: most articles never need them, and the search reads the whole text.
     */
    private final class NamedEditions implements java.util.function.Supplier<java.util.Set<String>> {
        private final String text;
        private java.util.Set<String> named;

        NamedEditions(String text) {
            this.text = text;
        }

        @Override
        public java.util.Set<String> get() {
            if (named == null) {
                named = new java.util.HashSet<>();
                editionNames.findAll(text).forEach(m -> named.addAll(m.keys()));
            }
            return named;
        }
    }

    /** What tells apart editions of one year here: the editions the article names, the sentence's cities, its date. */
    private EditionTies ties(String text, Sentence s, NamedEditions namedInArticle, LocalDate published, List<Mention> out) {
        java.util.Set<String> named = new java.util.HashSet<>(namedInArticle.get());
        out.stream().filter(o -> o.entity().kind() == EntityKind.SUMMIT).forEach(o -> named.add(o.entity().iri()));
        java.util.Set<String> cities = new java.util.HashSet<>();
        cityMatcher.findAll(text.substring(s.begin(), s.end())).forEach(c -> cities.addAll(c.keys()));
        return new EditionTies(named, cities, published);
    }

    /** The series whose name follows right after a year and a city ("的OpenInfra Summit", "举办的首届…"), or null. */
    private String seriesNamedAfter(String text, int at, int end) {
        Matcher between = SERIES_AFTER_CITY.matcher(text).region(at, end);
        if (!between.lookingAt()) {
            return null;
        }
        int from = between.end();
        return seriesMatcher.findAll(text.substring(from, Math.min(end, from + 60))).stream().filter(x -> x.begin() == 0)
                .findFirst().map(x -> x.keys().iterator().next()).orElse(null);
    }

    /**
     * "Open Infrastructure Summit … 在上海举行", "KubeCon Europe", "OpenStack峰会自11月6-8日在悉尼召开". Whether the
     * series' name here names an edition.
     */
    private boolean bySeries(String text, Sentence s, NameMatcher.Match m, LocalDate published, List<ByDate> byDate,
                             Map<String, List<Entity>> unlisted, Map<String, Entity> inCities, NamedEditions namedInArticle,
                             List<Mention> out) {
        String seriesIri = m.keys().iterator().next();
        if (CoLocatedDay.follows(text.substring(0, s.end()), m.end()) || LongerEventName.holds(text, m.begin(), m.end())) {
            // another event's name, for the event finders: no edition to resolve or to guess ("Embedded Open Source
            // Summit 2023" is none of the Open Source Summit's)
            return true;
        }
        List<SummitEdition> editions = knowledge.editions().stream().filter(e -> e.inSeries(seriesIri)).toList();
        editions = inRegion(editions, text, m.begin(), m.end(), s.end());
        List<SummitEdition> inCity = atCityBeside(editions, text, m.begin(), m.end());
        if (inCity == editions) {
            Optional<Mention> elsewhere = editionInOtherCity(text, s, m, editions, published, inCities, out);
            if (elsewhere.isPresent()) {
                unlisted.computeIfAbsent(seriesIri, k -> new ArrayList<>()).add(elsewhere.get().entity());
                return true;
            }
        }
        editions = inCity;
        Matcher held = heldIn.matcher(text).region(m.end(), s.end());
        if (held.find()) {
            String city = held.group("city") != null ? held.group("city") : held.group("city2");
            String placeIri = placeByName.get(TextFold.fold(city));
            editions = editions.stream().filter(e -> placeIri != null && placeIri.equals(e.placeIri())).toList();
        }
        Matcher ordinal = ORDINAL_BEFORE.matcher(text.substring(Math.max(s.begin(), m.begin() - 16), m.begin()));
        Optional<SummitEdition> numbered = ordinal.find() ? byNumber(editions, ordinal) : Optional.empty();
        // "the OpenStack Summit returned to the city of the 2010 Austin design summit": a year inside another edition's
        // name is that edition's
        Integer year = EditionYear.of(text, s, m.begin(), m.end(), published, at -> out.stream()
                .anyMatch(o -> o.entity().kind() == EntityKind.SUMMIT && o.begin() <= at && at < o.end()));
        // "2023年温哥华的OpenInfra Summit": the edition the year and the city right before the name were read as
        List<SummitEdition> candidates = editions;
        Optional<SummitEdition> dated = out.stream().filter(o -> o.entity().kind() == EntityKind.SUMMIT && o.end() <= m.begin()
                        && o.end() >= Math.max(s.begin(), m.begin() - 2) && text.substring(o.end(), m.begin()).matches("[的\\s]*"))
                .flatMap(o -> candidates.stream().filter(e -> e.entity().iri().equals(o.entity().iri()))).findFirst();
        Optional<SummitEdition> edition = numbered.isPresent() ? numbered : dated.isPresent() ? dated
                : year != null ? resolve(editions, year, published, true, () -> ties(text, s, namedInArticle, published, out))
                : recent(editions, published);
        if (edition.isEmpty() && year == null) {
            edition = onlyOneInCityOfSentence(editions, text, s);
        }
        if (edition.isEmpty()) {
            Optional<Mention> beyond = unlistedEdition(text, s, m);
            if (beyond.isPresent()) {
                out.add(beyond.get());
                unlisted.computeIfAbsent(seriesIri, k -> new ArrayList<>()).add(beyond.get().entity());
                return true;
            }
        }
        if (edition.isPresent()) {
            Mention mention = new Mention(m.begin(), m.end(), text.substring(m.begin(), m.end()), edition.get().entity(), METHOD, 0.75);
            out.add(mention);
            // "第21届Open Infrastructure Summit" is that edition by its number, whatever else the article names; and an
            // article written while an edition runs speaks of that one, though it recalls an older one by name
            if (year == null && numbered.isEmpty() && !running(edition.get(), published)) {
                byDate.add(new ByDate(mention, editions));
            }
        }
        // "spent three days at the Linux Foundation Member Summit in Napa": a known series met somewhere, in an edition
        // the reference data lacks, is that year's edition (the year written in the sentence, else the article's)
        if (edition.isEmpty() && published != null && AT_THE.matcher(text.substring(Math.max(s.begin(), m.begin() - 12), m.begin())).find()
                && IN_PLACE.matcher(text).region(m.end(), s.end()).lookingAt()) {
            int editionYear = year != null ? year : published.getYear();
            String name = text.substring(m.begin(), m.end());
            out.add(new Mention(m.begin(), m.end(), name, NewEntities.of(EntityKind.SUMMIT, name + " " + editionYear), METHOD, 0.7));
            return true;
        }
        return edition.isPresent();
    }

    /**
     * "KCD Amsterdam 2023", "QCon上海2023", "KubeCon Lisbon": a series named with a city against its name where the reference
     * data lists none of its editions is that city's edition, a new event of the year written against the name, else the
     * sentence's, else the article's, rather than an edition held elsewhere. An edition listed without a place in that
     * year may be the one, and then none is made. {@code inCities} holds the editions made so far in the article, by
     * series, city and year.
     */
    private Optional<Mention> editionInOtherCity(String text, Sentence s, NameMatcher.Match m, List<SummitEdition> editions,
                                                 LocalDate published, Map<String, Entity> inCities, List<Mention> out) {
        Optional<CityEditions.Beside> city = cityEditions.beside(text, m.begin(), m.end(), s.end());
        if (city.isEmpty() || editions.stream().anyMatch(e -> city.get().place().iri().equals(e.placeIri()))) {
            return Optional.empty();
        }
        Integer written = EditionYear.of(text, s, m.begin(), m.end(), published, at -> false);
        if (written == null && published == null) {
            return Optional.empty();
        }
        int year = written != null ? written : published.getYear();
        String seriesIri = m.keys().iterator().next();
        String english = knowledge.seriesNames().getOrDefault(seriesIri, List.of()).stream().filter(n -> !n.matches(".*\\p{IsHan}.*"))
                .findFirst().orElse(text.substring(m.begin(), m.end()));
        CityEditions.Edition made = cityEditions.edition(text, m.begin(), m.end(), english, city.get(), year, METHOD);
        if (editions.stream().anyMatch(e -> e.placeIri() == null && e.year() == made.year())) {
            return Optional.empty();
        }
        // "Kubernetes Community Days成都站" and then "KCD Chengdu 2024": one edition, under the name first written
        Entity event = inCities.computeIfAbsent(seriesIri + " " + city.get().place().iri() + " " + made.year(), k -> made.event().entity());
        Mention mention = new Mention(made.event().begin(), made.event().end(), made.event().surface(), event, METHOD,
                made.event().confidence());
        out.add(mention);
        // "KCD杭州2025" in the minutes of the 2024 edition: a later edition named in passing, whose city is only a plan
        if (published == null || made.year() <= published.getYear()) {
            out.add(made.city());
        }
        return Optional.of(mention);
    }

    /**
     * "Eleven of us flew up to Shanghai last week for the Open Infrastructure Summit" in an article that gives no date:
     * the one edition of the series held in a city the sentence names.
     */
    private Optional<SummitEdition> onlyOneInCityOfSentence(List<SummitEdition> editions, String text, Sentence s) {
        java.util.Set<String> cities = cityMatcher.findAll(text.substring(s.begin(), s.end())).stream()
                .map(c -> c.keys().iterator().next()).collect(Collectors.toSet());
        List<SummitEdition> there = editions.stream().filter(e -> e.placeIri() != null && cities.contains(e.placeIri())).toList();
        return there.size() == 1 ? Optional.of(there.get(0)) : Optional.empty();
    }

    private static final String ORDINAL_ZH = "(?:(?:第\\s*[一二三四五六七八九十\\d]{1,3}\\s*届|首届)\\s*)?";
    /** "第21届Open Infrastructure Summit", "the 21st OpenStack Summit": an edition's number written before the series. */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:第\\s*(\\d{1,3})\\s*届|\\b[Tt]he\\s+(\\d{1,3})(?:st|nd|rd|th))\\s*$");
    /** A region, then the year, right after a series' name: "ONE Summit North America 2022", "KubeCon Japan 2026". */
    private static final Pattern YEAR_AFTER_NAME = Pattern.compile("^(?<region>\\s+(?:Europe|North America|Latin America|China|Japan"
            + "|India|Asia|Korea|EU|NA))?\\s*,?\\s+(?<year>20[0-4]\\d)(?![\\d年月/.:–-]\\d|[\\d年月/–-])");
    /**
     * "2026年KubeCon日本", "2022年的ONE Summit": the year written right before the series' name; or before a clause that
     * says where and which one it was ("2018年在巴塞尔举办的首届Hyperledger Global Forum", "2020年3月在菲尼克斯举办的第二届",
     * "2022年都柏林的"), or "the 2022 Hyperledger Global Forum"; or a year written against a Chinese name without 年,
     * a city and a dot between at most ("2018云栖大会", "2018杭州·云栖大会"), unless it ends another name ("GOTC 2025全球开源
     * 技术峰会" is GOTC's edition).
     */
    private static final Pattern YEAR_BEFORE_NAME = Pattern.compile("(?<year>20[0-4]\\d)\\s*年\\s*(?:\\d{1,2}\\s*月份?\\s*)?"
            + "(?:(?:在|于)\\s*[^，,。；;、的]{1,8}?(?:举办|举行|召开)\\s*的|\\p{IsHan}{2,4}的)?\\s*(?:的\\s*)?" + ORDINAL_ZH + "$"
            + "|\\b[Tt]he\\s+(?<year2>20[0-4]\\d)\\s+$"
            + "|(?<![\\p{IsLatin}\\d.:/-])(?<![\\p{IsLatin}\\d]\\s)(?<year3>20[0-4]\\d)(?:\\p{IsHan}{2,3}\\s*[·・]\\s*)?$");
    /** The clause between a year and a city and the series' name they date and place: "的", "举办的首届". */
    private static final Pattern SERIES_AFTER_CITY = Pattern.compile("^\\s*(?:(?:举办|举行|召开)\\s*)?(?:的\\s*)?" + ORDINAL_ZH);

    private static Optional<SummitEdition> byNumber(List<SummitEdition> editions, Matcher ordinal) {
        int number = Integer.parseInt(ordinal.group(1) != null ? ordinal.group(1) : ordinal.group(2));
        List<SummitEdition> that = editions.stream().filter(e -> e.edition() != null && e.edition() == number).toList();
        return that.size() == 1 ? Optional.of(that.get(0)) : Optional.empty();
    }

    /**
     * "ONE Summit North America 2022" when the reference data lists the series' editions only up to 2019: a known series
     * with its year written against its name is that year's edition, which the reference data does not list yet (a
     * year written elsewhere in the sentence may be another event's, so only one beside the name counts).
     */
    private static Optional<Mention> unlistedEdition(String text, Sentence s, NameMatcher.Match m) {
        Matcher after = YEAR_AFTER_NAME.matcher(text).region(m.end(), s.end());
        String series = text.substring(m.begin(), m.end());
        if (after.lookingAt()) {
            String name = text.substring(m.begin(), after.end()).replaceAll("[\\s,]+", " ");
            return Optional.of(new Mention(m.begin(), after.end(), text.substring(m.begin(), after.end()),
                    NewEntities.of(EntityKind.SUMMIT, name), METHOD, 0.8));
        }
        Matcher before = YEAR_BEFORE_NAME.matcher(text.substring(Math.max(s.begin(), m.begin() - 30), m.begin()));
        if (before.find()) {
            String year = before.group("year") != null ? before.group("year")
                    : before.group("year2") != null ? before.group("year2") : before.group("year3");
            // a clause between year and name ("2018年在巴塞尔举办的") is no part of the name: the mention is the series' name
            int yearAt = Math.max(s.begin(), m.begin() - 30) + before.start();
            // the year and city written against the name are part of it ("2018杭州·云栖大会")
            int begin = before.group("year3") != null
                    || before.group("year") != null && text.substring(yearAt, m.begin()).matches("\\d{4}\\s*年\\s*(?:的\\s*)?")
                    ? yearAt : m.begin();
            return Optional.of(new Mention(begin, m.end(), text.substring(begin, m.end()),
                    NewEntities.of(EntityKind.SUMMIT, series + " " + year), METHOD, 0.8));
        }
        return Optional.empty();
    }

    private static final Pattern AT_THE = Pattern.compile("\\b(?:at|attended|attending|attend|to)\\s+(?:the\\s+|this\\s+year's\\s+)?$");
    private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}-]+(?![\\p{L}\\d])(?!\\s+\\d)");

    /**
     * "下一届峰会将于2017年5月在美国波士顿举行", "the next summit will take place in Tokyo": a summit named by neither
     * series nor city, whose city the sentence gives; the edition of the article's series there, by the year written.
     */
    private void next(String text, List<Sentence> sentences, LocalDate published, String preferred,
                      NamedEditions namedInArticle, List<Mention> out) {
        QuickFind.Matches n = NEXT_CUES.in(text);
        while (n.find()) {
            int at = n.end();
            Sentence s = sentences.stream().filter(x -> at > x.begin() && at <= x.end()).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            Matcher held = heldIn.matcher(text).region(at, s.end());
            if (!held.find()) {
                held = goesTo.matcher(text).region(at, s.end());
                if (!held.lookingAt()) {
                    // "We will try again in Hong Kong, where the next summit takes place in November."
                    held = whereNext.matcher(text).region(s.begin(), n.start());
                    if (!held.find()) {
                        continue;
                    }
                }
            }
            String city = held.group("city") != null ? held.group("city") : held.group("city2");
            String placeIri = placeByName.get(TextFold.fold(city));
            Matcher y = EditionYear.YEAR.matcher(text).region(s.begin(), s.end());
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
            List<SummitEdition> editions = inSeries(knowledge.summitsIn(placeIri), preferred, year != null);
            Optional<SummitEdition> edition = year != null
                    ? resolve(editions, year, published, true, () -> ties(text, s, namedInArticle, published, out))
                    : editions.stream().filter(e -> e.start() != null && published != null && e.start().isAfter(published))
                    .min(Comparator.comparing(SummitEdition::start));
            edition.ifPresent(e -> out.add(new Mention(n.start(), n.end(), n.group(), e.entity(), METHOD, 0.75)));
        }
    }

    /**
     * Old editions named by their city in a sentence about summits: "every summit since Portland in 2013" (the edition
     * of the article's series held there that year, and none if there is none), "the first design summit in Austin" (its
     * earliest edition there), "the last summit in Berlin".
     */
    private void editionsByCity(ArticleText text, List<NameMatcher.Match> cities, LocalDate published, String preferred,
                                List<Mention> out) {
        String all = text.text();
        for (NameMatcher.Match c : cities) {
            Sentence s = text.sentences().stream().filter(x -> x.begin() <= c.begin() && c.end() <= x.end()).findFirst().orElse(null);
            String placeIri = placeByName.get(TextFold.fold(all.substring(c.begin(), c.end())));
            if (s == null || placeIri == null || !boundedLatin(all, c.begin(), c.end())) {
                continue;
            }
            boolean compared = published != null && COMPARED.matcher(all.substring(Math.max(s.begin(), c.begin() - 40), c.begin())).find()
                    && HEADCOUNT.matcher(s.text()).find();
            if (!compared && !SUMMIT_TALK.matcher(s.text()).find()) {
                continue;
            }
            List<SummitEdition> editions = inSeries(knowledge.summitsIn(placeIri), preferred, true);
            Matcher year = IN_YEAR.matcher(all).region(c.end(), s.end());
            Matcher ordinal = ORDINAL_SUMMIT.matcher(all.substring(Math.max(s.begin(), c.begin() - 50), c.begin()));
            int lookBack = Math.max(s.begin(), c.begin() - 30);
            Matcher yearBefore = YEAR_BEFORE.matcher(all.substring(lookBack, c.begin()));
            Optional<SummitEdition> edition = Optional.empty();
            int begin = c.begin();
            int end = c.end();
            Matcher editionAfter = EDITION_AFTER.matcher(all).region(c.end(), s.end());
            if (yearBefore.find() && (yearBefore.group("in") != null || editionAfter.lookingAt())) {
                int y = Integer.parseInt(yearBefore.group(1));
                end = yearBefore.group("in") != null ? end : editionAfter.end();
                List<SummitEdition> that = editions.stream().filter(e -> e.year() == y).toList();
                edition = that.size() == 1 ? Optional.of(that.get(0)) : Optional.empty();
                begin = lookBack + yearBefore.start();
            } else if (year.lookingAt()) {
                int y = Integer.parseInt(year.group(1) != null ? year.group(1) : year.group(2));
                List<SummitEdition> that = editions.stream().filter(e -> e.year() == y).toList();
                edition = that.size() == 1 ? Optional.of(that.get(0)) : Optional.empty();
                end = year.end();
            } else if (ordinal.find()) {
                List<SummitEdition> dated = editions.stream().filter(e -> e.start() != null
                        && (published == null || !e.start().isAfter(published))).sorted(Comparator.comparing(SummitEdition::start)).toList();
                boolean first = ordinal.group(1).matches("(?i)first|inaugural");
                edition = dated.isEmpty() ? Optional.empty() : Optional.of(dated.get(first ? 0 : dated.size() - 1));
                begin = Math.max(s.begin(), c.begin() - 50) + ordinal.start();
            } else if (compared) {
                // the crowd it is measured against is an edition already held, the latest there before the article
                edition = editions.stream().filter(e -> e.start() != null && e.start().isBefore(published))
                        .max(Comparator.comparing(SummitEdition::start));
            }
            if (edition.isPresent()) {
                // a crowd compared with a city's is that city's edition, above the dictionary's reading of the city
                double confidence = begin == c.begin() && end == c.end() ? 0.96 : 0.7;
                out.add(new Mention(begin, end, all.substring(begin, end), edition.get().entity(), METHOD, confidence));
                if (begin == c.begin() && end == c.end()) {
                    continue; // the city alone names the edition here, not the place
                }
                String city = all.substring(c.begin(), c.end());
                knowledge.entity(placeIri).ifPresent(place -> out.add(new Mention(c.begin(), c.end(), city, place, METHOD, 0.7)));
            }
        }
    }

    /**
     * "KubeCon Europe", "KubeCon India", "KubeCon中国大会", "Open Source Summit Japan": the editions held in the
     * region that the series' name holds or that follows it; all of them when no region is written, or none of
     * the series' editions is in the one written. None when a region and a year follow the name and no edition is in
     * that region, or none of that year there: "HashiConf EU 2019" names an edition the reference data lacks, not the
     * series' 2019 one elsewhere.
     */
    private List<SummitEdition> inRegion(List<SummitEdition> editions, String text, int begin, int end, int to) {
        Matcher dated = YEAR_AFTER_NAME.matcher(text).region(end, to);
        boolean yearAfter = dated.lookingAt();
        Matcher r = region.matcher(text).region(begin, to);
        // the region is inside the name or right after it, a space at most between
        while (r.find() && r.start() <= end + 1) {
            String written = r.group(1) != null ? r.group(1) : r.group(2);
            String name = REGIONS.get(written.toLowerCase(java.util.Locale.ROOT));
            // the region's name, or its short form as the edition's own name writes it ("DockerCon EU 2018")
            Pattern word = Pattern.compile("\\b(?:" + Pattern.quote(name) + "|" + Pattern.quote(written) + ")\\b");
            List<SummitEdition> there = editions.stream().filter(e -> word.matcher(e.entity().label("en")).find()).toList();
            if (!there.isEmpty()) {
                // "DockerCon EU 2016": the region's edition of the year written against the name, or one the reference
                // data lacks, not the region's edition of the year before or after
                int year = yearAfter ? Integer.parseInt(dated.group("year")) : 0;
                return yearAfter ? there.stream().filter(e -> e.year() == year).toList() : there;
            }
        }
        return yearAfter && dated.group("region") != null ? List.of() : editions;
    }

    /**
     * "上海KubeCon", "香港 KubeCon", "KubeCon上海": a city written against the series' name, a space at most between, is
     * where the edition met, as "KubeCon Europe" names its region; a city with no edition of the series changes nothing.
     */
    private List<SummitEdition> atCityBeside(List<SummitEdition> editions, String text, int begin, int end) {
        int before = begin > 0 && text.charAt(begin - 1) == ' ' ? begin - 1 : begin;
        // "温哥华的OpenInfra Summit": the city and 的 before the name
        before = before > 0 && text.charAt(before - 1) == '的' ? before - 1 : before;
        int after = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        for (NameMatcher.Match c : cityMatcher.findAll(text.substring(Math.max(0, before - 8), Math.min(text.length(), after + 8)))) {
            int cityBegin = c.begin() + Math.max(0, before - 8);
            int cityEnd = c.end() + Math.max(0, before - 8);
            if (cityEnd == before || cityBegin == after) {
                String placeIri = c.keys().iterator().next();
                List<SummitEdition> there = editions.stream().filter(e -> placeIri.equals(e.placeIri())).toList();
                if (!there.isEmpty()) {
                    return there;
                }
            }
        }
        return editions;
    }

    /**
     * Without a year or a city, a series means its latest edition that had begun by the article's date, within a
     * year before it; failing that, its next one within a year.
     */
    private static Optional<SummitEdition> recent(List<SummitEdition> editions, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        List<SummitEdition> dated = editions.stream().filter(e -> e.start() != null).toList();
        Optional<SummitEdition> past = dated.stream()
                .filter(e -> !e.start().isAfter(published) && !e.start().isBefore(published.minusDays(365)))
                .max(Comparator.comparing(SummitEdition::start));
        return past.isPresent() ? past : dated.stream()
                .filter(e -> e.start().isAfter(published) && !e.start().isAfter(published.plusDays(365)))
                .min(Comparator.comparing(SummitEdition::start));
    }

    private String seriesOf(String brand) {
        List<NameMatcher.Match> hits = seriesMatcher.findAll(brand);
        if (!hits.isEmpty()) {
            return hits.get(0).keys().iterator().next();
        }
        // a brand picks the editions of its series, so only a series with editions can be the one meant: "OpenInfra"
        // begins both "OpenInfra Summit" and "OpenInfra Days", and only the summit has editions to choose from
        String folded = TextFold.fold(brand).replaceAll("\\s+", "");
        return knowledge.seriesNames().entrySet().stream().filter(e -> seriesWithEditions.contains(e.getKey()))
                .filter(e -> e.getValue().stream().anyMatch(n -> TextFold.fold(n).replaceAll("\\s+", "").startsWith(folded)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * Editions of the series; when the series is unknown or met elsewhere, all of them if a year tells them
     * apart, else those of the series that met most often in this city.
     */
    private static List<SummitEdition> inSeries(List<SummitEdition> editions, String seriesIri, boolean yearWritten) {
        List<SummitEdition> of = seriesIri == null ? List.of()
                : editions.stream().filter(e -> e.inSeries(seriesIri)).toList();
        if (!of.isEmpty()) {
            return of;
        }
        if (yearWritten) {
            return editions; // the year tells the editions apart
        }
        Map<String, List<SummitEdition>> bySeries = editions.stream()
                .collect(Collectors.groupingBy(SummitEdition::mainSeries));
        return bySeries.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
    }

    private static boolean boundedLatin(String text, int begin, int end) {
        return (begin == 0 || !TextFold.isLatinOrDigit(text.charAt(begin - 1)) || !TextFold.isLatinOrDigit(text.charAt(begin)))
                && (end >= text.length() || !TextFold.isLatinOrDigit(text.charAt(end)) || !TextFold.isLatinOrDigit(text.charAt(end - 1)));
    }

    private static Integer year(QuickFind.Matches m, QuickFind p) {
        String y = m.group("year");
        if (y == null && p.pattern().pattern().contains("?<year2>")) {
            y = m.group("year2");
        }
        return y == null ? null : Integer.valueOf(y);
    }

    static Optional<SummitEdition> resolve(List<SummitEdition> editions, Integer year, LocalDate published,
                                           boolean strict, java.util.function.Supplier<EditionTies> ties) {
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        if (year != null) {
            int distance = editions.stream().mapToInt(e -> Math.abs(e.year() - year)).min().orElseThrow();
            if (distance > (strict ? 1 : 2)) {
                return Optional.empty();
            }
            List<SummitEdition> nearest = editions.stream().filter(e -> Math.abs(e.year() - year) == distance).toList();
            return nearest.size() == 1 ? Optional.of(nearest.get(0)) : ties.get().choose(nearest);
        }
        if (strict) {
            return Optional.empty();
        }
        if (published == null) {
            return Optional.of(editions.get(editions.size() - 1));
        }
        LocalDate horizon = published.plusDays(DAYS_AHEAD);
        SummitEdition chosen = editions.get(0);
        for (SummitEdition e : editions) {
            if (e.start() != null && !e.start().isAfter(horizon)) {
                chosen = e;
            }
        }
        return Optional.of(chosen);
    }
}
