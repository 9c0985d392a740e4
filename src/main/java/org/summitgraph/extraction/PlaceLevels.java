package org.summitgraph.extraction;

import java.util.Objects;

/**
 * Whether two places stand at the same level of the world gazetteer: two cities, or two countries. One is never
 * located in the other ("【游记】长沙→广州": a trip from one city to another is no city inside the other), which
 * the relation model, reading only the words between, may miss.
 */
public final class PlaceLevels {

    private PlaceLevels() {
    }

    /** Whether both are places the gazetteer knows at the same level (city, country). */
    public static boolean sameLevel(Entity a, Entity b) {
        if (a.kind() != EntityKind.PLACE || b.kind() != EntityKind.PLACE || a.iri().equals(b.iri())) {
            return false;
        }
        String first = level(a);
        return first != null && Objects.equals(first, level(b));
    }

    private static String level(Entity place) {
        for (String label : place.labels().values()) {
            String kind = PlaceGazetteerFinder.worldPlaceKind(label);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }
}
