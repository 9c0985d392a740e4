package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Santa Clara, California", "Columbus, Ohio": the reference data writes some cities with their state, and the
 * dictionary then reads the city and its state as one name. The text names two places there, the city inside the
 * state, as it does in "Pune, India"; the candidate for the pair gives way to the city alone, so the state stays a
 * name of its own and {@link LocationFinder} reads the one inside the other.
 */
final class CommaPlaceLabels {

    /** A city, a comma and the region after it, on one line. */
    private static final Pattern CITY_COMMA_REGION = Pattern.compile("([^,\\n]+?),[ \\t]+([^,\\n]+)");

    private CommaPlaceLabels() {
    }

    /** The candidates, a place written "city, region" cut to the city where the region is a place candidate too. */
    static List<Mention> split(List<Mention> candidates) {
        List<Mention> out = new ArrayList<>(candidates.size());
        for (Mention c : candidates) {
            out.add(c.entity().kind() == EntityKind.PLACE ? cityOf(c, candidates) : c);
        }
        return out;
    }

    private static Mention cityOf(Mention pair, List<Mention> candidates) {
        Matcher m = CITY_COMMA_REGION.matcher(pair.surface());
        if (!m.matches()) {
            return pair;
        }
        int regionBegin = pair.begin() + m.start(2);
        boolean regionNamed = candidates.stream().anyMatch(o -> o != pair && o.entity().kind() == EntityKind.PLACE
                && o.begin() == regionBegin && o.end() == pair.end() && !o.entity().iri().equals(pair.entity().iri()));
        // "the OpenStack Summit in Portland, Oregon": inside an event's name the pair stays whole, as that name reads it
        boolean insideLongerName = candidates.stream().anyMatch(o -> o.entity().kind() != EntityKind.PLACE
                && o.begin() <= pair.begin() && o.end() >= pair.end() && o.length() > pair.length());
        if (!regionNamed || insideLongerName) {
            return pair;
        }
        return new Mention(pair.begin(), pair.begin() + m.end(1), m.group(1), pair.entity(), pair.method(), pair.confidence());
    }
}
