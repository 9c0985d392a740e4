package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short Chinese names of companies that are common words too ("浪潮" a wave, "联想" association, "联通" connected,
 * "烽火" beacon fire, "有云" has cloud), which the reference data keeps out of its dictionary on purpose. Where the
 * words around them can only mean a company they name it: before "的" and a title or a team ("烽火的产品总监"),
 * before a title ("浪潮首席架构师"), after "我们" or a verb of joining ("我们浪潮的团队", "跳槽到联想"), and alone in a
 * bracket after a person's name ("Jay Bryant(联想)").
 */
final class ContextAliasFinder implements MentionFinder {

    static final String METHOD = "pattern:context-alias";

    /** Each short name with the reference entity it stands for. */
    private static final Map<String, String> ALIASES = Map.of(
            "浪潮", "https://summitgraph.org/id/organization/inspur",
            "联想", "https://summitgraph.org/id/organization/lenovo",
            "联通", "https://summitgraph.org/id/organization/china-unicom",
            "烽火", "https://summitgraph.org/id/organization/fiberhome",
            "有云", "https://summitgraph.org/id/organization/unitedstack");

    private static final Pattern ALIAS = Pattern.compile(String.join("|", ALIASES.keySet()));
    /** Before the name: "我们", "来自", or a verb of joining or leaving. */
    private static final Pattern BEFORE = Pattern.compile("(?:我们|我司|来自|加入了?|加盟了?|跳槽到|转投|入职|就职于|任职于|离开了?)$");
    /** After the name: the company's people, teams or units. */
    private static final Pattern AFTER = Pattern.compile("^(?:的?(?:团队|同事|工程师|员工|研发|开发者|专家)|集团|公司)");
    /** The common word in its own use: "这波浪潮", "浪潮中", "联想到". */
    private static final Pattern FIGURATIVE = Pattern.compile("[波股阵大新]浪潮|浪潮[中下里之]|联想[到起]|有云[层朵]");

    private final ReferenceKnowledge knowledge;

    ContextAliasFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public List<Mention> find(ArticleText article) {
        List<Mention> out = new ArrayList<>();
        if (!article.article().isChinese()) {
            return out;
        }
        String text = article.text();
        java.util.Set<String> confirmed = new java.util.HashSet<>();
        Matcher m = ALIAS.matcher(text);
        while (m.find()) {
            if (inContext(text, m.start(), m.end())) {
                confirmed.add(m.group());
            }
        }
        // one sense in one article: once the words around one of them show the company, the others name it too
        // ("浪潮首席架构师王书恒介绍，浪潮近年来持续向OpenStack贡献代码"), but for a wave that is one ("这波浪潮中")
        m.reset();
        while (m.find()) {
            boolean figurative = FIGURATIVE.matcher(text).region(Math.max(0, m.start() - 1), Math.min(text.length(), m.end() + 1)).find();
            if (confirmed.contains(m.group()) && !figurative) {
                int begin = m.start();
                knowledge.entity(ALIASES.get(m.group())).ifPresent(e ->
                        out.add(new Mention(begin, m.end(), m.group(), e, METHOD, 0.8)));
            }
        }
        return out;
    }

    private static boolean inContext(String text, int begin, int end) {
        String before = text.substring(Math.max(0, begin - 4), begin);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        if (begin > 0 && "(（".indexOf(text.charAt(begin - 1)) >= 0 && !after.isEmpty() && ")）".indexOf(after.charAt(0)) >= 0) {
            return true; // "Jay Bryant(联想)"
        }
        if (BEFORE.matcher(before).find() || AFTER.matcher(after).lookingAt()) {
            return true;
        }
        // "烽火的产品总监", "浪潮首席架构师": a title right after the name or after its "的"
        int from = end + (after.startsWith("的") ? 1 : 0);
        return Titles.findIn(text, from, Math.min(text.length(), from + 8)).stream()
                .anyMatch(t -> t.begin() - from <= 4 && text.substring(from, t.begin()).matches("\\p{IsHan}*"));
    }
}
