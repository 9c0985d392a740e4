package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project an article names with its foundation's brand ("Apache Doris", "Eclipse Ditto", "Apache ServiceComb") is
 * called by its bare name in the rest of the article: "Doris 最早由百度开发", "Ditto began life inside Bosch". The bare
 * name is often a given name ("Doris", "Cassandra") or a common word, which is why the reference data leaves it out
 * and the person finder reads "Doris" as a woman; the branded name in the same article settles it. Only the name
 * written with its capital and standing alone counts: "Doris Weber" is a person, "age" is no Apache AGE.
 */
final class BrandedShortNames {

    static final String METHOD = "propagated:branded-short-name";
    private static final Pattern BRANDED = Pattern.compile("(?:Apache|Eclipse)\\s+(\\p{Lu}[\\p{L}\\d]{2,})");
    /** A surname or a second capitalised word after the bare name makes it part of another name. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\t]?\\p{Lu}|[\\p{IsLatin}\\d]|[-.'’]\\p{IsLatin}");

    private BrandedShortNames() {
    }

    /** The mentions, with every bare name of a branded project pointing to that project. */
    static List<Mention> resolve(String text, List<Mention> mentions) {
        Map<String, Entity> bare = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Matcher branded = BRANDED.matcher(m.surface());
            if (m.entity().kind() == EntityKind.PROJECT && branded.matches()) {
                bare.merge(branded.group(1), m.entity(), (a, b) -> a.iri().equals(b.iri()) ? a : null);
            }
        }
        bare.values().removeIf(java.util.Objects::isNull);
        if (bare.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        bare.forEach((name, project) -> {
            Matcher m = Pattern.compile("(?<![\\p{IsLatin}\\d])" + Pattern.quote(name)).matcher(text);
            while (m.find()) {
                int begin = m.start();
                int end = m.end();
                if (NAME_GOES_ON.matcher(text).region(end, Math.min(text.length(), end + 2)).lookingAt()
                        || BRANDED.matcher(text).region(Math.max(0, begin - 8), end).find()) {
                    continue;
                }
                List<Mention> overlapping = out.stream().filter(o -> o.begin() < end && begin < o.end()).toList();
                if (overlapping.isEmpty()) {
                    out.add(new Mention(begin, end, name, project, METHOD, 0.6));
                } else if (overlapping.size() == 1 && overlapping.get(0).begin() == begin && overlapping.get(0).end() == end
                        && namedOnly(overlapping.get(0).entity(), name)) {
                    // "Doris" read as a woman's given name: the project the article named in full
                    out.set(out.indexOf(overlapping.get(0)), overlapping.get(0).withEntity(project, METHOD));
                }
            }
        });
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** An entity the article knows by the bare name only ("Doris" alone, not "Doris Weber" called by her first name). */
    private static boolean namedOnly(Entity entity, String name) {
        return !entity.known() && entity.kind() != EntityKind.PROJECT && entity.labels().values().stream().allMatch(name::equals);
    }
}
