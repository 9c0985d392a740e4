package org.summitgraph.extraction;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The city written against a series' name ("KCD Amsterdam 2023", "QCon上海2023", "上海QCon", "Ceph Days Lyon") and the
 * edition it names when the reference data lists none of the series there: a new event named by the series as written,
 * the city and the year ("KCD Amsterdam 2023"; "QCon Shanghai 2023" in English for a city written in Han, the Chinese
 * spelling its Chinese label), the name the event-name finders give an unknown series' edition, so that adding a series
 * to the reference data leaves its editions as they were. Only a city: "KubeCon China" and "Open Source Summit Japan"
 * name the series' region, which {@link SummitFinder} reads.
 */
final class CityEditions {

    /** A city against a series' name, with where it is written. */
    record Beside(int begin, int end, Entity place) {
    }

    /** An edition in a city: the mention of the event, the mention of its city, and the year that dates it. */
    record Edition(Mention event, Mention city, int year) {
    }

    /** The year after the city: "KCD Amsterdam 2023", "QCon上海2023", "QCon 上海站 2023"; not a date ("上海2023年5月"). */
    private static final Pattern YEAR_AFTER = Pattern.compile("^\\s*(?:站\\s*)?,?\\s*(?<year>20[0-4]\\d)(?![\\d年月/.:–-]\\d|[\\d年月/–-])");
    /** A stop of a series in a city written in Han: "QCon上海站". */
    private static final Pattern STOP = Pattern.compile("^\\s*站");
    /** The year before: "2023年QCon上海", "2023年的上海QCon", "the 2023 KCD Amsterdam". */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?:(?<!\\d)(?<year>20[0-4]\\d)\\s*年\\s*(?:的\\s*)?|(?<![\\p{L}\\d])(?<year2>20[0-4]\\d)\\s+)$");

    /**
     * Capitalised words and a year right after a series' name: "KCD Lagos 2023", "ONE Summit North America 2022", whether
     * or not the words are a city the gazetteer knows.
     */
    private static final Pattern WORDS_AND_YEAR = Pattern.compile("^\\s+(?<words>\\p{Lu}[\\p{L}.-]+(?:\\s+\\p{Lu}[\\p{L}.-]+)?)\\s+(?<year>20[0-4]\\d)(?![\\d年])");

    private final ReferenceKnowledge knowledge;
    private final NameMatcher cities = new NameMatcher();

    CityEditions(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PLACE && isCity(e)).ifPresent(e -> cities.add(n.text(), e.iri()));
        }
    }

    /** A city of the world's gazetteer, by its English name: not a country, a region or a province. */
    private static boolean isCity(Entity place) {
        String english = place.labels().get("en");
        return english != null && "city".equals(PlaceGazetteerFinder.worldPlaceKind(english));
    }

    /**
     * The city written right after the series' name, a space at most between ("KCD Amsterdam", "QCon上海"), or right
     * before it in Han ("上海QCon", "上海 QCon"): a Latin city before a Latin name is as often the end of a phrase ("in
     * Amsterdam KCD volunteers").
     */
    Optional<Beside> beside(String text, int begin, int end, int sentenceEnd) {
        int after = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        Optional<NameMatcher.Match> next = after < sentenceEnd ? cities.at(text, after) : Optional.empty();
        if (next.isPresent() && next.get().end() <= sentenceEnd) {
            return next.map(c -> new Beside(c.begin(), c.end(), place(c)));
        }
        // "都柏林的Hyperledger Global Forum" says which edition without naming it: the city is no part of a name after 的
        int before = begin > 0 && text.charAt(begin - 1) == ' ' ? begin - 1 : begin;
        for (int from = Math.max(0, before - 6); from < before; from++) {
            Optional<NameMatcher.Match> c = cities.at(text, from);
            if (c.isPresent() && c.get().end() == before && TextFold.isHan(text.charAt(before - 1))) {
                return c.map(x -> new Beside(x.begin(), x.end(), place(x)));
            }
        }
        return Optional.empty();
    }

    /**
     * The edition written by words and a year after a series' name ending at {@code end}, as "Lagos 2023", the end of
     * the English name the event-name finders give it; empty when the name is followed by none.
     */
    static Optional<String> wordsAndYearAfter(String text, int end) {
        Matcher m = WORDS_AND_YEAR.matcher(text).region(end, text.length());
        return m.lookingAt() ? Optional.of(m.group("words").replaceAll("\\s+", " ") + " " + m.group("year")) : Optional.empty();
    }

    private Entity place(NameMatcher.Match c) {
        return knowledge.entity(c.keys().iterator().next()).orElseThrow();
    }

    /**
     * The edition of the series named at {@code [begin, end)}, whose name in Latin letters is {@code seriesName}, held in
     * the city beside it: the mention reaches over the
     * year written against the name or the city, which dates it; else {@code year} does (the sentence's or the
     * article's). The city stays a mention of the place.
     */
    Edition edition(String text, int begin, int end, String seriesName, Beside city, int year, String method) {
        int from = Math.min(begin, city.begin());
        int to = Math.max(end, city.end());
        Matcher stop = STOP.matcher(text).region(to, text.length());
        if (city.begin() >= end && stop.lookingAt()) {
            to = stop.end();
        }
        Matcher after = YEAR_AFTER.matcher(text).region(to, text.length());
        Matcher before = YEAR_BEFORE.matcher(text.substring(Math.max(0, from - 8), from));
        if (after.lookingAt()) {
            year = Integer.parseInt(after.group("year"));
            to = after.end();
        } else if (before.find()) {
            year = Integer.parseInt(before.group("year") != null ? before.group("year") : before.group("year2"));
            from = Math.max(0, from - 8) + before.start();
        }
        // "Quillfest峰会" written in Chinese: the English name of the event is the series' English name's
        String series = text.substring(begin, end).replaceAll("\\s+", " ");
        // "KCD Munich 2023" in an article that writes "Kubernetes Community Days Munich 2023" too: one event, named in full
        series = DatedEventNameFinder.spelledOut(text, series.matches(".*\\p{IsHan}.*") ? seriesName : series);
        String written = text.substring(city.begin(), city.end());
        String english = city.place().labels().get("en");
        boolean latin = written.matches("[\\p{IsLatin} .'-]+");
        String name = series + " " + (latin ? written : english) + " " + year;
        Entity event = latin ? NewEntities.of(EntityKind.SUMMIT, name)
                : new Entity(NewEntities.of(EntityKind.SUMMIT, name).iri(), EntityKind.SUMMIT,
                Map.of("en", name, "zh", text.substring(Math.min(begin, city.begin()), Math.max(end, city.end())) + " " + year), false, List.of());
        return new Edition(new Mention(from, to, text.substring(from, to), event, method, 0.8),
                new Mention(city.begin(), city.end(), written, city.place(), method, 0.8), year);
    }
}
