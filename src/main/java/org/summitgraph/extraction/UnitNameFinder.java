package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units named after the organisation they belong to: "中国联通网络技术研究院", "英特尔开源技术中心", "江城大学计算机学院",
 * "基金会董事会", "Intel's Open Source Technology Center", "OpenSSF Technical Advisory Council", "the open source program
 * office at Banque Méridienne", "the Distributed Systems Group at Northfield University". The unit is an organisation of its own, labelled with its parent's name in front; its
 * mention covers only the words after the parent's name, so the parent stays a mention and {@link UnitPartOfFinder}
 * finds it beside the unit. Needs the organisations already found, so it runs after the other finders.
 *
 * <p>Departments count when named by what they do, written straight after the company ("字节跳动基础架构部"). Teams
 * are left out ("阿里云内核团队", "九州云的Kolla团队", "百度Apollo团队", "Comcast's platform team"): the hand-made answers
 * mostly read them as their company, and a team of its own would take the company's statements.
 */
final class UnitNameFinder {

    static final String METHOD = "pattern:unit-name";

    /** Unit words that name a unit with nothing before them but the parent's name. */
    private static final String ZH_SELF = "研究院|研究所|研究中心|研发中心|实验室|董事会|理事会|分公司|事业部|事业群|孵化器";
    /** Unit words that need a word of their own before them: "网络与计算中心", "CTO办公室", "计算机学院", "开源社团". */
    private static final String ZH_MODIFIED = "中心|办公室|委员会|学院|俱乐部|协会|社团|系";
    /**
     * A department named by what it does: "基础架构部", "中间件技术部", "系统部". "部" is also the end of common words
     * ("内部", "全部", "总部", "东部", "头部") and the start of others ("部署", "部分", "部门"), hence the two Han characters
     * of its own and the words it may not start.
     */
    private static final String ZH_DEPARTMENT = "部(?![署分门件落属下])";
    private static final Pattern ZH_UNIT = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{0,10}?)(" + ZH_SELF + "|" + ZH_MODIFIED + "|"
            + ZH_DEPARTMENT + ")(?![化点地区主任成员委员董事席位选举会议长统列])");
    /**
     * A department's own words say what it builds or runs ("基础架构部", "大数据平台部", "中间件技术部"): a business
     * department ("市场部", "战略部") is read by the hand-made answers as its company, and so are the common words that
     * end in "部".
     */
    private static final Pattern ZH_DEPARTMENT_OWN = Pattern.compile(".*\\p{IsHan}.*\\p{IsHan}.*"
            + "(?:架构|平台|系统|技术|中间件|基础设施|研发|工程|软件|数据|计算|网络|存储|安全|开源|金融科技)");
    /** What cannot stand inside a unit's own words: particles, conjunctions, verbs that end a name. */
    private static final Pattern ZH_BREAK = Pattern.compile("[的了和与及、在是为由从到对将已曾也都就还其]|担任|加入|进入|负责|领导|成立|发起|宣布|推出|参与|来自|任职|就职"
            // "Meta表示其新一代AI数据中心将…": what the parent says is no part of a unit's name
            + "|表示|透露|指出|认为|宣称|声称|介绍");

    private static final String EN_UNIT = "(?:Labs?|Laboratory|Research|Institute|Cent(?:er|re)|Office|Program Office|Board(?: of Directors)?"
            + "|Council|Committee|Working Group|Division|Department|Guild|Chapter|Incubator)";
    private static final String EN_UNIT_LOWER = "(?:labs?|laborator(?:y|ies)|research|institute|cent(?:er|re)|office|program office"
            + "|board(?: of directors)?|governing board|council|committee|working group|division|department|guild|chapter)";
    /** A unit word followed by one of these is a title or an event of the parent: "Board Director", "board meeting". */
    private static final String EN_NOT_AFTER = "(?!\\s+(?:[Dd]irectors?|[Mm]embers?|[Cc]hair(?:man|woman|s)?|[Ss]eats?|[Ee]lections?"
            + "|[Mm]eetings?|[Vv]otes?|[Ll]eads?|[Ll]eaders?|[Mm]anagers?|[Ll]iaisons?|[Cc]andidates?|[Rr]epresentatives?|[Pp]ositions?"
            + "|[Mm]emberships?|[Ll]evel|[Dd]ay|[Ss]ummit|[Cc]onference|[Ff]orum|[Aa]ward)\\b)(?![\\p{L}\\d-])";
    /** "Intel's Open Source Technology Center", "Samsung's Cloud Research Lab": words, then the unit word. */
    private static final Pattern EN_POSSESSIVE = Pattern.compile("['’]s\\s+((?:[\\p{L}\\d&-]+\\s+){0,4}?" + EN_UNIT_LOWER + ")"
            + EN_NOT_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "OpenSSF Technical Advisory Council", "Samsung Research", "LF Decentralized Trust governing board". */
    private static final Pattern EN_ADJACENT = Pattern.compile("\\s+((?:(?:\\p{Lu}[\\p{L}\\d&-]*|&)\\s+){0,4}?" + EN_UNIT
            + "|(?:governing|technical steering|technical advisory|advisory|editorial)?\\s*(?:board|council|committee))" + EN_NOT_AFTER);
    /** "the open source program office at Banque Méridienne": the unit before "at"/"of"/"in" and its parent. */
    private static final Pattern EN_AT = Pattern.compile("\\b[Tt]he\\s+((?:[\\p{L}\\d&-]+\\s+){1,4}?" + EN_UNIT_LOWER
            // "the Distributed Systems Group at Northfield University": a group with a capitalised name of its own
            + "|(?-i:(?:\\p{Lu}[\\p{L}\\d&-]*\\s+){1,4}Group))"
            + "\\s+(?:at|of|in|inside|within)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BRACKET = Pattern.compile("\\s*[(（][^()（）]{1,20}[)）]\\s*");
    /** What must stand right before the parent for {@code EN_AT} to be tried: a cheap test that fails almost always. */
    private static final Pattern AT_BEFORE = Pattern.compile("\\b(?:at|of|in|inside|within)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Words that make the phrase before a unit word no unit's name. */
    private static final Pattern EN_NOT_MODIFIER = Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her|our|and|or|of|for|to|with"
            + "|is|was|has|new|own|whole|entire|same|this|that|every|each)\\b");

    List<Mention> find(ArticleText text, List<Mention> chosen) {
        List<Mention> out = new ArrayList<>();
        String t = text.text();
        for (Mention parent : chosen) {
            if (!parent.entity().kind().isOrganization()) {
                continue;
            }
            if (text.article().isChinese()) {
                chinese(t, parent, chosen, out);
            }
            english(t, parent, chosen, out);
        }
        return out;
    }

    /** "云计算与大数据", "计算机科学与技术": two fields a research unit or a school is named by, joined by 与. */
    private static final Pattern JOINED_FIELDS = Pattern.compile("\\p{IsHan}{2,6}与\\p{IsHan}{2,6}");

    private static void chinese(String t, Mention parent, List<Mention> chosen, List<Mention> out) {
        Matcher unit = ZH_UNIT.matcher(t).region(parent.end(), Math.min(t.length(), parent.end() + 16));
        if (!unit.lookingAt()) {
            return;
        }
        String own = unit.group(1);
        String word = unit.group(2);
        // "腾讯数据中心", "腾讯液冷数据中心" are buildings, not units; "计算机系" is a department of a university only
        if (ZH_BREAK.matcher(JOINED_FIELDS.matcher(own).matches() ? own.replace("与", "") : own).find() || own.isEmpty() && !word.matches(ZH_SELF) || own.endsWith("数据") && word.equals("中心")
                || word.equals("系") && !parent.surface().endsWith("大学")
                || word.equals("部") && !ZH_DEPARTMENT_OWN.matcher(own).matches()) {
            return;
        }
        add(t, parent, parent.end(), unit.end(), fullName(t, parent) + t.substring(parent.end(), unit.end()), chosen, out);
    }

    /**
     * The parent's name as the text writes it, whole: "中国银联云计算中心", where "中国" was read as a place and the mention is
     * only "银联", is named with the parent's full label when the text has it right before.
     */
    private static String fullName(String t, Mention parent) {
        for (String label : parent.entity().labels().values()) {
            int missing = label.length() - parent.surface().length();
            if (missing > 0 && label.endsWith(parent.surface()) && parent.begin() >= missing
                    && t.startsWith(label.substring(0, missing), parent.begin() - missing)) {
                return label;
            }
        }
        return parent.surface();
    }

    private static void english(String t, Mention parent, List<Mention> chosen, List<Mention> out) {
        int limit = Math.min(t.length(), parent.end() + 70);
        Matcher possessive = EN_POSSESSIVE.matcher(t).region(parent.end(), limit);
        // "Intel's research" or "Google's board" says too little to be a unit's name
        if (possessive.lookingAt() && !EN_NOT_MODIFIER.matcher(possessive.group(1)).find()
                && (possessive.group(1).contains(" ") || possessive.group(1).matches("Labs?|Research"))) {
            String unit = possessive.group(1);
            if (!siteOffice(possessive.start(1), possessive.end(1), unit, chosen)) {
                add(t, parent, possessive.start(1), possessive.end(1), parent.surface() + " " + unit, chosen, out);
            }
            return;
        }
        Matcher adjacent = EN_ADJACENT.matcher(t).region(parent.end(), limit);
        if (adjacent.lookingAt() && TextFold.isLatinOrDigit(parent.surface().charAt(parent.surface().length() - 1))
                && !EN_NOT_MODIFIER.matcher(adjacent.group(1)).find()) {
            if (!parent.entity().known() && !adjacent.group(1).strip().contains(" ")) {
                // "Open Source Technology" + "Center": a name no one knew, cut short before its last word, is one name
                add(t, parent, parent.begin(), adjacent.end(1), t.substring(parent.begin(), adjacent.end(1)), chosen, out);
            } else {
                add(t, parent, adjacent.start(1), adjacent.end(1), parent.surface() + " " + adjacent.group(1), chosen, out);
            }
            return;
        }
        if (!AT_BEFORE.matcher(t).region(Math.max(0, parent.begin() - 12), parent.begin()).find()) {
            return;
        }
        Matcher at = EN_AT.matcher(t).region(Math.max(0, parent.begin() - 70), parent.begin());
        if (at.find() && !EN_NOT_MODIFIER.matcher(at.group(1)).find()) {
            add(t, parent, at.start(1), at.end(1), parent.surface() + " " + at.group(1), chosen, out);
        }
    }

    /** "Brno office", "RTP office": a city, or a site's code, before the bare word "office". */
    private static final Pattern SITE_OFFICE = Pattern.compile("(\\S+(?:\\s+\\S+)?)\\s+office");
    private static final Pattern SITE_CODE = Pattern.compile("\\p{Lu}{2,4}");

    /**
     * "Red Hat's Brno office", "Cisco's RTP office": where the company sits in a city is a site of it, no unit with a
     * name of its own ("Intel's open source office" is one).
     */
    private static boolean siteOffice(int begin, int end, String unit, List<Mention> chosen) {
        Matcher office = SITE_OFFICE.matcher(unit);
        if (!office.matches()) {
            return false;
        }
        int wordsEnd = begin + office.end(1);
        return SITE_CODE.matcher(office.group(1)).matches() || chosen.stream().anyMatch(c -> c.entity().kind() == EntityKind.PLACE
                && c.begin() == begin && c.end() == wordsEnd);
    }

    /**
     * "砺石科技云原生平台部负责人陈思远", "香港中文大学计算机系副教授": a unit right before a person's title is where in the
     * organisation they work, and the hand-made answers, like the title finders, give them the organisation itself.
     */
    private static boolean titleAfter(String t, int end) {
        int at = end;
        while (at < t.length() && at - end < 2 && Character.isWhitespace(t.charAt(at))) {
            at++;
        }
        // "蔚澜汽车开源办公室（OSPO）负责人": a short name in brackets between
        Matcher bracket = BRACKET.matcher(t).region(at, t.length());
        if (bracket.lookingAt()) {
            at = bracket.end();
        }
        int from = at;
        return Titles.findIn(t, from, Math.min(t.length(), from + 30)).stream().anyMatch(f -> f.begin() == from);
    }

    /**
     * The unit's mention, unless another name already covers its words: a place or a project among them ("中国移动苏州研发中心",
     * "华为OpenStack开源团队") gives way, a person or an organisation does not.
     */
    private static void add(String t, Mention parent, int begin, int end, String label, List<Mention> chosen, List<Mention> out) {
        String surface = t.substring(begin, end).strip();
        if (surface.isEmpty() || surface.contains("\n") || titleAfter(t, begin + surface.length())) {
            return;
        }
        for (Mention c : chosen) {
            if (c != parent && c.begin() < end && begin < c.end()) {
                boolean inside = c.begin() >= begin && c.end() <= end;
                EntityKind kind = c.entity().kind();
                if (!inside || kind == EntityKind.PERSON || kind.isOrganization() || kind.isEvent() || kind == EntityKind.AWARD) {
                    return;
                }
            }
        }
        // "The Linux Foundation Governing Board" opening a sentence is named without the article
        String name = label.replaceFirst("^(?i:the)\\s+", "");
        out.add(new Mention(begin, begin + surface.length(), surface, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.7));
    }
}
