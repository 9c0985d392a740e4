package org.summitgraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation an article's "we" stands for: the one it puts right after a first-person phrase ("we at Corvid
 * Networks", "here at Corvid", "us at Corvid", "我们华为云团队", "我司浪潮") or that someone joined "as our" new hire. A
 * company's blog, a release or a team's recap says "we" for its organisation, and the statements in "we" need it; it
 * speaks for the article before the publisher (a blog site hosting an engineer's post), and is the publisher when
 * nothing else names one.
 */
final class FirstPersonOrganization {

    // "我们云岫科技这两年…", "咱们星河", "我们公司途岳": the organisation in apposition right after "we" (not "我们的客户华为", whose 的 makes
    // it someone else); "has joined Nordwolke as our new VP": the organisation one joins as "ours"
    private static final Pattern BEFORE = Pattern.compile("(?:\\b(?:[Ww]e|us|[Hh]ere) at |我司|本公司|(?<![让使给与和跟同对为向被把])(?:我们|咱们)(?:公司)?"
            + "|\\b(?:joined|joins|joining) )$");
    private static final Pattern AS_OURS = Pattern.compile("^ as (?:our|one of our)\\b");

    private FirstPersonOrganization() {
    }

    /** The first organisation a first-person phrase stands right before, if any. */
    static Optional<Entity> in(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.entity().kind().isOrganization() || m.begin() == 0) {
                continue;
            }
            Matcher before = BEFORE.matcher(text).region(Math.max(0, m.begin() - 8), m.begin());
            if (before.find() && (!before.group().startsWith("join") || AS_OURS.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16)).find())) {
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }
}
