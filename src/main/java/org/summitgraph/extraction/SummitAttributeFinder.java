package org.summitgraph.extraction;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.summitgraph.vocab.SG;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text says of a summit's dates and number: "11月6-8日", "2019年11月4日至6日", "from 20 to 23 May 2019",
 * "May 21-24", "第16届峰会", "the 17th summit". They belong to the summit the sentence names, else to the one
 * the article is about. A date the reference data contradicts is another event's and is not stated.
 */
final class SummitAttributeFinder {

    static final String METHOD = "pattern:summit-dates";
    private static final Pattern ZH_RANGE = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?\\s*(?:至|到|-|–|—|~|～)\\s*(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern EN_DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})\\s*(?:-|–|—|to|until)\\s*(\\d{1,2})\\s+(" + MONTHS + ")(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern EN_MONTH_FIRST = Pattern.compile(
            "\\b(" + MONTHS + ")\\s+(\\d{1,2})\\s*(?:-|–|—|to|until)\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern ZH_EDITION = Pattern.compile("第\\s*(\\d{1,3})\\s*届");
    private static final Pattern EN_EDITION = Pattern.compile(
            "\\b(\\d{1,3})(?:st|nd|rd|th)\\s+(?:OpenStack\\s+|annual\\s+)?(?:summit|edition|conference)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BESIDE = Pattern.compile(
            "(?i)\\b(?:alongside|co-?located with|together with)\\s+(?:the\\s+)?$");
    private static final Pattern EVENT_WORD = Pattern.compile("峰会|大会|会议|summit|conference|KubeCon|con\\b", Pattern.CASE_INSENSITIVE);

    List<Attribute> find(AnnotatedText text) {
        List<Attribute> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Optional<Entity> summit = summitOf(text, s);
            if (summit.isEmpty()) {
                continue;
            }
            Integer defaultYear = year(text, summit.get());
            if (defaultYear == null) {
                continue;
            }
            Matcher zh = ZH_RANGE.matcher(s.text());
            while (zh.find()) {
                int y = zh.group(1) != null ? Integer.parseInt(zh.group(1)) : defaultYear;
                int m1 = Integer.parseInt(zh.group(2));
                int m2 = zh.group(4) != null ? Integer.parseInt(zh.group(4)) : m1;
                dates(text, s, eventAt(text, s, summit.get(), zh.start()), y, m1, Integer.parseInt(zh.group(3)), m2,
                        Integer.parseInt(zh.group(5)), out);
            }
            Matcher dayFirst = EN_DAY_FIRST.matcher(s.text());
            while (dayFirst.find()) {
                int m = month(dayFirst.group(3));
                int y = dayFirst.group(4) != null ? Integer.parseInt(dayFirst.group(4)) : defaultYear;
                dates(text, s, eventAt(text, s, summit.get(), dayFirst.start()), y, m, Integer.parseInt(dayFirst.group(1)), m,
                        Integer.parseInt(dayFirst.group(2)), out);
            }
            Matcher monthFirst = EN_MONTH_FIRST.matcher(s.text());
            while (monthFirst.find()) {
                int m = month(monthFirst.group(1));
                int y = monthFirst.group(4) != null ? Integer.parseInt(monthFirst.group(4)) : defaultYear;
                dates(text, s, eventAt(text, s, summit.get(), monthFirst.start()), y, m, Integer.parseInt(monthFirst.group(2)), m,
                        Integer.parseInt(monthFirst.group(3)), out);
            }
            for (Pattern p : List.of(ZH_EDITION, EN_EDITION)) {
                Matcher e = p.matcher(s.text());
                if (e.find()) {
                    String n = String.valueOf(Integer.parseInt(e.group(1)));
                    Integer known = edition(text, summit.get());
                    if (known == null || known.toString().equals(n)) {
                        out.add(new Attribute(summit.get().iri(), SG.edition, n, XSDDatatype.XSDinteger, s, "pattern:summit-edition", 0.7));
                    }
                }
            }
        }
        return firstValues(out);
    }

    /**
     * An event has one start, one end and one number, so where the text gives a summit two ranges (its own and,
     * say, a call for papers' or last year's, written in a sentence that names it), the first it states is kept:
     * the others would be a second value, a graph the shapes refuse. Repeats of the kept value stay as evidence.
     */
    private static List<Attribute> firstValues(List<Attribute> found) {
        Map<String, String> first = new java.util.HashMap<>();
        List<Attribute> kept = new ArrayList<>();
        for (Attribute a : found) {
            if (first.computeIfAbsent(a.subject() + " " + a.predicate().getURI(), k -> a.value()).equals(a.value())) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** The summit the sentence names, else, in a sentence about a summit or conference, the article's summit. */
    private static Optional<Entity> summitOf(AnnotatedText text, Sentence s) {
        // "runs October 28-30 alongside the Foo Conference": the event met beside is not the one the dates are of
        Optional<Entity> named = text.in(s).stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT)
                .filter(m -> !BESIDE.matcher(text.text()).region(LookBack.from(s.begin(), m.begin(), 24), m.begin()).find())
                .map(Mention::entity).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return EVENT_WORD.matcher(s.text()).find() ? text.about() : Optional.empty();
    }

    /**
     * The event a range at {@code at} dates when the sentence's summit is a gathering held beside a conference (a
     * contributor or maintainer summit): "大会由…主办,于9月26日至28日举行", "the day before KubeCon opened (the main
     * conference ran November 19 to 21)". The last event named before the range, or "大会" / "the conference" standing
     * for the last conference named so far, is the one dated; a gathering's own range stays the gathering's.
     */
    private static Entity eventAt(AnnotatedText text, Sentence s, Entity summit, int at) {
        if (!isGathering(summit)) {
            return summit;
        }
        int from = s.begin();
        Matcher conference = CONFERENCE_WORD.matcher(text.text()).region(from, s.begin() + at);
        int conferenceAt = -1;
        while (conference.find()) {
            conferenceAt = conference.start();
        }
        Mention last = null;
        for (Mention m : text.mentions()) {
            if (m.entity().kind() == EntityKind.SUMMIT && m.end() <= s.begin() + at) {
                if (m.begin() >= from && (last == null || m.begin() > last.begin())) {
                    last = m;
                }
            }
        }
        if (last != null && last.begin() > conferenceAt) {
            return last.entity();
        }
        if (conferenceAt < 0) {
            return summit;
        }
        // "大会", "the conference": the last conference (no gathering) the article names up to here
        Entity found = summit;
        int foundAt = -1;
        for (Mention m : text.mentions()) {
            if (m.entity().kind() == EntityKind.SUMMIT && !isGathering(m.entity()) && m.end() <= conferenceAt
                    && m.begin() > foundAt) {
                found = m.entity();
                foundAt = m.begin();
            }
        }
        return found;
    }

    private static boolean isGathering(Entity summit) {
        return summit.labels().values().stream().anyMatch(l -> GATHERING.matcher(l).find());
    }

    private static final Pattern GATHERING = Pattern.compile(
            "(?i)\\b(?:contributors?|maintainers?|members?|leadership)\\s+summit|(?:贡献者|维护者|开发者|成员)峰会");
    /** Words that stand for the conference a gathering meets beside: "大会", "主会", "the (main) conference". */
    private static final Pattern CONFERENCE_WORD = Pattern.compile("(?i)(?<!\\p{IsHan})(?:大会|主会)|\\bthe\\s+(?:main\\s+)?conference\\b");

    private static void dates(AnnotatedText text, Sentence s, Entity summit, int year, int m1, int d1, int m2, int d2,
                              List<Attribute> out) {
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.of(year, m1, d1);
            end = LocalDate.of(year, m2, d2);
        } catch (DateTimeException e) {
            return;
        }
        Optional<SummitEdition> known = edition(text.knowledge(), summit);
        if (end.isBefore(start) || known.map(k -> k.start() != null && !k.start().equals(start)).orElse(false)) {
            return;
        }
        out.add(new Attribute(summit.iri(), SG.startDate, start.toString(), XSDDatatype.XSDdate, s, METHOD, 0.75));
        out.add(new Attribute(summit.iri(), SG.endDate, end.toString(), XSDDatatype.XSDdate, s, METHOD, 0.75));
    }

    private static Optional<SummitEdition> edition(ReferenceKnowledge knowledge, Entity summit) {
        return knowledge.editions().stream().filter(e -> e.entity().iri().equals(summit.iri())).findFirst();
    }

    private static Integer edition(AnnotatedText text, Entity summit) {
        return edition(text.knowledge(), summit).map(SummitEdition::edition).orElse(null);
    }

    /** The summit's year when known, else the year the article was published; null when neither is known. */
    private static Integer year(AnnotatedText text, Entity summit) {
        return edition(text.knowledge(), summit).filter(e -> e.start() != null).map(SummitEdition::year)
                .orElse(text.published() == null ? null : text.published().getYear());
    }

    private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

    private static Map<String, Integer> monthNumbers() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            m.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), month.getValue());
        }
        return Map.copyOf(m);
    }

    private static int month(String name) {
        return MONTH_NUMBERS.get(name);
    }
}
