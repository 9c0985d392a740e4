package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups of a community named in Chinese after the Latin name of their foundation or project: "OpenInfra台湾用户组",
 * "OpenInfra Korea用户组", "Rust成都用户组", "CNCF中国大使团队". The segmenter cuts these apart (the Latin name, the place,
 * the head), so the head-word finder misses them. A user group is named by its place: "OpenInfra用户组" alone speaks of
 * the foundation's user groups in general, and "OpenInfra用户组北京站Meetup" is the name of one of its evenings.
 */
final class ChineseGroupNameFinder implements MentionFinder {

    private static final Pattern GROUP = Pattern.compile("(?<![A-Za-z0-9.+-])(?<owner>[A-Z][A-Za-z0-9.+-]*(?:[ ][A-Z][A-Za-z0-9.+-]*){0,2})"
            + "[ ]?(?<place>\\p{IsHan}{2,3}?)?(?<head>用户组|用户小组|大使团队|大使团)");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind GROUPS = new QuickFind(GROUP);
    /** What turns the group's name into the name of an event it holds: "…用户组北京站Meetup", "…用户组年会". */
    private static final Pattern EVENT_AFTER = Pattern.compile("\\p{IsHan}{1,4}站|[ ]?(?:Meetup|meetup|大会|峰会|年会|沙龙|活动日)");

    private final OrganizationPatternFinder.KnownNames known;

    ChineseGroupNameFinder(ReferenceKnowledge knowledge) {
        this.known = knowledge == null ? null : new OrganizationPatternFinder.KnownNames(knowledge, true);
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String s = text.text();
        if (!text.article().isChinese() || !s.contains("用户") && !s.contains("大使团")) {
            return out;
        }
        QuickFind.Matches m = GROUPS.in(s);
        while (m.find()) {
            String place = m.group("place");
            String owner = m.group("owner");
            String lastWord = owner.substring(owner.lastIndexOf(' ') + 1);
            boolean placed = place != null ? isPlace(place) : owner.contains(" ") && isPlace(lastWord);
            if (place != null && !placed || !placed && m.group("head").startsWith("用户")
                    || EVENT_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
                continue;
            }
            String name = m.group();
            out.add(new Mention(m.start(), m.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name),
                    OrganizationPatternFinder.METHOD, 0.65));
        }
        return out;
    }

    private boolean isPlace(String name) {
        return PlaceGazetteerFinder.worldPlaceKind(name) != null || known != null && known.isPlace(name);
    }
}
