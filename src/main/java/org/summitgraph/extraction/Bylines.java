package org.summitgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote or edited a Chinese article, as its byline says: "（记者 邵雨桐）", "记者：冯可欣", "编辑：何静", "文 / 吴昊天",
 * "责任编辑 李某", "科创快讯网记者 林晓彤" (a news site, paper or agency may stand right before the word). The name must end where the byline does (a bracket, punctuation, a space or the line's end), so a
 * word that starts like a name is not taken for one.
 */
final class Bylines {

    static final Pattern CUE = Pattern.compile("(?:(?<![\\p{IsHan}])|(?<=[网报社台刊]))(?:本报|本刊|本台)?(?<role>实习记者|特约记者|记者|责任编辑|责编|编辑|通讯员|作者|撰文|文|摄影)"
            + "\\s*(?:[:：/／|｜]\\s*|\\s+)(?<org>[^\\s，。,:：/（）()]{2,12}\\s+(?:志愿者|记者|编辑|作者)\\s+)?");
    /** {@link #CUE} searched only where a match can begin: run over a whole article, it tried every position. */
    private static final QuickFind CUES = new QuickFind(CUE);
    private static final Pattern NAME_END = Pattern.compile("[\\s)）,，。;；|｜、]|$");

    private Bylines() {
    }

    /** A byline found at a cue: the person's name, where it starts, and the role the cue gives. */
    record Byline(int begin, String name, String role) {
    }

    static java.util.List<Byline> find(String text) {
        java.util.List<Byline> out = new java.util.ArrayList<>();
        QuickFind.Matches m = CUES.in(text);
        while (m.find()) {
            int at = m.end();
            String name = ChineseNames.nameAt(text, at);
            if (name == null || !NAME_END.matcher(text).region(at + name.length(), text.length()).lookingAt()) {
                name = penName(text, m);
                if (name == null) {
                    continue;
                }
            }
            out.add(new Byline(at, name, title(m.group("role"), m.group("org"))));
        }
        return out;
    }

    /**
     * "作者：不睡觉的架构师", "作者:小鹿（…）": an author's field holds whatever name they write under, a pen name as
     * well as their own; it runs to the field's end (a bracket, a bar, the line's end). An organisation that signs
     * ("作者：某某社区") is no pen name.
     */
    private static String penName(String text, QuickFind.Matches cue) {
        if (!"作者".equals(cue.group("role")) || cue.group("org") != null || !cue.group().strip().matches(".*[:：]")) {
            return null;
        }
        Matcher field = PEN_NAME.matcher(text).region(cue.end(), text.length());
        if (!field.lookingAt() || ORGANIZATION_END.matcher(field.group(1)).find()) {
            return null;
        }
        // "作者：码农老邢（邢志远）": the bracket gives the author's own name, which the pen name is another name of
        Matcher own = OWN_NAME_AFTER.matcher(text).region(cue.end() + field.group(1).length(), text.length());
        if (own.lookingAt() && ChineseNames.isPlausible(own.group(1))) {
            return null;
        }
        return field.group(1);
    }

    private static final Pattern PEN_NAME = Pattern.compile("([^\\s|｜()（）:：,，。;；、!！?？]{2,12})\\s*(?:[|｜(（\\n]|$)");
    private static final Pattern OWN_NAME_AFTER = Pattern.compile("\\s*[(（]\\s*(\\p{IsHan}{2,4})\\s*[)）]");
    private static final Pattern ORGANIZATION_END = Pattern.compile(
            "(?:社区|联盟|团队|公司|集团|基金会|编辑部|小组|实验室|中心|协会|委员会|大学|学院|研究院|官方|公众号|频道)$");

    /** The role title a byline word gives, in the vocabulary's English; null for a plain author. */
    private static String title(String cue, String org) {
        if (org != null) {
            String word = org.strip();
            return word.endsWith("志愿者") ? "Volunteer" : word.endsWith("编辑") ? "Editor" : word.endsWith("记者") ? "Reporter" : null;
        }
        return switch (cue) {
            case "记者", "实习记者", "特约记者" -> "Reporter";
            case "编辑", "责任编辑", "责编" -> "Editor";
            case "通讯员" -> "Correspondent";
            case "摄影" -> "Photographer";
            default -> null;
        };
    }
}
