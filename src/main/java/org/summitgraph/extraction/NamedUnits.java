package org.summitgraph.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the group", "the lab": a unit written with "the" alone stands for the organisation named before whose name ends
 * with that word ("the Distributed Systems Group", "the Cloud Systems Lab").
 */
final class NamedUnits {

    /** "the group", "the lab", right at the start of the region. */
    static final Pattern THE_UNIT = Pattern.compile("the\\s+(?<unit>group|lab|laboratory|team|department|institute|centre|center)\\b");

    private NamedUnits() {
    }

    /** The organisation "the group" (etc.) at {@code at} stands for, if the text named one before. */
    static Optional<Mention> at(AnnotatedText text, int at, int end) {
        Matcher the = THE_UNIT.matcher(text.text()).region(at, end);
        return the.lookingAt() ? last(text, at, the.group("unit")) : Optional.empty();
    }

    /** The organisation named last before {@code before} whose English name ends with the unit's word ("… Group"). */
    static Optional<Mention> last(AnnotatedText text, int before, String unit) {
        List<Mention> orgs = text.in(0, before, Clauses.ORGANIZATION);
        for (int i = orgs.size() - 1; i >= 0; i--) {
            String name = orgs.get(i).entity().label("en").toLowerCase(Locale.ROOT);
            if (name.endsWith(" " + unit) || unit.equals("lab") && name.endsWith(" laboratory")) {
                return Optional.of(orgs.get(i));
            }
        }
        return Optional.empty();
    }
}
