package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event series' organising committee named in Chinese after the series' Latin name, with the city of its edition
 * between at most: "JSConf China 组委会", "KCD杭州组委会", "GOTC组委会". The segmenter cuts the Latin words from 组委会,
 * so the head-word finder misses them; "组委会" alone, or after a Han word ("大会组委会"), names no one in particular.
 */
final class ChineseOrganizingCommitteeFinder implements MentionFinder {

    static final String METHOD = "pattern:organizing-committee-zh";

    private static final Pattern COMMITTEE = Pattern.compile("(?<![A-Za-z0-9.+-])(?<series>[A-Z][A-Za-z0-9.+-]*(?:[ ][A-Z][A-Za-z0-9.+-]*){0,2})"
            + "[ ]?(?<place>\\p{IsHan}{2,3}?)?[ ]?组委会");

    private final OrganizationPatternFinder.KnownNames known;

    ChineseOrganizingCommitteeFinder(ReferenceKnowledge knowledge) {
        this.known = knowledge == null ? null : new OrganizationPatternFinder.KnownNames(knowledge, true);
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String t = text.text();
        if (!text.article().isChinese() || !t.contains("组委会")) {
            return out;
        }
        Matcher m = COMMITTEE.matcher(t);
        while (m.find()) {
            String place = m.group("place");
            // "GOTC大会组委会": a Han word between that is no city leaves the committee unnamed
            if (place != null && !isPlace(place)) {
                continue;
            }
            String name = m.group();
            out.add(new Mention(m.start(), m.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.65));
        }
        return out;
    }

    private boolean isPlace(String name) {
        return PlaceGazetteerFinder.worldPlaceKind(name) != null || known != null && known.isPlace(name);
    }
}
