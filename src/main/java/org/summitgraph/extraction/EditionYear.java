package org.summitgraph.extraction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year that dates a series' name in a sentence ("KubeCon Europe" in "In 2019 she first spoke at KubeCon Europe"), so
 * that the name resolves to that year's edition. A sentence often holds years that date something else: the series' start
 * ("DockerCon, first held in 2014, returned this year"), a crowd compared with ("drew 12,000 people this year, up from
 * 4,000 in 2017"), a career ("After joining Google in 2017, she spoke at KubeCon Europe in 2019"). So the year written
 * nearest the name counts, a year that says when something began counts for nothing, and "this year" / "今年" standing
 * nearer the name than any written year leaves the edition to the article's date.
 */
final class EditionYear {

    /** A year as written, 2000 to 2049, with or without 年: "2019", "2019年". */
    static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?:\\s*年)?(?!\\d)");
    /** "明年的KubeCon中国", "next year's KubeCon", "今年3月的KubeCon欧洲大会": a relative year just before the series' name. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile(
            "(明年|去年|今年|next year|last year|this year)(?:'s|’s|(?:\\d{1,2}\\s*月份?)?的)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A relative year anywhere in the sentence: "came to Paris this year", "今年吸引了一万人". */
    private static final Pattern RELATIVE = Pattern.compile("明年|去年|今年|(?i:\\b(?:next|last|this)\\s+year\\b)");
    /** "since 2016", "which began in 2016", "first held in 2014", "成立于2015年": a year something began, no edition's. */
    private static final Pattern BEGAN_BEFORE = Pattern.compile("(?i)(?:\\bsince|\\b(?:began|begun|started|founded|launched|created"
            + "|established|formed|first\\s+held|inaugurated|born)\\s+(?:back\\s+)?in|(?:成立|创办|创立|创建|始|诞生|发起)于)\\s*$");
    /** "2016年以来", "2016年起", "2016年创办": the year something began or has gone on since. */
    private static final Pattern BEGAN_AFTER = Pattern.compile("^\\s*(?:年\\s*)?(?:以来|至今|起|开始|创办|成立|创立|首次举办)");
    /** "同一年6月,Linux基金会在北京办了LinuxCon中国大会", "later that year": the year the text wrote last before the sentence. */
    private static final Pattern SAME_YEAR = Pattern.compile("同一年|同年|当年|(?i:\\b(?:that|the)\\s+same\\s+year\\b|\\blater\\s+that\\s+year\\b)");
    /** How far back the year "the same year" repeats may be written. */
    private static final int SAME_YEAR_REACH = 2000;
    /** How far before a series' name "this year's" may stand. */
    private static final int RELATIVE_REACH = 20;

    private EditionYear() {
    }

    /**
     * The year dating the name at [begin, end) in the sentence, or null when the article's date is to decide. Years at which {@code insideOther} holds are inside
     * another edition's name ("the city of the 2010 Austin design summit") and are that edition's.
     */
    static Integer of(String text, Sentence s, int begin, int end, LocalDate published, IntPredicate insideOther) {
        Integer justBefore = relativeJustBefore(text, s.begin(), begin, published);
        if (justBefore != null) {
            return justBefore;
        }
        Integer year = null;
        int nearest = Integer.MAX_VALUE;
        Matcher y = YEAR.matcher(text).region(s.begin(), s.end());
        while (y.find()) {
            if (insideOther.test(y.start()) || beginsSomething(text, s, y)) {
                continue;
            }
            int distance = distance(y.start(), y.end(), begin, end);
            if (distance < nearest) {
                nearest = distance;
                year = Integer.valueOf(y.group(1));
            }
        }
        // a relative year only overrules a written one: alone, "this year" is what the article's date says anyway, and the
        // date picks among a year's several editions better than the year does
        Matcher r = RELATIVE.matcher(text).region(s.begin(), s.end());
        boolean byDate = false;
        while (year != null && published != null && r.find()) {
            int distance = distance(r.start(), r.end(), begin, end);
            if (distance < nearest) {
                nearest = distance;
                byDate = offset(r.group()) == 0;
                year = published.getYear() + offset(r.group());
            }
        }
        if (byDate) {
            return null;
        }
        if (year == null && SAME_YEAR.matcher(text).region(s.begin(), begin).find()) {
            year = lastYearBefore(text, s.begin());
        }
        return year;
    }

    private static boolean beginsSomething(String text, Sentence s, Matcher y) {
        return BEGAN_BEFORE.matcher(text.substring(Math.max(s.begin(), y.start() - 24), y.start())).find()
                || BEGAN_AFTER.matcher(text.substring(y.end(), Math.min(s.end(), y.end() + 6))).find();
    }

    private static int distance(int from, int to, int begin, int end) {
        return from >= end ? from - end : to <= begin ? begin - to : 0;
    }

    private static int offset(String relative) {
        String w = relative.toLowerCase(Locale.ROOT);
        return w.equals("明年") || w.startsWith("next") ? 1 : w.equals("去年") || w.startsWith("last") ? -1 : 0;
    }

    private static Integer relativeJustBefore(String text, int sentenceBegin, int at, LocalDate published) {
        Matcher r = RELATIVE_BEFORE.matcher(text.substring(Math.max(sentenceBegin, at - RELATIVE_REACH), at));
        return published == null || !r.find() ? null : published.getYear() + offset(r.group(1));
    }

    private static Integer lastYearBefore(String text, int at) {
        Matcher y = YEAR.matcher(text).region(Math.max(0, at - SAME_YEAR_REACH), at);
        Integer last = null;
        while (y.find()) {
            last = Integer.valueOf(y.group(1));
        }
        return last;
    }
}
