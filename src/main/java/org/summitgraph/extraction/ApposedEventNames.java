package org.summitgraph.extraction;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names an article sets off as a conference by an apposition after them: "Akademy, KDE's yearly conference, was held",
 * "Quillfest, the annual meetup of the Rust community", "Harbourcon, an open-source summit". A one-word name and a
 * year ("Akademy 2019") says nothing of what it names; an article that describes the name as a gathering elsewhere
 * does. The words between the article or possessive and the event word describe the gathering: a preposition or a
 * relative word among them ("Canonical, the company behind the conference") makes the event another thing the name
 * stands beside.
 */
final class ApposedEventNames {

    /** A capitalised word or a brand in camel case ("openSUSE"), up to four of them. */
    private static final String NAME = "(?:\\p{Lu}[\\p{IsLatin}\\d&_-]*|\\p{Ll}{1,6}\\p{Lu}[\\p{IsLatin}\\d&_-]*)";
    private static final Pattern APPOSED = Pattern.compile("(?<![\\p{IsLatin}\\d'’._+-])(?<name>" + NAME + "(?:[ \\t]+" + NAME
            + "){0,3}),\\s+(?:the|an?|its|their|our|[\\p{L}\\d.&-]+['’]s)\\s+"
            + "(?:(?!(?:of|for|at|behind|that|which|who|whose|to|in|on|with|from|by|and|or|as)\\s)[\\p{L}'’-]+\\s+){0,4}"
            + "(?:conference|summit|gathering|convention|meetup|festival|hackathon|symposium|congress|developer\\s+days?)\\b");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind APPOSED_NAMES = new QuickFind(APPOSED);

    private ApposedEventNames() {
    }

    /** The names the text sets off as a gathering, as written (single spaces). */
    static Set<String> in(String text) {
        Set<String> out = new HashSet<>();
        if (!text.contains(", ")) {
            return out;
        }
        QuickFind.Matches m = APPOSED_NAMES.in(text);
        while (m.find()) {
            out.add(m.group("name").replaceAll("\\s+", " "));
        }
        return out;
    }
}
