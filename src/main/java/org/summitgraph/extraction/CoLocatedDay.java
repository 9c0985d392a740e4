package org.summitgraph.extraction;

import java.util.regex.Pattern;

/**
 * "FOSDEM PGDay 2019", "KubeCon AI Day", "OpenInfra Contributor Days": a series' name that begins the name of a day held
 * beside it, which is an event of its own and no edition of the series.
 */
final class CoLocatedDay {

    /** One to three capitalised words after the series' name, the last ending in Day or Days; "Day 1" is a day of it. */
    private static final Pattern DAY_AFTER = Pattern.compile("\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}?[\\p{L}-]*Days?"
            + "(?![\\p{L}\\d])(?!\\s*\\d{1,2}(?!\\d))");

    private CoLocatedDay() {
    }

    /** Whether the text from {@code seriesEnd} on names a day held beside the series whose name ends there. */
    static boolean follows(CharSequence text, int seriesEnd) {
        return DAY_AFTER.matcher(text).region(seriesEnd, text.length()).lookingAt();
    }
}
