package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local community named after its city or country: "the Seoul Cloud Native Community", "Lagos Python Community",
 * "Kenya Rust Community". The place that opens the name makes it a body of people there (an organisation), not a
 * project's community at large ("the Kubernetes Community"), which is left alone.
 */
final class PlaceCommunityFinder implements MentionFinder {

    static final String METHOD = "pattern:place-community";
    private static final Pattern COMMUNITY = Pattern.compile("(?<![\\p{L}\\d&.'’-])(?<place>\\p{Lu}[\\p{L}-]+)"
            + "(?<topic>(?:[ ]\\p{Lu}[\\p{L}\\d+#.-]*){1,3})[ ]Community(?![\\p{L}\\d-])");

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        if (text.article().isChinese() || !text.text().contains(" Community")) {
            return out;
        }
        Matcher m = COMMUNITY.matcher(text.text());
        int from = 0;
        while (m.find(from)) {
            String kind = PlaceGazetteerFinder.worldPlaceKind(m.group("place"));
            if ("city".equals(kind) || "country".equals(kind)) {
                String name = m.group();
                out.add(new Mention(m.start(), m.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.7));
                from = m.end();
            } else {
                // "The Nairobi Python Community": the name may start at the next word
                from = m.start("topic") + 1;
            }
        }
        return out;
    }
}
