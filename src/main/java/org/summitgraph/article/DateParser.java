package org.summitgraph.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates that articles write, in the forms Chinese and English sites use. */
public final class DateParser {

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?");
    private static final DateTimeFormatter[] ENGLISH = {
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"),
    };

    /** A date written inside a line: "发布时间：2019-11-04 10:23", "By Jane Doe | March 3, 2024". */
    static final Pattern WITHIN = Pattern.compile("(?<!\\d)\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}(?!\\d)\\s*日?"
            + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}"
            + "|\\b\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4}");

    private DateParser() {
    }

    /** The first date written inside a line, if any. */
    public static Optional<LocalDate> find(String line) {
        Matcher m = WITHIN.matcher(line);
        while (m.find()) {
            Optional<LocalDate> date = parse(m.group().replace(".", m.group().matches("\\d.*") ? "." : ""));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A whole line (or header value) that is a date, possibly followed by a time. */
    static Optional<LocalDate> parse(String value) {
        String s = value.strip();
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        String english = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : ENGLISH) {
            try {
                return Optional.of(LocalDate.parse(english, f));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        // strict, as for numeric dates: "February 30" is no date rather than February 28
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
