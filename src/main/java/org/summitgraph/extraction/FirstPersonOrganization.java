package org.summitgraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation an article speaks for when nothing names its publisher: the one it puts right after a
 * first-person phrase ("we at Corvid Networks", "here at Corvid", "us at Corvid", "我们华为云团队", "我司浪潮"). A company's
 * blog, a release or a team's recap says "we" for its organisation, and the statements in "we" need it.
 */
final class FirstPersonOrganization {

    private static final Pattern BEFORE = Pattern.compile("(?:\\b(?:[Ww]e|us|[Hh]ere) at |我司|本公司)$");

    private FirstPersonOrganization() {
    }

    /** The first organisation a first-person phrase stands right before, if any. */
    static Optional<Entity> in(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.entity().kind().isOrganization() || m.begin() == 0) {
                continue;
            }
            Matcher before = BEFORE.matcher(text).region(Math.max(0, m.begin() - 8), m.begin());
            if (before.find()) {
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }
}
