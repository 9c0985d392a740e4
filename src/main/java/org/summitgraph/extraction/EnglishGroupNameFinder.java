package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups named by capitalised words and a kind of group in lower case: "the Quillmark Data Protection working group",
 * "the Brackwater technical steering committee", "the Foo outreach committee". The lower-case kind is part of the
 * name (the group has no other), and the capitalised words before it, a project or a topic, are no entity of their own.
 */
final class EnglishGroupNameFinder implements MentionFinder {

    static final String METHOD = "pattern:group-name";
    private static final Pattern GROUP = Pattern.compile("(?<![\\p{L}\\d&.'’-])(?<name>\\p{Lu}[\\p{L}\\d&.+-]*(?:[ ](?:&[ ])?\\p{Lu}[\\p{L}\\d&.+-]*){0,4}"
            + "[ ](?:working group|special interest group|technical steering committee|steering committee|technical oversight committee|"
            + "outreach committee|governing board|advisory board|user group|users group|program committee))(?![\\p{L}\\d])");
    /** Words that open a sentence or a phrase, no part of a group's name. */
    private static final Set<String> NOT_FIRST = Set.of("The", "A", "An", "Our", "This", "That", "Its", "Their", "His", "Her",
            "In", "At", "On", "For", "From", "With", "By", "And", "But", "When", "While", "After", "Before", "Each", "Every");

    /**
     * "the Docker meetup in Nairobi", "the OpenStack user group in Lagos", "the HashiCorp User Group in Seattle": a local
     * group is named by its city; the mention keeps to the group's words, so the city stays a place of its own.
     */
    private static final Pattern PLACED_GROUP = Pattern.compile("(?<![\\p{L}\\d&.'’-])(?<name>\\p{Lu}[\\p{L}\\d&.+-]*(?:[ ]\\p{Lu}[\\p{L}\\d&.+-]*){0,3}"
            + "[ ](?:meetup|Meetup|meet-up|user group|User Group|users group|Users Group))[ ]in[ ](?<place>\\p{Lu}[\\p{L}-]+(?:[ ]\\p{Lu}[\\p{L}-]+)?)"
            + "(?![\\p{L}\\d])");
    private static final Pattern KIND_END = Pattern.compile("(?:meetup|Meetup|meet-up|user group|User Group|users group|Users Group)$");
    /** A month or a day before "meetup" dates an evening ("the January meetup in Stockholm"); it names no group. */
    private static final Pattern WHEN = Pattern.compile("(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter)\\b");

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        if (text.article().isChinese()) {
            return out;
        }
        placedGroups(text, out);
        Matcher m = GROUP.matcher(text.text());
        while (m.find()) {
            int begin = m.start("name");
            String name = m.group("name");
            int dropped = leadingWordsDropped(name);
            begin += dropped;
            name = name.substring(dropped);
            if (Character.isUpperCase(name.charAt(0))) {
                out.add(new Mention(begin, m.end("name"), name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.7));
            }
        }
        return out;
    }

    /** How many characters of the name's leading words are no part of it (NOT_FIRST), spaces after them included. */
    private static int leadingWordsDropped(String name) {
        int dropped = 0;
        while (NOT_FIRST.contains(name.substring(dropped, Math.max(name.indexOf(' ', dropped), dropped)))) {
            dropped = name.indexOf(' ', dropped) + 1;
        }
        return dropped;
    }

    private static void placedGroups(ArticleText text, List<Mention> out) {
        Matcher m = PLACED_GROUP.matcher(text.text());
        while (m.find()) {
            int begin = m.start("name");
            String name = m.group("name");
            int dropped = leadingWordsDropped(name);
            begin += dropped;
            name = name.substring(dropped);
            String place = m.group("place");
            if (!Character.isUpperCase(name.charAt(0)) || WHEN.matcher(name).lookingAt()
                    || PlaceGazetteerFinder.worldPlaceKind(place) == null) {
                continue;
            }
            // "the OpenStack user group in Lagos" and, later, "the Lagos user group": one group, by the name the
            // article also writes it in
            Matcher kind = KIND_END.matcher(name);
            String local = kind.find() ? place + " " + kind.group() : null;
            String whole = local != null && text.text().contains(local) ? local : name + " in " + place;
            out.add(new Mention(begin, m.end("name"), name, NewEntities.of(EntityKind.ORGANIZATION, whole), METHOD, 0.8));
        }
    }
}
