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
 * Finds summits written by their city ("悉尼峰会", "2014年巴黎峰会", "OpenStack Summit Austin", "the Sydney
 * summit") and resolves each to one edition: the year when one is written (the nearest edition, since
 * writers misremember years), otherwise the latest edition that had begun by shortly after the article's
 * date. The city inside the name is a mention of the place too.
 */
public final class SummitFinder implements MentionFinder {

    static final String METHOD = "pattern:summit-name";
    /** Articles are written ahead of a summit too: an edition this close after publication counts as begun. */
    private static final int DAYS_AHEAD = 120;

    private static final Map<String, LocalDate> STARTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final ReferenceKnowledge knowledge;
    private final Map<String, String> placeByName = new HashMap<>();
    private final List<Pattern> named = new ArrayList<>();
    private final Pattern yearAndCity;
    private final NameMatcher cityMatcher = new NameMatcher();

    public SummitFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
        for (ReferenceKnowledge.Name n : knowledge.names()) {
            if (knowledge.summitPlaces().contains(n.entityIri())) {
                placeByName.put(TextFold.fold(n.text()), n.entityIri());
                cityMatcher.add(n.text(), n.entityIri());
            }
        }
        String cities = placeByName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        if (cities.isEmpty()) {
            cities = "(?!)";
        }
        String brand = "(?:OpenStack|OpenInfra|Open\\s*Infrastructure)";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        named.add(Pattern.compile("(?:(?<year>\\d{4})\\s*年\\s*(?:的\\s*)?)?(?:" + brand + "\\s*)?(?<city>" + cities
                + ")\\s*(?:" + brand + "\\s*)?(?:峰会|大会|Summit)", flags));
        named.add(Pattern.compile("(?:(?<year>\\d{4})\\s+)?" + brand + "\\s+Summit\\s+(?:in\\s+|at\\s+)?(?<city>"
                + cities + ")(?:\\s*,?\\s*(?<year2>\\d{4}))?", flags));
        named.add(Pattern.compile("(?:(?<year>\\d{4})\\s+)?(?<city>" + cities + ")\\s+(?:" + brand
                + "\\s+)?summit(?:\\s+(?:in\\s+)?(?<year2>\\d{4}))?", flags));
        for (String place : knowledge.summitPlaces()) {
            for (SummitEdition e : knowledge.summitsIn(place)) {
                if (e.start() != null) {
                    STARTS.put(e.entity().iri(), e.start());
                }
            }
        }
        yearAndCity = Pattern.compile("(?<year>\\d{4})\\s*年\\s*(?:的\\s*)?(?:在\\s*)?(?<city>" + cities + ")", flags);
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        LocalDate published = text.article().datePublished();
        // the patterns are costly: run them only on the sentences that name a city with summits
        List<NameMatcher.Match> cities = cityMatcher.findAll(text.text());
        for (Sentence s : text.sentences()) {
            if (cities.stream().noneMatch(c -> c.begin() >= s.begin() && c.end() <= s.end())) {
                continue;
            }
            for (Pattern p : named) {
                collect(text.text(), s, p, published, false, out);
            }
            collect(text.text(), s, yearAndCity, published, true, out);
        }
        // the patterns overlap ("2014年巴黎峰会" holds "2014年巴黎"): keep the longest reading of each name
        return MentionSelector.select(out);
    }

    private void collect(String text, Sentence s, Pattern p, LocalDate published, boolean strict, List<Mention> out) {
        Matcher m = p.matcher(text).region(s.begin(), s.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            if (!boundedLatin(text, m.start(), m.end())) {
                continue;
            }
            String placeIri = placeByName.get(TextFold.fold(m.group("city")));
            Integer year = year(m);
            Optional<SummitEdition> edition = resolve(knowledge.summitsIn(placeIri), year, published, strict);
            if (edition.isEmpty()) {
                continue;
            }
            double confidence = strict ? 0.7 : year != null ? 0.95 : 0.85;
            out.add(new Mention(m.start(), m.end(), m.group(), edition.get().entity(), METHOD, confidence));
            knowledge.entity(placeIri).ifPresent(place -> out.add(new Mention(m.start("city"), m.end("city"),
                    m.group("city"), place, METHOD, confidence)));
        }
    }

    private static boolean boundedLatin(String text, int begin, int end) {
        return (begin == 0 || !TextFold.isLatinOrDigit(text.charAt(begin - 1)) || !TextFold.isLatinOrDigit(text.charAt(begin)))
                && (end >= text.length() || !TextFold.isLatinOrDigit(text.charAt(end)) || !TextFold.isLatinOrDigit(text.charAt(end - 1)));
    }

    private static Integer year(Matcher m) {
        String y = m.group("year");
        if (y == null && m.pattern().pattern().contains("?<year2>")) {
            y = m.group("year2");
        }
        return y == null ? null : Integer.valueOf(y);
    }

    /** When a summit the reference data knows began; null when unknown. */
    static LocalDate startOf(Entity summit) {
        return STARTS.get(summit.iri());
    }

    static Optional<SummitEdition> resolve(List<SummitEdition> editions, Integer year, LocalDate published,
                                           boolean strict) {
        if (editions.isEmpty()) {
            return Optional.empty();
        }
        if (year != null) {
            SummitEdition nearest = editions.stream()
                    .min(Comparator.comparingInt(e -> Math.abs(e.year() - year))).orElseThrow();
            int distance = Math.abs(nearest.year() - year);
            return distance <= (strict ? 1 : 2) ? Optional.of(nearest) : Optional.empty();
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
