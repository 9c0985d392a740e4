package org.summitgraph.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of public bodies and schools whose words are joined by "and": "Central Digital and Data Office", "Institute of
 * Electronics and Computer Science", "National Institute of Standards and Technology", and a college named after its
 * city ("University College Cork"). The head-word reading stops at "and" and keeps two halves ("Central Digital",
 * "Data Office") or a college without its city; these spans are longer, so they win over the halves.
 */
final class JoinedInstitutionNames {

    private static final String WORD = "\\p{Lu}[\\p{L}'’-]+";
    /**
     * "Central Digital and Data Office", "Food and Drug Administration": only heads of government bodies, which are named
     * so; "Red Hat and Linux Foundation" is a list of two names, and foundations are not read here.
     */
    private static final Pattern JOINED_BEFORE_HEAD = Pattern.compile("(?<![\\p{L}\\d&-])((?:" + WORD + "[ \\t]+){1,3}(?:and|&)[ \\t]+"
            + "(?:" + WORD + "[ \\t]+){0,3}(?:Office|Agency|Commission|Authority|Administration|Ministry|Directorate|Executive))(?![\\p{L}\\d])");
    /** "Institute of Electronics and Computer Science", "Ministry of Industry and Information Technology". */
    private static final Pattern JOINED_FIELDS = Pattern.compile("(?<![\\p{L}\\d&-])((?:" + WORD + "[ \\t]+){0,3}"
            + "(?:University|Institute|Ministry|Department|Office|Academy|School|College|Faculty|Laboratory)[ \\t]+(?:of|for)[ \\t]+"
            + "(?<first>(?:" + WORD + "[ \\t]+){1,2})(?:and|&)[ \\t]+(?<second>" + WORD + "(?:[ \\t]+" + WORD + "){0,2}))(?![\\p{L}\\d])");
    /** "University College Cork", "Trinity College Dublin": a college named with its city, the name's last word. */
    private static final Pattern COLLEGE_OF_CITY = Pattern.compile("(?<![\\p{L}\\d-])((?:University|Trinity|Imperial|King['’]s) College[ \\t]+"
            + "\\p{Lu}\\p{Ll}+)(?![\\p{L}\\d-])(?![ \\t]+\\p{Lu})");
    /** Sentence openers and determiners before a name, no part of it. */
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "Our", "This", "That", "Its", "Their", "His",
            "Her", "At", "In", "On", "For", "From", "With", "By", "And", "But", "Both", "When", "While", "After", "Since",
            "Today", "Yesterday", "Meanwhile", "Also", "Now", "Then", "Later");

    private JoinedInstitutionNames() {
    }

    /**
     * Adds the names found in {@code text}; {@code knownAt} says whether the reference data knows a name starting at an
     * offset (a known name after "and" is the next item of a list), {@code isPlace} whether a word is a place ("University
     * of Oslo and Red Hat": the university's name ends with its city).
     */
    static void find(String text, List<Mention> out, BiPredicate<String, Integer> knownAt, Predicate<String> isPlace) {
        if (!text.contains(" and ") && !text.contains(" & ") && !text.contains(" College ")) {
            return;
        }
        Matcher body = JOINED_BEFORE_HEAD.matcher(text);
        while (body.find()) {
            int begin = withoutOpener(text, body.start(1), body.end(1));
            if (begin < 0 || knownAt.test(text, begin) || knownAt.test(text, afterJoin(text, begin, body.end(1)))) {
                continue;
            }
            add(text, begin, body.end(1), out);
        }
        Matcher fields = JOINED_FIELDS.matcher(text);
        while (fields.find()) {
            int begin = withoutOpener(text, fields.start(1), fields.end(1));
            String first = fields.group("first").strip();
            if (begin < 0 || isPlace.test(first) || knownAt.test(text, fields.start("second"))) {
                continue;
            }
            add(text, begin, fields.end(1), out);
        }
        Matcher college = COLLEGE_OF_CITY.matcher(text);
        while (college.find()) {
            add(text, college.start(1), college.end(1), out);
        }
    }

    /** Where the name starts once a sentence opener or a determiner before it is left out; -1 if nothing is left. */
    private static int withoutOpener(String text, int begin, int end) {
        int at = begin;
        while (at < end) {
            int space = text.indexOf(' ', at);
            if (space < 0 || space >= end || !NOT_NAME_START.contains(text.substring(at, space))) {
                break;
            }
            at = space + 1;
        }
        return text.indexOf(' ', at) < 0 || text.indexOf(' ', at) >= end ? -1 : at;
    }

    private static final Pattern JOIN = Pattern.compile("[ \\t]+(?:and|&)[ \\t]+");

    /** Where the words after the name's "and" start. */
    private static int afterJoin(String text, int begin, int end) {
        Matcher join = JOIN.matcher(text).region(begin, end);
        return join.find() ? join.end() : end;
    }

    private static void add(String text, int begin, int end, List<Mention> out) {
        String name = text.substring(begin, end);
        out.add(new Mention(begin, end, name, NewEntities.of(EntityKind.ORGANIZATION, name), OrganizationPatternFinder.METHOD, 0.6));
    }
}
