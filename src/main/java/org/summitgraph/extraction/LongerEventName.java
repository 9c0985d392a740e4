package org.summitgraph.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The Embedded Open Source Summit 2023 took place in Prague": a capitalised word right before a known series' name,
 * with a year right after it, opens the name of another event that holds the series' name, not the series' edition.
 * Not a word that only stands before a name: an article word or a preposition ("About HashiConf 2024"), a place or a
 * people's adjective ("Tokyo Open Source Summit Japan", "European DockerCon 2017"), an ordinal ("First KubeCon 2016").
 */
final class LongerEventName {

    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}\\d&.'’+-])(?<word>\\p{Lu}\\p{Ll}{3,})[ \\t]+$");
    private static final Pattern YEAR_AFTER = Pattern.compile("^[ \\t]+20[0-4]\\d(?![\\d年月/.:–-]\\d|[\\d年月/–-])");
    /** A people's adjective: "European", "American", "Chinese". */
    private static final Pattern PEOPLES = Pattern.compile(".*(?:an|ese|ish|ch|ic)");
    private static final Set<String> NO_PART = Set.of("this", "that", "these", "those", "about", "after", "before", "during",
            "from", "with", "into", "onto", "since", "until", "every", "each", "first", "last", "next", "final", "annual", "yearly",
            "welcome", "goodbye", "attending", "visiting", "join", "joining", "inside", "beyond", "around", "recap", "notes",
            "report", "live", "day", "days", "week", "year", "their", "your", "when", "where", "while", "what", "then", "also",
            "back", "road", "tickets", "virtual", "online", "hybrid", "global", "upcoming", "latest", "previous", "recent");

    private LongerEventName() {
    }

    /** Whether the series' name at {@code [begin, end)} is the end of another event's name that a word before it opens. */
    static boolean holds(String text, int begin, int end) {
        Matcher word = WORD_BEFORE.matcher(text).region(Math.max(0, begin - 24), begin);
        return word.find() && opens(word.group("word")) && YEAR_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Whether a capitalised word before a series' name may open a longer name: "Embedded", not "About" nor "Tokyo". */
    static boolean opens(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !NO_PART.contains(lower) && !PEOPLES.matcher(lower).matches() && PlaceGazetteerFinder.worldPlaceKind(word) == null;
    }

    /** "Embedded Open Source Summit": the known name at {@code at} in a dated name is the end of it, opened by one word before. */
    static boolean openedIn(String name, int at) {
        String before = name.substring(0, Math.max(0, at)).strip();
        return at > 0 && !before.contains(" ") && before.matches("\\p{Lu}\\p{Ll}{3,}") && opens(before);
    }
}
