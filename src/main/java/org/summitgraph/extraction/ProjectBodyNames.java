package org.summitgraph.extraction;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies of an open-source project, named after it: "the openSUSE Board", "the Rust Core Team", "the Fedora
 * Design team". They are organisations of their own (people are elected to them, they decide things), not the
 * project; a project's PMC is left out too, since the hand-made answers read a PMC seat as a role in the project. A team named with the project alone ("the Kubernetes team") is left out: it is as often a
 * company's team working on the project, which the hand-made answers read as the company.
 */
final class ProjectBodyNames {

    /**
     * What a project's team does: "Core Team", "Design team", "Technical Elections team". A product's word before "team"
     * ("the OpenStack Platform team", "the OpenStack Cloud team") names a company's team working on it.
     */
    private static final String TEAM_WORK = "(?:Core|Release|Design|Security|Infrastructure|Infra|Documentation|Docs|Marketing|"
            + "Translation|Translations|Localization|Elections|Community|Packaging|Quality|Websites?|Accessibility|Moderation|"
            + "Governance|Outreach|Events?|Ambassadors?|Steering|Leadership|Diversity|Mentoring|Membership)";
    /** Up to three words of a project's name (the first may start in lower case: "openSUSE"), then the body's words. */
    private static final Pattern BODY = Pattern.compile("(?<![\\p{L}\\d.-])((?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\p{L}\\d.+-]*"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}\\d.+-]*){0,2})[ \\t]+(?:(?:\\p{Lu}\\p{Ll}+[ \\t]+)?" + TEAM_WORK + "[ \\t]+(?:Team|team)"
            + "|(?:\\p{Lu}\\p{Ll}+[ \\t]+)?Board)(?![\\p{L}\\d])");

    private ProjectBodyNames() {
    }

    /** Adds the bodies found; {@code projectEnd} gives where a known project's name starting at an offset ends, or -1. */
    static void find(String text, List<Mention> out, BiFunction<String, Integer, Integer> projectEnd) {
        if (!text.contains("Board") && !text.contains("eam")) {
            return;
        }
        Matcher m = BODY.matcher(text);
        while (m.find()) {
            // the body's name starts with the project's whole name: "Apache Kafka Board", not "Kafka Board" inside it
            int at = m.start(1);
            while (at < m.end(1) && projectEnd.apply(text, at) < 0) {
                int space = text.indexOf(' ', at);
                at = space < 0 || space >= m.end(1) ? m.end(1) : space + 1;
            }
            if (at >= m.end(1) || projectEnd.apply(text, at) != m.end(1)) {
                continue;
            }
            String name = text.substring(at, m.end());
            out.add(new Mention(at, m.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name), OrganizationPatternFinder.METHOD, 0.6));
        }
    }
}
