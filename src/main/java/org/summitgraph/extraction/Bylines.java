package org.summitgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote or edited a Chinese article, as its byline says: "（记者 邵雨桐）", "记者：冯可欣", "编辑：何静", "文 / 吴昊天",
 * "责任编辑 李某". The name must end where the byline does (a bracket, punctuation, a space or the line's end), so a
 * word that starts like a name is not taken for one.
 */
final class Bylines {

    static final Pattern CUE = Pattern.compile("(?<![\\p{IsHan}])(?:本报|本刊|本台)?(?<role>实习记者|特约记者|记者|责任编辑|责编|编辑|通讯员|作者|撰文|文|摄影)"
            + "\\s*(?:[:：/／|｜]\\s*|\\s+)(?<org>[^\\s，。,:：/（）()]{2,12}\\s+(?:志愿者|记者|编辑|作者)\\s+)?");
    private static final Pattern NAME_END = Pattern.compile("[\\s)）,，。;；|｜、]|$");

    private Bylines() {
    }

    /** A byline found at a cue: the person's name, where it starts, and the role the cue gives. */
    record Byline(int begin, String name, String role) {
    }

    static java.util.List<Byline> find(String text) {
        java.util.List<Byline> out = new java.util.ArrayList<>();
        Matcher m = CUE.matcher(text);
        while (m.find()) {
            int at = m.end();
            String name = ChineseNames.nameAt(text, at);
            if (name == null || !NAME_END.matcher(text).region(at + name.length(), text.length()).lookingAt()) {
                continue;
            }
            out.add(new Byline(at, name, title(m.group("role"), m.group("org"))));
        }
        return out;
    }

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
