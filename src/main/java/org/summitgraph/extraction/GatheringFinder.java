package org.summitgraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenStack Project Teams Gatherings, which writers name by city ("都柏林PTG参会记", "the PTG in Denver", "Project
 * Teams Gathering in Shanghai", "PTG 上海站") or not at all ("本届PTG", "the PTG", "项目团队会议"). The reference data
 * holds their editions under full names only ("2018年都柏林PTG"), and a city before "PTG" is no summit name, so without
 * this finder an article about a gathering reported on no event, or on the summit held in the same city the week before.
 * A bare name is the gathering the article names by city, if it names one.
 */
final class GatheringFinder implements MentionFinder {

    static final String METHOD = "pattern:gathering-name";
    /** A preview is written a few months before the gathering. */
    private static final int DAYS_BEFORE = 120;
    private static final String NAME = "(?:(?<![A-Za-z0-9])PTG(?![A-Za-z0-9-])|\\bProject Teams Gathering\\b|项目团队(?:会议|聚会))";
    private static final Pattern BARE = Pattern.compile(NAME);
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind BARE_CUES = new QuickFind(BARE);
    private static final Pattern GLOSS = Pattern.compile("\\s*[(（]\\s*");
    private static final Pattern EN_LABEL = Pattern.compile("PTG (.+) (20\\d\\d)");

    /** A gathering and the names of the city it met in. */
    private record Gathering(Entity entity, LocalDate start, Entity city) {
    }

    private final List<Gathering> gatherings = new ArrayList<>();
    private final Map<String, Entity> cityByName = new HashMap<>();
    private final List<Pattern> named = new ArrayList<>();

    GatheringFinder(ReferenceKnowledge knowledge) {
        Map<String, Entity> placesByEnglishName = knowledge.entities().stream().filter(e -> e.kind() == EntityKind.PLACE)
                .filter(e -> e.label("en") != null)
                .collect(Collectors.toMap(e -> e.label("en"), e -> e, (a, b) -> a));
        for (SummitEdition e : knowledge.editions()) {
            Matcher label = EN_LABEL.matcher(String.valueOf(e.entity().label("en")));
            if (!e.series().isEmpty() || e.start() == null || !label.find()) {
                continue;
            }
            // the two gatherings of 2019 met in the summit's city and have no place of their own in the reference data
            Entity city = Optional.ofNullable(e.placeIri()).flatMap(knowledge::entity).orElse(placesByEnglishName.get(label.group(1)));
            if (city != null) {
                gatherings.add(new Gathering(e.entity(), e.start(), city));
                knowledge.namesOf(city.iri()).forEach(n -> cityByName.put(TextFold.fold(n.text()), city));
            }
        }
        String cities = cityByName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        if (cities.isEmpty()) {
            return;
        }
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        // "都柏林PTG", "2019年上海PTG", "the Denver PTG"
        named.add(Pattern.compile("(?:(?<year>20\\d\\d)\\s*年?\\s*(?:的\\s*)?)?(?<city>" + cities + ")\\s*(?:的\\s*)?(?:OpenStack\\s*)?"
                + NAME, flags));
        // "the PTG in Denver", "Project Teams Gathering (PTG) in Shanghai", "PTG Dublin 2018", "PTG 上海站"
        named.add(Pattern.compile("(?:OpenStack\\s+)?" + NAME + "(?:\\s*\\(PTG\\))?\\s*(?:(?:in|at)\\s+)?(?<city>" + cities
                + ")(?!\\p{L})(?:站)?(?:\\s*,?\\s*(?<year>20\\d\\d)(?!\\d))?", flags));
    }

    @Override
    public List<Mention> find(ArticleText text) {
        if (gatherings.isEmpty() || !BARE_CUES.in(text.text()).find()) {
            return List.of();
        }
        LocalDate published = text.whenWritten();
        List<Mention> out = new ArrayList<>();
        Set<Entity> namedByCity = new LinkedHashSet<>();
        for (Pattern p : named) {
            Matcher m = p.matcher(text.text());
            while (m.find()) {
                Optional<Gathering> g = named(m, published);
                if (g.isPresent()) {
                    namedByCity.add(g.get().entity());
                    out.add(new Mention(m.start(), m.end(), m.group(), g.get().entity(), METHOD, m.group("year") == null ? 0.85 : 0.95));
                    out.add(new Mention(m.start("city"), m.end("city"), m.group("city"), g.get().city(), METHOD, 0.85));
                }
            }
        }
        // "都柏林PTG参会记" over a text that writes only "第三届PTG": a title kept in the header names the gathering too
        String title = text.article().title();
        if (namedByCity.isEmpty() && title != null && !text.text().startsWith(title)) {
            for (Pattern p : named) {
                Matcher m = p.matcher(title);
                while (m.find()) {
                    named(m, published).ifPresent(g -> namedByCity.add(g.entity()));
                }
            }
        }
        // a summit report that mentions the gathering in passing ("首届PTG将于明年2月举行") names it too weakly to
        // count as a mention: counted, such mentions would outnumber the summit the article is about
        if (namedByCity.size() == 1) {
            Entity bare = namedByCity.iterator().next();
            Matcher m = BARE.matcher(text.text());
            int last = -1;
            while (m.find()) {
                // "PTG(项目团队聚会)", "Project Teams Gathering (PTG)": a gloss in brackets names the gathering once, so
                // that it does not outnumber the summit the article is about
                if (last < 0 || !GLOSS.matcher(text.text()).region(last, m.start()).matches()) {
                    out.add(new Mention(m.start(), m.end(), m.group(), bare, METHOD, 0.7));
                }
                last = m.end();
            }
        }
        return MentionSelector.select(out);
    }

    private Optional<Gathering> named(Matcher m, LocalDate published) {
        Entity city = cityByName.get(TextFold.fold(m.group("city")));
        return in(city, m.group("year") == null ? null : Integer.valueOf(m.group("year")), published);
    }

    /** The gathering in the city: of the year written, else the latest begun by shortly after the article, else the first. */
    private Optional<Gathering> in(Entity city, Integer year, LocalDate published) {
        List<Gathering> there = gatherings.stream().filter(g -> g.city().iri().equals(city == null ? null : city.iri()))
                .sorted(Comparator.comparing(Gathering::start)).toList();
        if (year != null) {
            return there.stream().min(Comparator.comparingInt(g -> Math.abs(g.start().getYear() - year)));
        }
        if (published == null) {
            return there.stream().reduce((a, b) -> b);
        }
        Optional<Gathering> begun = there.stream().filter(g -> !g.start().isAfter(published.plusDays(DAYS_BEFORE))).reduce((a, b) -> b);
        return begun.or(() -> there.stream().findFirst());
    }
}
