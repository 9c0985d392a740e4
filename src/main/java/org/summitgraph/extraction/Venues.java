package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a summit meets is named after its city or region and often more ("the Georgia World Congress Center", "the
 * Vancouver Convention Centre"). The words of a venue's name are read by no other finder: "Georgia World Congress" is
 * no person, its "Congress" no project. Only the city written right before the venue's words ("Vancouver" in
 * "Vancouver Convention Centre") stays a place: that is where the venue is.
 */
final class Venues {

    private static final Pattern VENUE = Pattern.compile("(?<![\\p{IsLatin}\\d])((?:\\p{Lu}[\\p{IsLatin}'’-]*[ \\t]+){1,4}?)"
            + "((?:International[ \\t]+)?(?:Convention|Congress|Exhibition|Conference|Expo|Exposition|Events?)[ \\t]+(?:Center|Centre|Hall|Complex))"
            + "(?![\\p{IsLatin}])");

    private Venues() {
    }

    /** The candidates without those inside a venue's name, but for the place it is named after when nothing comes between. */
    static List<Mention> without(String text, List<Mention> candidates) {
        List<int[]> venues = new ArrayList<>();
        Matcher m = VENUE.matcher(text);
        while (m.find()) {
            venues.add(new int[] {m.start(1), m.end(), m.start(2)});
        }
        if (venues.isEmpty()) {
            return candidates;
        }
        return candidates.stream().filter(c -> venues.stream().noneMatch(v -> inside(text, c, v))).toList();
    }

    private static boolean inside(String text, Mention c, int[] venue) {
        if (c.begin() < venue[0] || c.end() > venue[1]) {
            return false;
        }
        boolean cityOfVenue = c.entity().kind() == EntityKind.PLACE && c.begin() == venue[0]
                && text.substring(c.end(), venue[2]).isBlank();
        return !cityOfVenue;
    }
}
