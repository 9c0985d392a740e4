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
            "(?:(?<y>\\d{4})\\s*年\\s*)?(?<m1>\\d{1,2})\\s*月\\s*(?<d1>\\d{1,2})\\s*日?\\s*(?:至|到|-|–|—|~|～)\\s*(?:(?<m2>\\d{1,2})\\s*月\\s*)?(?<d2>\\d{1,2})\\s*日");
    /**
     * One day, said to be when the summit is held or opens: "4月19日在深圳举办的…", "…于6月1日开幕". A day without such a
     * verb ("9月10日,X在大会上发布…") is often a later day of the event, and is not taken for its start.
     */
    private static final Pattern ZH_DAY = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?=[^，,。；;至到]{0,16}?(?:举办|举行|召开|开幕|开幕式|拉开帷幕|揭幕))");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    /** What joins the two days of a range: "2-3", "2 to 3", "2 and 3", "2 through 3". */
    private static final String UNTIL = "\\s*(?:-|–|—|to|until|through|and)\\s*";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** "20 to 23 May 2019", "2 and 3 February", "30 May to 2 June". */
    private static final Pattern EN_DAY_FIRST = Pattern.compile(
            "\\b(?<d1>\\d{1,2})" + ORDINAL + "(?:\\s+(?<m1>" + MONTHS + "))?" + UNTIL + "(?<d2>\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(?<m2>"
                    + MONTHS + ")(?:,?\\s+(?<y>\\d{4}))?\\b");
    /** "May 21-24", "May 15 to May 23, 2024", "May 30 to June 2". */
    private static final Pattern EN_MONTH_FIRST = Pattern.compile(
            "\\b(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})" + ORDINAL + UNTIL + "(?:(?<m2>" + MONTHS + ")\\s+)?(?<d2>\\d{1,2})" + ORDINAL
                    + "(?:,?\\s+(?<y>\\d{4}))?\\b");
    /**
     * One day after a verb that says the summit is held then: "took place on May 7", "was held on 12 March 2019". An
     * "on May 7" alone may be any day of the event.
     */
    private static final Pattern EN_DAY = Pattern.compile(
            "\\b(?:(?:took|takes|will\\s+take)\\s+place|(?:was|is|will\\s+be)\\s+held|opened|opens|kicked\\s+off)\\s+on\\s+"
                    + "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(?:(" + MONTHS + ")\\s+(\\d{1,2})"
                    + ORDINAL + "|(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(" + MONTHS + "))(?:,?\\s+(\\d{4}))?\\b(?!" + UNTIL + "\\d)");
    /** "第七届", "第16届", "首届"; not "更名后的首届", the first since a change, whose number the text does not give. */
    /** The ranges, each with the named groups y (may be absent), m1, d1, m2, d2 (one of the months may be absent). */
    private static final List<Pattern> RANGES = List.of(ZH_RANGE, EN_DAY_FIRST, EN_MONTH_FIRST);
    private static final Pattern ZH_EDITION = Pattern.compile("(?<!后的)(?:第\\s*(\\d{1,3})\\s*届|第\\s*([一二三四五六七八九十]{1,3})\\s*届|(首)届)");
    /** "the 17th summit", "the inaugural conference"; not "last year's first edition", another year's number. */
    private static final Pattern EN_EDITION = Pattern.compile(
            "(?<!(?:last|next|previous)\\s{1,2}year['’]s\\s{1,2}|\\bprevious\\s{1,2})\\b(?:(\\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural))"
                    + "\\s+(?:OpenStack\\s+|annual\\s+)?(?:summit|edition|conference)\\b(?:\\s+of\\s+(?:the\\s+)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final Pattern BESIDE = Pattern.compile(
            "(?i)\\b(?:alongside|co-?located with|together with)\\s+(?:the\\s+)?$");
    private static final Pattern EVENT_WORD = Pattern.compile("峰会|大会|会议|summit|conference|KubeCon|con\\b", Pattern.CASE_INSENSITIVE);
    /** A year in a summit's name ("HashiConf 2019"), the year of its dates when nothing else tells. */
    private static final Pattern NAMED_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    List<Attribute> find(AnnotatedText text) {
        List<Attribute> out = new ArrayList<>();
        List<Attribute> days = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Optional<Entity> summit = summitOf(text, s);
            if (summit.isEmpty()) {
                continue;
            }
            Integer defaultYear = year(text, summit.get());
            if (defaultYear == null) {
                continue;
            }
            List<int[]> ranges = new ArrayList<>();
            for (Pattern range : RANGES) {
                Matcher r = range.matcher(s.text());
                while (r.find()) {
                    ranges.add(new int[]{r.start(), r.end()});
                    // a month written once stands for both days: "5月20日至23日", "20 to 23 May", "May 20-23"
                    int m1 = month(r.group("m1") != null ? r.group("m1") : r.group("m2"));
                    int m2 = month(r.group("m2") != null ? r.group("m2") : r.group("m1"));
                    int y = r.group("y") != null ? Integer.parseInt(r.group("y")) : defaultYear;
                    dates(text, s, eventAt(text, s, summit.get(), r.start()), y, m1, Integer.parseInt(r.group("d1")), m2,
                            Integer.parseInt(r.group("d2")), out);
                }
            }
            Matcher zhDay = ZH_DAY.matcher(s.text());
            while (zhDay.find()) {
                if (!within(ranges, zhDay.start())) {
                    int y = zhDay.group(1) != null ? Integer.parseInt(zhDay.group(1)) : defaultYear;
                    day(text, s, eventAt(text, s, summit.get(), zhDay.start()), y, Integer.parseInt(zhDay.group(2)),
                            Integer.parseInt(zhDay.group(3)), days);
                }
            }
            Matcher enDay = EN_DAY.matcher(s.text());
            while (enDay.find()) {
                if (!within(ranges, enDay.start(1) >= 0 ? enDay.start(1) : enDay.start(3))) {
                    boolean monthFirstDay = enDay.group(1) != null;
                    int m = month(monthFirstDay ? enDay.group(1) : enDay.group(4));
                    int d = Integer.parseInt(monthFirstDay ? enDay.group(2) : enDay.group(3));
                    int y = enDay.group(5) != null ? Integer.parseInt(enDay.group(5)) : defaultYear;
                    day(text, s, eventAt(text, s, summit.get(), enDay.start()), y, m, d, days);
                }
            }
            for (Pattern p : List.of(ZH_EDITION, EN_EDITION)) {
                Matcher e = p.matcher(s.text());
                if (e.find()) {
                    // "首届", "the first edition" are said of many things (a forum, a track, the first since a
                    // rename): only of the summit named right after them
                    boolean vague = p == EN_EDITION ? e.group(2) != null : e.group(3) != null;
                    Optional<Entity> numbered = vague ? summitRightAfter(text, s, e.start(), e.end()) : summit;
                    String n = String.valueOf(editionNumber(e));
                    Integer known = numbered.map(x -> edition(text, x)).orElse(null);
                    if (numbered.isPresent() && (known == null || known.toString().equals(n))) {
                        out.add(new Attribute(numbered.get().iri(), SG.edition, n, XSDDatatype.XSDinteger, s, "pattern:summit-edition", 0.7));
                    }
                }
            }
        }
        // a day the summit is said to be held on is its start only when no range dates it: a range's start and end
        // come together, and a day of a two-day event would otherwise stand beside the other range as a second start
        java.util.Set<String> ranged = new java.util.HashSet<>();
        out.stream().filter(a -> a.predicate().equals(SG.startDate)).forEach(a -> ranged.add(a.subject()));
        days.stream().filter(a -> !ranged.contains(a.subject())).forEach(out::add);
        return firstValues(out);
    }

    /**
     * The summit whose mention begins just after the words at [{@code begin}, {@code at}) of the sentence, "首届KubeCon
     * 中国", "first edition of the X", or takes them into its name.
     */
    private static Optional<Entity> summitRightAfter(AnnotatedText text, Sentence s, int begin, int at) {
        int from = s.begin() + at;
        return text.in(s).stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT)
                .filter(m -> m.begin() >= from ? RIGHT_AFTER.matcher(text.text().substring(from, m.begin())).matches()
                        : m.begin() <= s.begin() + begin && m.end() >= from)
                .map(Mention::entity).findFirst();
    }

    private static final Pattern RIGHT_AFTER = Pattern.compile("\\s*(?:的\\s*)?(?:of\\s+(?:the\\s+)?)?");

    private static boolean within(List<int[]> ranges, int at) {
        return ranges.stream().anyMatch(r -> at >= r[0] && at < r[1]);
    }

    /** The number a match of {@link #ZH_EDITION} or {@link #EN_EDITION} gives: digits, 首/inaugural, Chinese or English ordinals. */
    private static int editionNumber(Matcher e) {
        String n = e.group(1) != null ? e.group(1) : e.groupCount() > 2 && e.group(3) != null ? e.group(3) : e.group(2);
        if (n.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(n);
        }
        String word = n.toLowerCase(Locale.ROOT);
        if (word.equals("首") || word.equals("inaugural")) {
            return 1;
        }
        int english = ORDINAL_WORDS.indexOf(word);
        return english >= 0 ? english + 1 : chineseNumber(n);
    }

    /** 一 to 九十九 as written in 第…届: 七, 十, 十二, 二十, 二十一. */
    static int chineseNumber(String n) {
        String digits = "零一二三四五六七八九";
        int ten = n.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(n.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(n.charAt(0));
        int units = ten == n.length() - 1 ? 0 : digits.indexOf(n.charAt(ten + 1));
        return tens * 10 + units;
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

    /** A day the summit is held on or opens: its start, which the reference data, when it dates the summit, must agree with. */
    private static void day(AnnotatedText text, Sentence s, Entity summit, int year, int month, int day, List<Attribute> out) {
        LocalDate start;
        try {
            start = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return;
        }
        Optional<SummitEdition> known = edition(text.knowledge(), summit);
        if (known.map(k -> k.start() != null && !k.start().equals(start)).orElse(false)) {
            return;
        }
        out.add(new Attribute(summit.iri(), SG.startDate, start.toString(), XSDDatatype.XSDdate, s, METHOD, 0.7));
    }

    private static Optional<SummitEdition> edition(ReferenceKnowledge knowledge, Entity summit) {
        return knowledge.editions().stream().filter(e -> e.entity().iri().equals(summit.iri())).findFirst();
    }

    private static Integer edition(AnnotatedText text, Entity summit) {
        return edition(text.knowledge(), summit).map(SummitEdition::edition).orElse(null);
    }

    /**
     * The summit's year when known, else the year its name gives ("HashiConf 2019"), else the year the article was
     * published; null when none is known.
     */
    private static Integer year(AnnotatedText text, Entity summit) {
        Optional<Integer> known = edition(text.knowledge(), summit).filter(e -> e.start() != null).map(SummitEdition::year);
        if (known.isPresent()) {
            return known.get();
        }
        for (String label : summit.labels().values()) {
            Matcher y = NAMED_YEAR.matcher(label);
            if (y.find()) {
                return Integer.parseInt(y.group(1));
            }
        }
        return text.published() == null ? null : text.published().getYear();
    }

    private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

    private static Map<String, Integer> monthNumbers() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            m.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), month.getValue());
        }
        return Map.copyOf(m);
    }

    /** A month as written in a date: its number ("5月") or its English name. */
    private static int month(String name) {
        return name.chars().allMatch(Character::isDigit) ? Integer.parseInt(name) : MONTH_NUMBERS.get(name);
    }
}
