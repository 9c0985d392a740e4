package org.summitgraph.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Communities that are organisations of their own, named with a Latin word and 社区: "PostgreSQL中文社区",
 * "OpenSSF中国社区" (the Chinese users' community of a project, with its own organisers), and "DevOps时代社区" (a
 * community named by a topic and a word of its own). A project's community written as the project and 社区
 * ("Kubernetes社区") is the project's, no organisation, and is left alone.
 */
final class ChineseCommunityNames {

    private static final Pattern COMMUNITY = Pattern.compile("(?<![A-Za-z0-9.+-])([A-Za-z][A-Za-z0-9.+-]*(?: [A-Z][A-Za-z0-9.+-]*)?)"
            + " ?(?:(?<region>中文|中国)|(?<own>\\p{IsHan}{2}))社区");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind COMMUNITIES = new QuickFind(COMMUNITY);
    /**
     * Two characters between the name and 社区 that say whose or which part of a project's community it is
     * ("Linux内核社区", "TiDB用户社区", "Karmada两个社区"), or are a particle or a verb: no name of a community.
     */
    private static final Set<String> NOT_OWN = Set.of("内核", "用户", "开发", "技术", "开源", "官方", "上游", "下游", "国际", "全球",
            "海外", "国内", "本地", "两个", "三个", "整个", "各个", "这个", "那个", "项目", "生态", "中文", "中国");
    private static final String NOT_IN_NAME = "的了是在和与及也都就还又说将把被对从向为这那他她它们我你一个几年月日去有等找给到区";

    private ChineseCommunityNames() {
    }

    /**
     * Adds the communities found; {@code knownAt} says whether the reference data knows a name starting at an offset,
     * {@code isPlace} whether a word is a place ("CNCF深圳社区" is a city's group of a project).
     */
    static void find(String text, List<Mention> out, BiPredicate<String, Integer> knownAt, Predicate<String> isPlace) {
        if (!text.contains("社区")) {
            return;
        }
        QuickFind.Matches m = COMMUNITIES.in(text);
        while (m.find()) {
            String own = m.group("own");
            // "DevOps时代社区" is a community's own name; "Karmada深圳社区", "Go夜读社区" may be a project's local group
            if (own != null && (knownAt.test(text, m.start(1)) || NOT_OWN.contains(own)
                    || own.chars().anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0) || isPlace.test(own))) {
                continue;
            }
            String name = m.group();
            out.add(new Mention(m.start(), m.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name),
                    OrganizationPatternFinder.METHOD, 0.6));
        }
    }
}
