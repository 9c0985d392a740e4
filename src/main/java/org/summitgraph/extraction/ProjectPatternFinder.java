package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Projects the reference data does not know, named by the words around them: a Latin name before 项目 or
 * after a kind of software ("开源的微服务框架TARS", "TARS项目", "深度学习平台PaddlePaddle"), or in English "the X
 * project" and "the data-lineage project X".
 */
public final class ProjectPatternFinder implements MentionFinder {

    static final String METHOD = "pattern:project-context";
    private static final Pattern BEFORE_KIND = Pattern.compile(
            "(?<![\\p{IsLatin}\\d])(\\p{Lu}[\\p{IsLatin}\\d]*(?:[ -]\\p{Lu}[\\p{IsLatin}\\d]*)?)\\s*(?:项目|开源项目)");
    private static final Pattern AFTER_KIND = Pattern.compile(
            "(?:项目|框架|平台|系统|工具|引擎|数据库|中间件|操作系统|发行版)\\s*(\\p{Lu}[\\p{IsLatin}\\d]*(?:[ -]\\p{Lu}[\\p{IsLatin}\\d]*)?)(?![\\p{IsLatin}\\d])");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\bthe\\s+(\\p{Lu}[\\p{IsLatin}\\d]*(?:[ -]\\p{Lu}[\\p{IsLatin}\\d]*)?)\\s+(?:project|framework|operator)\\b");
    /**
     * "the data-lineage project Tidewater", "its new scheduling framework Koordinator": the kind of software before the name;
     * "the lineage project WeWork started" names its founder, not itself.
     */
    private static final Pattern ENGLISH_AFTER_KIND = Pattern.compile(
            "\\b(?:the|a|an|its|our|their)\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:project|framework|library|toolkit)\\s+"
                    + "(\\p{Lu}[\\p{IsLatin}\\d]*(?:[ -]\\p{Lu}[\\p{IsLatin}\\d]*)?)(?![\\p{IsLatin}\\d'’-])"
                    + "(?!\\s+(?:started|created|founded|launched|built|developed|wrote|open-sourced|donated|maintains|runs|uses|"
                    + "has|had|is|was|will|would|did|does|and)\\b)");
    /**
     * "meta-xinling层", "kube-ovn项目", "cri-o插件": a name written in lower case with a hyphen or an underscore, as
     * repositories, layers and plug-ins are named, before the Chinese word for its kind. In Chinese prose such a word is
     * a name; in English it may be a compound ("open-source project"), so English is left out.
     */
    private static final Pattern LOWER_BEFORE_KIND = Pattern.compile(
            "(?<![\\p{IsLatin}\\d./_-])([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\\p{IsLatin}\\d./_-])\\s*"
                    + "(?:层|项目|开源项目|子项目|仓库|代码仓|插件|驱动|组件|模块|工具)");
    private static final List<QuickFind> PATTERNS = Stream.of(BEFORE_KIND, AFTER_KIND, ENGLISH, ENGLISH_AFTER_KIND, LOWER_BEFORE_KIND)
            .map(QuickFind::new).toList();
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "Our", "Their", "New", "Open", "Linux",
            "CNCF", "PTL", "CEO", "CTO", "COO", "API", "AI", "IT", "CI", "CD",
            // "项目TSC主席", "驱动子系统Committer": a project's bodies and roles are no projects
            "TSC", "TOC", "PMC", "SIG", "Committer", "Maintainer", "Reviewer", "Approver", "Owner");

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        for (QuickFind p : PATTERNS) {
            QuickFind.Matches m = p.in(text.text(), 0, text.text().length());
            while (m.find()) {
                String name = m.group(1);
                if (!NOT_NAMES.contains(name) && name.length() >= 3) {
                    out.add(new Mention(m.start(1), m.end(1), name, NewEntities.of(EntityKind.PROJECT, name), METHOD, 0.6));
                }
            }
        }
        return out;
    }
}
