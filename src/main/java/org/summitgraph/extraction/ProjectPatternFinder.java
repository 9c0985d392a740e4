package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Projects the reference data does not know, named by the words around them: a Latin name before 项目 or
 * after a kind of software ("开源的微服务框架TARS", "TARS项目", "深度学习平台PaddlePaddle", "私有云Verda", "限流降级组件Sentinel"), a quoted Chinese
 * name before one ("“衢边”云边协同平台"), or in English "the X project" and "the data-lineage project X"; software named
 * ("一个小工具叫Tidewave", "a library called Tidewave") or released and then described ("发布了Docker AI，这是一款…").
 */
public final class ProjectPatternFinder implements MentionFinder {

    static final String METHOD = "pattern:project-context";
    private static final Pattern BEFORE_KIND = Pattern.compile(
            "(?<![\\p{IsLatin}\\d])(\\p{Lu}[\\p{IsLatin}\\d]*(?:[ -]\\p{Lu}[\\p{IsLatin}\\d]*)?)\\s*(?:项目|开源项目|(?:编程)?语言(?!学))");
    private static final Pattern AFTER_KIND = Pattern.compile(
            "(?:项目|框架|平台|系统|工具|引擎|数据库|中间件|组件|操作系统|发行版|私有云|公有云|混合云)\\s*(\\p{Lu}[\\p{IsLatin}\\d]*(?:[ -]\\p{Lu}[\\p{IsLatin}\\d]*)?)(?![\\p{IsLatin}\\d])");
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
     * "the Python packaging tool pip", "the container build tool buildah, which…": a name in small letters after its kind
     * of software, closing the phrase ("the build tool itself" or "the package manager too" end on a common word).
     */
    private static final Pattern ENGLISH_LOWER_AFTER_TOOL = Pattern.compile(
            "\\bthe\\s+(?:\\p{Lu}[\\p{IsLatin}\\d]*\\s+)?(?:[a-z][\\w-]*\\s+){0,2}(?:tool|library|package\\s+manager|toolkit)\\s+"
                    + "(?!(?:itself|too|here|there|now|today|instead|again|alone|only|though|however|also|yet|then|so|which|that|and|or)\\b)"
                    + "([a-z][a-z\\d]*(?:[-_][a-z\\d]+)*)(?=\\s*[,.;)]|\\s+(?:and|or)\\s)");
    /** "the Kettle build tool": a capitalised name before the kind of tool it is. */
    private static final Pattern ENGLISH_BEFORE_TOOL = Pattern.compile(
            "\\bthe\\s+(\\p{Lu}[\\p{IsLatin}\\d]*)\\s+(?:build|packaging|command-line|testing|deployment|backup|monitoring|profiling"
                    + "|linting|migration|release)\\s+tool\\b");
    /**
     * "the Kernel Self Protection Project", "OCP Server Project": two or more capitalised words and then "Project" name a
     * project (one word and "Project", "the Yocto Project", the reference data knows; an award's category, "Award for Top
     * Newcomer Project", and a foundation's programme, "CNCF Project", are no project's name).
     */
    private static final Pattern TITLED_PROJECT = Pattern.compile("(?<![\\p{L}\\d.-]|(?:Award|Prize)\\s(?:for|of)\\s)"
            + "((?!(?:The|This|That|Our|Their|Its|Each|Every|New|Open\\s+Source|Best|Top|Most)\\s)\\p{Lu}[\\p{L}\\d+-]*(?:\\s\\p{Lu}[\\p{L}\\d+-]*){1,3}\\sProject)"
            + "(?![\\p{L}\\d-])(?<!(?:Foundation|Award|Prize|Summit|Conference|Group|Community|Sandbox|Incubating|Graduated)\\sProject)");
    /**
     * "meta-xinling层", "kube-ovn项目", "cri-o插件": a name written in lower case with a hyphen or an underscore, as
     * repositories, layers and plug-ins are named, before the Chinese word for its kind. In Chinese prose such a word is
     * a name; in English it may be a compound ("open-source project"), so English is left out.
     */
    private static final Pattern LOWER_BEFORE_KIND = Pattern.compile(
            "(?<![\\p{IsLatin}\\d./_-])([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\\p{IsLatin}\\d./_-])\\s*"
                    + "(?:层|项目|开源项目|子项目|仓库|代码仓|插件|驱动|组件|模块|工具)");
    /**
     * "“衢边”云边协同平台", "“澜云”平台团队", "小程序“课栈”" is the slot finder's: a quoted Chinese name before the kind of
     * software it is, a few describing characters between ("“星火”奖" is an award, "“领航”计划" a programme).
     */
    private static final Pattern QUOTED_BEFORE_KIND = Pattern.compile(
            "[“「『]([\\p{IsHan}A-Za-z\\d·]{2,8})[”」』][ ]?[\\p{IsHan}]{0,6}?(?:平台|系统|操作系统|框架|引擎|数据库|中间件|小程序|App|APP|应用|云平台|开源项目|项目)"
                    + "(?![\\p{IsHan}]{0,2}(?:奖|计划|行动|活动|大赛|工程))");
    private static final QuickFind QUOTED = new QuickFind(QUOTED_BEFORE_KIND);
    /**
     * "方舟编译器（ArkCompiler）", "天鸿操作系统（SwanLinkOS）": a Chinese name ending on a kind of software, its Latin name in the
     * bracket right after ("北京大学（PKU）" ends on no kind of software; the Chinese name, one entity with the Latin one, is
     * left unnamed rather than made a second).
     */
    private static final Pattern HAN_KIND_THEN_LATIN = Pattern.compile(
            "\\p{IsHan}(?:编译器|操作系统|数据库|框架|引擎|中间件|浏览器|虚拟机|运行时|编程语言|开发板|调度器)\\s*[（(]\\s*"
                    + "(\\p{Lu}[\\p{IsLatin}\\d]*(?:[ -]\\p{Lu}[\\p{IsLatin}\\d]*)?)\\s*[)）]");
    /**
     * "announced the general availability of Quillfeather Stream for MongoDB Atlas", "the public availability of Orbis
     * Cloud": what becomes generally available is a product; its name is capitalised and ends before a small word.
     */
    private static final Pattern AVAILABILITY_OF = Pattern.compile(
            "\\b(?:general|public)\\s+availability\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{IsLatin}\\d.+-]*(?:\\s\\p{Lu}[\\p{IsLatin}\\d.+-]*){0,2})"
                    + "(?![\\p{IsLatin}\\d])");
    /**
     * "我们团队开源了一个小工具叫Tidewave", "一个库名为aiohttp", "a small library called Tidewave": software named by a verb of naming
     * right after its kind.
     */
    private static final Pattern CALLED_ZH = Pattern.compile("(?:工具|项目|框架|库|系统|平台|插件|组件|引擎|产品)\\s*[,，]?\\s*(?:叫|叫做|名叫|名为|取名为?|命名为)"
            + "\\s*[“「\"]?([A-Za-z][\\p{IsLatin}\\d.+_-]*(?:[ ]\\p{Lu}[\\p{IsLatin}\\d.+_-]*)?)(?![\\p{IsLatin}\\d])");
    private static final Pattern CALLED_EN = Pattern.compile("\\b(?:tool|library|project|framework|plugin|plug-in|engine|platform|app|module"
            + "|operator|SDK|CLI)\\s+(?:called|named|dubbed)\\s+[\"“]?(?!(?:the|a|an|simply|just|it|that|this|after)\\b)"
            + "([A-Za-z][\\p{IsLatin}\\d.+_-]*[\\p{IsLatin}\\d](?:[ ]\\p{Lu}[\\p{IsLatin}\\d.+_-]*)?)(?![\\p{IsLatin}\\d])");
    /** "Docker同时发布了Docker AI，这是一款面向开发者的AI助手": a Latin name released, then said to be a piece of software. */
    private static final Pattern RELEASED_THIS_IS = Pattern.compile("(?:发布|推出|开源)了?\\s*(\\p{Lu}[\\p{IsLatin}\\d.+-]*(?:[ ]\\p{Lu}[\\p{IsLatin}\\d.+-]*){0,2})"
            + "\\s*[,，]\\s*(?:这|它)是一(?:款|个|套)");
    /** A Latin name in Chinese text, lower-case ones too: "webpack", "jQuery", "VF-C", "Multi-VIM". */
    private static final String LIST_ITEM = "(?:\\p{Lu}|\\p{Ll})[\\p{IsLatin}\\d]*(?:[-.+_][\\p{IsLatin}\\d]+)*";
    private static final String LIST_SEPARATOR = "\\s*(?:、|和|与|及|以及)\\s*";
    /**
     * "名下有webpack、ESLint、jQuery这些项目", "对其中的VF-C和Multi-VIM两个子项目", "Kolla、Ironic等项目": Latin names listed
     * and then counted or summed up as projects are each a project, none of them known.
     */
    private static final QuickFind COUNTED_LIST = new QuickFind(Pattern.compile("(?<![\\p{IsLatin}\\d.+_-])(" + LIST_ITEM
            + "(?:" + LIST_SEPARATOR + LIST_ITEM + ")+)(?![\\p{IsLatin}\\d])\\s*(?:这些|这几个|这[两三四五六七八九十]个|等等|等)?\\s*"
            + "(?:[两二三四五六七八九十几多]+个)?\\s*(?:(?:子|开源)?项目|组件)"));
    private static final Pattern SPLIT_LIST = Pattern.compile(LIST_SEPARATOR);
    /** "ab", "cli": a short lower-case word between list separators is a word, no project's name. */
    private static final Pattern SHORT_LOWER = Pattern.compile("\\p{Ll}{1,3}");
    private static final List<QuickFind> PATTERNS = Stream.concat(Stream.of(BEFORE_KIND, AFTER_KIND, ENGLISH, ENGLISH_AFTER_KIND,
                    LOWER_BEFORE_KIND, CALLED_ZH, CALLED_EN, RELEASED_THIS_IS, TITLED_PROJECT, ENGLISH_LOWER_AFTER_TOOL,
                    ENGLISH_BEFORE_TOOL, HAN_KIND_THEN_LATIN, AVAILABILITY_OF).map(QuickFind::new), Stream.of(QUOTED)).toList();
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "Our", "Their", "New", "Open", "Linux",
            "CNCF", "PTL", "CEO", "CTO", "COO", "API", "AI", "IT", "CI", "CD",
            // "项目TSC主席", "驱动子系统Committer": a project's bodies and roles are no projects
            "TSC", "TOC", "PMC", "SIG", "Committer", "Maintainer", "Reviewer", "Approver", "Owner");

    /**
     * "“内部云”", "“开放基础设施”", "“大帐篷”": a slogan or a notion put in quotes is made of common words, each one the
     * dictionary has often seen; a name has a rare word in it ("澜云", "衢边") or is one word ("栖霞").
     */
    private static boolean ofCommonWords(ArticleText text, int begin, int end) {
        int words = 0;
        for (com.hankcs.hanlp.seg.common.Term t : text.terms()) {
            if (t.offset >= end) {
                break;
            }
            if (t.offset + t.length() <= begin) {
                continue;
            }
            if (t.offset < begin || t.offset + t.length() > end) {
                return false;
            }
            com.hankcs.hanlp.corpus.tag.Nature nature = t.nature;
            com.hankcs.hanlp.dictionary.CoreDictionary.Attribute core = com.hankcs.hanlp.dictionary.CoreDictionary.get(t.word);
            // a word of the field the dictionary does not count ("基础设施", tagged g…) is as common
            boolean fieldWord = nature != null && nature.toString().startsWith("g") && t.length() >= 2;
            if (nature == null || nature.toString().matches("n[rstz].*") || !fieldWord && (core == null || core.totalFrequency < 20)) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    /** Each item of a list of Latin names that Chinese text then calls projects (see {@link #COUNTED_LIST}). */
    private static void countedLists(String text, List<Mention> out) {
        QuickFind.Matches m = COUNTED_LIST.in(text);
        while (m.find()) {
            int at = m.start(1);
            java.util.regex.Matcher separator = SPLIT_LIST.matcher(text).region(m.start(1), m.end(1));
            while (at < m.end(1)) {
                int end = separator.find() ? separator.start() : m.end(1);
                String name = text.substring(at, end);
                if (!NOT_NAMES.contains(name) && name.length() >= 2 && !SHORT_LOWER.matcher(name).matches()) {
                    out.add(new Mention(at, end, name, NewEntities.of(EntityKind.PROJECT, name), METHOD, 0.6));
                }
                at = end == m.end(1) ? end : separator.end();
            }
        }
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        for (QuickFind p : PATTERNS) {
            QuickFind.Matches m = p.in(text.text());
            while (m.find()) {
                String name = m.group(1);
                if (p == QUOTED && ofCommonWords(text, m.start(1), m.end(1))) {
                    continue;
                }
                // a Chinese name of two characters is whole ("衢边"), a Latin one of two letters is an acronym
                if (!NOT_NAMES.contains(name) && name.length() >= (TextFold.isHan(name.charAt(0)) ? 2 : 3)) {
                    out.add(new Mention(m.start(1), m.end(1), name, NewEntities.of(EntityKind.PROJECT, name), METHOD, 0.6));
                }
            }
        }
        if (text.article().isChinese()) {
            countedLists(text.text(), out);
        }
        return out;
    }
}
