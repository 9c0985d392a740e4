package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects the reference data does not know, found by the places in a sentence that only software fills: "X, a
 * Kubernetes-native gateway", "a small project called X", "maintainers of X", "X's maintainers", "migrated … to X",
 * "uses X in production", "built on X", "X v1.2", "projects such as X, Y and Z", "the graduation of X"; in Chinese
 * text a name in Latin letters before 项目, 社区, 维护者, "Maintainer", or after 迁移到, 基于, 用的是 ("从 Mesos 迁移到了
 * Kubernetes", "TiKV Maintainer"). A capitalised kind word is part of the name ("the Shiokaze Operator"). A name
 * that ends like a company's ("… Systems", "… Labs") or starts with a given name is left to the other finders,
 * and every finder that knows the name better wins the overlap (this one is the least confident).
 */
public final class ProjectSlotFinder implements MentionFinder {

    static final String METHOD = "pattern:project-slot";
    private static final double CONFIDENCE = 0.5;

    /**
     * A capitalised word, or one like "openEuler", "vLLM", "eBPF" (written after the words that announce it only: tried
     * at every lower-case letter, it would cost more than all the rest).
     */
    private static final String CAPITALISED = "\\p{Lu}[\\p{IsLatin}\\d]*(?:[-.+][\\p{IsLatin}\\d]+)*";
    private static final String WORD = "(?:" + CAPITALISED + "|\\p{Ll}{1,4}\\p{Lu}[\\p{IsLatin}\\d]*)";
    private static final String NAME = "(" + WORD + "(?:[ \\t]+\\p{Lu}[\\p{IsLatin}\\d]*(?:-[\\p{IsLatin}\\d]+)*){0,2})";
    private static final String LEADING_NAME = "(?<![\\p{IsLatin}\\d])(" + CAPITALISED + "(?:[ \\t]+\\p{Lu}[\\p{IsLatin}\\d]*(?:-[\\p{IsLatin}\\d]+)*){0,2})";
    private static final String END = "(?![\\p{IsLatin}\\d])";
    /** A software name's unusual shape: capitals after small letters or a digit inside ("NixOS", "MCUboot", "Web3j", "eBPF"). */
    private static final String ODD_SHAPE = "(?:\\p{Lu}{2,}\\p{Ll}+[\\p{IsLatin}\\d]*|\\p{Lu}\\p{Ll}+\\p{Lu}+(?![\\p{Ll}])|"
            + "\\p{Lu}\\p{Ll}+\\d[\\p{IsLatin}\\d]*)";


    /** What software is called when it is described: "a gateway", "an open source build orchestrator". */
    private static final String KIND = "(?:project|subproject|sub-project|tool|toolkit|framework|library|gateway|runtime|engine|database|"
            + "operator|plug-?in|SDK|CLI|orchestrator|scheduler|controller|proxy|service mesh|component|distribution|compiler|"
            + "agent|driver|exporter|dashboard|specification|protocol|hypervisor|file ?system|registry|fork|utility|emulator|"
            + "toolchain|package manager|build system|message broker|message queue|key-value store|object store|data store|"
            + "operating system|kernel|RTOS|add-on|extension|module|scanner|adapter|connector|linter|analy[sz]er)";
    /** Words between the article and the kind: adjectives and nouns, never a preposition or a relative word. */
    private static final String MODIFIERS = "(?:(?!(?:of|for|at|in|on|from|with|by|and|or|who|that|which|to|whose|is|was)\\b)[\\p{L}\\d.-]+\\s+){0,5}?";
    private static final String NOT_A_COMPANY = "(?![\\p{L}'’-])(?!\\s+(?:company|companies|provider|vendor|firm|start-?up|maker|"
            + "consultancy|business|integrator|specialist|supplier|developer|operator|manufacturer|retailer|group|team|office|"
            // "PR Wirehouse is a distribution service", "a press agency": a business that serves, not software
            + "service|agency|wire))";

    /** "Apache Quokka", "Eclipse Larkspur": a foundation's brand before a capitalised word names its project. */
    private static final Pattern BRANDED = Pattern.compile("(?<![\\p{L}\\d])((?:Apache|Eclipse)[ \\t]+(?!(?:Software|Foundation|"
            + "License|Con|Day|Days|Summit|Community|Incubator|Member|Members|Way|Board|Committer|Committers|Contributor|"
            + "Contributors|Project|Projects|IDE|Public)\\b)\\p{Lu}[\\p{IsLatin}\\d]+)" + END + "(?![ \\t]+\\p{Lu})");

    /** A repository's name in lower case: "io_uring", "kube-vip", "k3s". */
    private static final String LOWER_NAME = "\\p{Ll}[\\p{Ll}\\d]*(?:[_-][\\p{Ll}\\d]+)+|\\p{Ll}+\\d[\\p{Ll}\\d]*";

    private static final List<Pattern> ENGLISH = List.of(
            // "Shiokaze, a Kubernetes-native gateway", "Brisemer Forge, the open source build orchestrator"; "released
            // Tidewater, its multi-cluster scheduling engine": the maker's own software
            Pattern.compile(LEADING_NAME + ",\\s+(?:a|an|the|its|their|our)\\s+" + MODIFIERS + KIND + NOT_A_COMPANY),
            // "a small project called Pantheon"
            Pattern.compile("\\b" + KIND + "s?\\s+(?:called|named|dubbed|known as)\\s+" + NAME + END),
            // "maintainers of Shiokaze", "contributors to Envoy", "a committer on Vitess"
            Pattern.compile("\\b(?:co-?)?(?:maintainers?|committers?|contributors?|creators?|core developers?|core reviewers?|"
                    + "PTL)\\s+(?:of|to|on|for)\\s+(?:the\\s+)?" + NAME + END),
            // "Shiokaze's maintainers", "Vitess's codebase"
            Pattern.compile(LEADING_NAME + "(?:'s|’s|')\\s+(?:(?:core|founding|original|other|fellow)\\s+)?"
                    + "(?:maintainers|committers|codebase|code base|source code|repository|repo|release notes|API|CRDs)\\b"),
            // "migrated its order pipeline from a homegrown message broker to Shiokaze", "migrated from Mesos to …"
            Pattern.compile("\\bmigrat(?:e|ed|es|ing)\\b[^.;:!?]{0,70}?\\b(?:to|onto)\\s+(?:the\\s+)?" + NAME + END),
            Pattern.compile("\\b(?:migrat(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|switch(?:ed|es|ing)?)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?from\\s+"
                    + NAME + "\\s+(?:to|onto)\\b"),
            // "moved our order pipeline to Shiokaze", "switched to Cilium"
            Pattern.compile("\\b(?:mov(?:e|ed|es|ing)|port(?:ed|s|ing)?)\\s+(?:its|our|their|the|all|every)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?"
                    + "(?:to|onto)\\s+" + NAME + END),
            Pattern.compile("\\bswitch(?:ed|es|ing)?\\s+(?:over\\s+)?to\\s+" + NAME + END),
            // "uses Pantheon in production", "has deployed Brisemer Forge in production"
            Pattern.compile("\\b(?:use[sd]?|using|deploy(?:s|ed|ing)?|run(?:s|ning)?|adopt(?:s|ed|ing)?)\\s+(?:the\\s+)?" + NAME
                    + "\\s+(?:in\\s+production|at\\s+scale|for\\s+production)\\b"),
            // "built on Shiokaze", "based on top of Envoy"
            Pattern.compile("\\b(?:built|based)\\s+(?:on\\s+top\\s+of|atop|on)\\s+(?:the\\s+)?" + NAME + END),
            // "Shiokaze v1.2", "Brisemer Forge 3.0", "the Shiokaze 1.0 release"
            Pattern.compile("(?<![\\p{IsLatin}\\d])(" + CAPITALISED + "(?:[ \\t]+\\p{Lu}[\\p{IsLatin}\\d]*)?)\\s+(?:v\\d+(?:\\.\\d+)*|\\d+\\.\\d+(?:\\.\\d+)?(?:\\s+release)?|\\d+\\s+release)"
                    + "(?![\\p{IsLatin}\\d%])(?!\\s*(?:million|billion|thousand|percent|per\\s|[GMKT]B|km|hours|days|years))"),
            // "the graduation of Shiokaze", "Shiokaze graduated", "accepted Shiokaze into the sandbox"
            Pattern.compile("\\b(?:graduation|incubation|donation|contribution)\\s+of\\s+" + NAME + END + "(?!\\s*(?:to|by)\\s+the\\s+\\p{Lu})"),
            Pattern.compile(LEADING_NAME + "\\s+(?:graduated|has graduated|joined the CNCF sandbox|entered (?:the\\s+)?"
                    + "(?:CNCF\\s+)?(?:sandbox|incubation|incubator))\\b"),
            Pattern.compile("\\b(?:sandbox|incubating|graduated)\\s+projects?\\s+" + NAME + END),
            // "an Open VSX maintainer", "the Quillfeather committers"
            Pattern.compile("\\b(?:a|an|the)\\s+(?:longtime\\s+|long-time\\s+|core\\s+)?" + NAME
                    + "\\s+(?:maintainers?|committers?|core reviewers?|PTL)\\b"),
            // "the Tidewater AI extension", "Halyard's Brine scanner": a name between a determiner and a kind of software
            Pattern.compile("(?:\\b(?:the|its|their|our)|['’]s)\\s+(?:new\\s+|open[ -]source\\s+)?" + NAME + "\\s+" + KIND
                    + "s?\\b" + NOT_A_COMPANY),
            BRANDED,
            // "Kelpmark is a fine project", "Quillfeather is the reference implementation"
            Pattern.compile(LEADING_NAME + "\\s+(?:is|was|remains)\\s+(?:a|an|the)\\s+" + MODIFIERS + KIND + NOT_A_COMPANY),
            // "Both are Fernkit contributors", "three Quillon maintainers": people counted as a project's maintainers
            Pattern.compile("\\b(?:are|were|both|two|three|four|five|six|several|many|other|fellow|longtime|long-time)\\s+" + NAME
                    + "\\s+(?:maintainers|committers|contributors)\\b"),
            // "open-sourced Pouch", "open-sourced its scheduling engine Tidewater", "donated Quillon to the CNCF": what a
            // maker sets free or hands to a foundation is software
            Pattern.compile("\\bopen[- ]?sourc(?:ed|es|ing)\\s+(?:(?:its|their|our)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?" + KIND + "\\s+)?"
                    + NAME + END + "(?![ \\t]*\\p{Lu}|['’])"),
            Pattern.compile("\\bdonat(?:ed|es|ing)\\s+" + NAME + "\\s+to\\b"),
            // "a reviewer for the io_uring subsystem", "maintainer of kube-vip": a name in lower case, which only a
            // repository's name is when it holds an underscore, a hyphen or a digit ("open-source", "cloud-native" are words)
            Pattern.compile("\\b(?:co-?)?(?:maintainers?|committers?|reviewers?|contributors?|creators?|approvers?)\\s+(?:of|to|on|for)\\s+"
                    + "(?:the\\s+)?(?!open-source|cloud-native|open-hardware)(" + LOWER_NAME + ")(?![\\p{L}\\d_-])(?!\\s+(?!(?:subsystem|project|"
                    + "repository|repo|driver|module|library|tree|and|or|since|in|at|for|with|as)\\b)\\p{Ll})"),
            // "dNOS, the operating system it runs on its routers", "eKuiper, a stream processing engine": a name with a small
            // letter first, described as software (its own pattern: tried at every small letter, only that shape is cheap)
            Pattern.compile("(?<![\\p{IsLatin}\\d-])(\\p{Ll}{1,4}\\p{Lu}[\\p{IsLatin}\\d]*),\\s+(?:a|an|the|its|their|our)\\s+" + MODIFIERS + KIND
                    + NOT_A_COMPANY));

    /** The words of the last patterns of {@link #ENGLISH}. */
    private static final List<String> LAST_CUES = List.of("aintainers", "ommitters", "ontributors");

    /**
     * For each pattern of {@link #ENGLISH}, in order, the words one of which a text must hold for the pattern to be
     * tried at all (none: always tried). Most texts hold none, and trying a pattern at every position costs.
     */
    private static final List<List<String>> ENGLISH_CUES = List.of(List.of(", a ", ", an ", ", the ", ", its ", ", their ", ", our "),
            List.of("called ", "named ", "dubbed ", "known as "),
            List.of("aintainer", "ommitter", "ontributor", "reator", "core developer", "core reviewer", "PTL "),
            List.of("'s ", "’s ", "' "), List.of("igrat"), List.of("igrat", "mov", "switch"), List.of("mov", "port"),
            List.of("switch"), List.of(" in production", " at scale", " for production"), List.of("built ", "based "), List.of(),
            List.of("tion of "), List.of("graduated", "sandbox", "incubat"), List.of("sandbox", "incubating", "graduated"),
            List.of("aintainer", "ommitter", "core reviewer", "PTL"), List.of("the ", "its ", "their ", "our ", "'s ", "’s "),
            List.of("Apache ", "Eclipse "), List.of(" is a", " is the", " was a", " was the", " remains "),
            LAST_CUES, List.of("open-sourc", "open sourc", "opensourc"), List.of("donat"),
            List.of("aintainer", "ommitter", "eviewer", "ontributor", "reator", "pprover"),
            List.of(", a ", ", an ", ", the ", ", its ", ", their ", ", our "));

    /**
     * "does not use MCUboot", "packaging NixOS for ARM laptops", "ships Web3j": a name shaped like no word, company or
     * person ("NixOS", "MCUboot", "Web3j") where software is used or shipped. Such names are rare: they are found first,
     * and the verb read before each.
     */
    private static final QuickFind ODD_NAME = new QuickFind(Pattern.compile("(?<![\\p{IsLatin}\\d-])" + ODD_SHAPE + END));
    private static final Pattern USE_VERB_BEFORE = Pattern.compile("\\b(?:use[sd]?|using|adopt(?:s|ed|ing)?|deploy(?:s|ed|ing)?|"
            + "packag(?:e|es|ed|ing)|ship(?:s|ped|ping)?|run(?:s|ning)?)\\s+(?:the\\s+)?$");

    /**
     * "the Quillon print server project", "founded the Larkspur build tool project": what the project is, between its
     * name and the word; read back from each "project" (tried at every "the", it cost time).
     */
    private static final Pattern THE_NAME_DESCRIBED = Pattern.compile("\\bthe\\s+" + NAME + "\\s+(?:(?!(?:of|for|at|in|on|from|with|"
            + "by|and|or|who|that|which|to|is|was)\\b)[a-z][a-z-]*\\s+){1,3}?$");
    private static final QuickFind PROJECT_WORD = new QuickFind(Pattern.compile("(?<=\\s)(?:project|subproject|sub-project)\\b"));

    private static final Pattern JOINED_SLOT = Pattern.compile("\\b(?:(?:built|based)\\s+(?:on\\s+top\\s+of|atop|on)|contribut(?:e|es|ed|ing)"
            + "(?:\\s+[\\p{Ll}-]+){0,3}?\\s+to(?:\\s+both)?)\\s+(?:the\\s+)?(?=" + WORD + ")");
    private static final Pattern COUNTED_CHANGES = Pattern.compile("\\b(?:pull requests|PRs|patches|commits|changes|merge requests)\\b");
    private static final Pattern COUNTED_TO = Pattern.compile("(?<![\\p{L}\\d.])\\d[\\d,]*\\s+to\\s+(?:the\\s+)?" + NAME + END);
    /** {@link #ENGLISH}, searched without trying each pattern at every position of the text (their matches are never empty). */
    private static final List<QuickFind> ENGLISH_QUICK = ENGLISH.stream().map(QuickFind::new).toList();

    /** "projects such as A, B and C": every item of the list. */
    private static final Pattern ENGLISH_LIST = Pattern.compile(
            "\\b(?:projects|tools|frameworks|runtimes|databases|operators|libraries|gateways|proxies)\\s*,?\\s+(?:such as|like|including|include|included)\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile(NAME + END);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+)");

    /** A Latin name in Chinese text, spaces around it or not. */
    private static final String ZH_NAME = "(" + WORD + "(?:[ ]\\p{Lu}[\\p{IsLatin}\\d]*){0,2})";
    /** A Latin name in Chinese text where only a project can stand: lower-case names too ("qlpkg"). */
    private static final String ZH_ANY_NAME = "(" + WORD + "|\\p{Ll}[\\p{Ll}\\d]{2,15}(?:[-.][\\p{Ll}\\d]+)*)";
    /**
     * "没有在生产环境中用Ray，", "使用了Kestrel管理集群": what is used, written in Latin script; "用 eBPF 做埋点", "用Rust写"
     * use a technique or a language, which is no project here.
     */
    private static final Pattern USED = Pattern.compile("(?:使用|采用|(?<![作应调信费利])用)了?\\s*(?:自家的|自研的|开源的)?\\s*" + ZH_NAME
            + "(?![\\p{IsLatin}\\d])(?=\\s*(?:[，。；、,;）)]|$|管理|部署|承载|支撑|运行|跑|替换|调度|编排))");
    /** A Latin name said to be something, of up to three words: "Analytics Zoo 是…平台". */
    private static final String ZH_DESCRIBED_NAME = "(" + WORD + "(?:[ ]\\p{Lu}[\\p{IsLatin}\\d]*){0,2}|\\p{Ll}[\\p{Ll}\\d]{2,15}(?:[-.][\\p{Ll}\\d]+)*)";
    /** Kinds of software a Chinese description ends on. */
    private static final String ZH_KIND = "(?:平台|框架|引擎|数据库|网关|中间件|操作系统|调度系统|存储系统|消息队列|工具集|工具链|开发工具|编译器|运行时)";
    /** What kind of engine or framework: "列存引擎", "批处理框架". */
    private static final String ENGINE_KIND = "列存|行存|存储|计算|查询|执行|推理|训练|调度|流处理|流计算|批处理|分布式|深度学习|机器学习|向量|搜索|规则|工作流";
    private static final List<Pattern> CHINESE = List.of(
            // "TiKV Maintainer", "Dubbo 社区", "Vitess 的维护者", "Karmada项目"
            Pattern.compile("(?<![\\p{IsLatin}\\d])" + ZH_NAME + "\\s*(?:子项目|开源项目|社区版|的维护者|维护者|的贡献者|贡献者|的核心开发者|"
                    + "的源码|的代码仓库|的插件|的兼容|的?\\s*(?:Maintainer|maintainer|Committer|committer|Reviewer|reviewer|PMC)"
                    + "(?![\\p{IsLatin}]))"),
            // "迁移到了 Kubernetes", "基于 Envoy 的", "用的是自家的 TiDB Operator", "换成了 Cilium"
            Pattern.compile("(?:迁移到|迁到|迁移至|迁往|切换到|切到|换成|替换为|替换成|基于|用的是|用上了|跑在)了?\\s*(?:自家的|自研的|开源的)?\\s*"
                    + ZH_NAME + "(?![\\p{IsLatin}\\d])"),
            // "从 Mesos 整体迁移到了…"
            Pattern.compile("从\\s*" + ZH_NAME + "\\s*(?:整体|全面|逐步|全部|陆续)?(?:迁移|迁到|切换|换到|换成)"),
            // "Fernkit本身是基金会托管的项目", "ytool是青岚OS的子项目": a name said to be a project; "Analytics Zoo 是英特尔开源的
            // 大数据分析与 AI 平台", "Oniro 是基金会旗下的操作系统项目": or a kind of software, which ends the description ("数据平台公司"
            // is a company); "rust-vmm是去年底由亚马逊、英特尔和红帽等公司的工程师一起发起的项目": the description may be long
            Pattern.compile("(?<![\\p{IsLatin}\\d])" + ZH_DESCRIBED_NAME + "\\s*(?:本身|也|则|原本|最初)?(?:是|为)[^，。；,;！？\\n]{0,40}?的"
                    + "(?:(?:子|开源|孵化|顶级|沙箱)?项目|[\\p{IsHan}A-Za-z ]{0,10}?" + ZH_KIND + "(?=\\s*(?:之一)?(?:[^\\p{IsHan}]|$)))"),
            // "子项目ytool", "开源项目Fernkit": a name after the word for a project (lower-case names too); "开源扩展pg_qstat",
            // "开源插件kube_sync": after the word for an open-source piece of software, a repository's name with an underscore
            Pattern.compile("(?:子项目|开源项目|孵化项目|沙箱项目|开源(?:扩展|插件|工具|组件|框架|引擎|数据库|中间件))\\s*"
                    + "(" + WORD + "|\\p{Ll}[\\p{Ll}\\d]{1,15}(?:[-._][\\p{Ll}\\d]+)+|\\p{Ll}[\\p{Ll}\\d]{2,15})(?![\\p{IsLatin}\\d_])"),
            // "主导了Fernkit的早期开发", "参与X的开发"
            Pattern.compile("(?:主导|参与|负责|牵头)了?\\s*" + ZH_NAME + "\\s*的[\\p{IsHan}]{0,4}?(?:开发|研发|维护)"),
            // "青岚OS 4.0", "星河DB v2.1": two Han characters and a Latin kind, released in versions
            // "磐石OS 24" too: a release numbered by its year
            Pattern.compile("((?<=[^\\p{IsHan}]|^|[的了在是和与将把])[\\p{IsHan}]{2}(?:OS|DB|Linux|Cloud|AI|IDE|SDK))\\s*v?\\d+(?:\\.\\d+)*(?![\\d年月日%])"),
            USED,
            // "运维平台“磐石云管”", "商业版“澜舟平台”", "开源项目“课伴”", "国产化中间件“瀚海网关”": a quoted name after a kind of
            // software (not an award's name, nor a programme's: "扶持项目“春笋计划”"; after "数据库" or "网关" a quoted word was as
            // often a nickname as a name, on unseen text)
            Pattern.compile("(?:平台|产品|工具|系统|软件|商业版|发行版|套件|框架|引擎|应用|开源项目|中间件)\\s*[“\"「『]"
                    + "([^”\"」』，。、；\\n]{2,12}?)(?<![奖星]|计划|行动|工程|大赛|活动)[”\"」』]"),
            // "OpenHarmony驱动子系统": a project's subsystem
            Pattern.compile("((?<![\\p{IsLatin}\\d])" + WORD + "[\\p{IsHan}]{0,4}子系统)"),
            // "阿里开源了Pouch", "云帆宣布开源自研的tidewater": what a maker sets free is software
            Pattern.compile("(?:开源了|开源的|开源出|正式开源|宣布开源|捐赠了|捐献了)\\s*(?:自家的|自研的|其)?\\s*" + ZH_ANY_NAME
                    + "(?![\\p{IsLatin}\\d])"),
            // "将Skyline贡献给OpenStack社区", "把Quillon捐赠给了基金会"
            Pattern.compile("[将把]\\s*" + ZH_ANY_NAME + "\\s*(?:项目)?\\s*(?:正式|全面)?(?:捐赠|捐献|贡献|开源|移交|托管)给"),
            // "containerd社区", "etcd项目", "pytorch框架": a word in small Latin letters before a kind of software is its name
            Pattern.compile("(?<![\\p{IsLatin}\\d./_-])(\\p{Ll}[\\p{Ll}\\d]{2,15})(?![\\p{IsLatin}\\d./_-])\\s*"
                    + "(?:开源)?(?:项目|子项目|社区|框架|仓库|代码仓|插件)"),
            // "PaddlePaddle框架", "Flink引擎": a Latin name before the kind of software ("X平台" is as often a company's);
            // "TiFlash列存引擎", "Volcano批处理框架": with what kind of engine or framework it is between
            Pattern.compile("(?<![\\p{IsLatin}\\d])" + ZH_NAME + "\\s*(?:" + ENGINE_KIND + ")?(?:框架|引擎|运行时)(?![\\p{IsHan}]{0,4}奖)"));
    /** For each pattern of {@link #CHINESE}, the words that must be in the text for it to be tried. */
    private static final List<List<String>> CHINESE_CUES = List.of(
            List.of("项目", "社区版", "维护者", "贡献者", "核心开发者", "源码", "代码仓库", "插件", "兼容", "aintainer", "ommitter",
                    "eviewer", "PMC"),
            List.of("迁", "切", "换成", "替换", "基于", "用的是", "用上了", "跑在"), List.of("从"),
            List.of("项目", "平台", "框架", "引擎", "数据库", "网关", "中间件", "操作系统", "系统", "消息队列", "工具", "编译器", "运行时"), List.of("项目", "开源"),
            List.of("开发", "研发", "维护"), List.of("OS", "DB", "Linux", "Cloud", "AI", "IDE", "SDK"), List.of("用"),
            List.of("“", "\"", "「", "『"), List.of("子系统"), List.of("开源", "捐"), List.of("给"),
            List.of("项目", "社区", "框架", "仓", "插件"), List.of("框架", "引擎", "运行时"));
    /** Each pattern of {@link #CHINESE}, searched only where a match can begin. */
    private static final List<QuickFind> CHINESE_QUICK = CHINESE.stream().map(QuickFind::new).toList();
    /** "Dubbo 社区": only a name that is no acronym ("CNCF 社区", "KCD 社区" are groups of people). */
    private static final Pattern ZH_COMMUNITY = Pattern.compile("(?<![\\p{IsLatin}\\d])" + ZH_NAME + "\\s*(?:开源)?社区(?![\\p{IsHan}]{0,6}奖)");

    private static final Set<String> NOT_FIRST_WORDS = Set.of("The", "A", "An", "This", "That", "These", "Those", "Our", "Their",
            "Its", "His", "Her", "My", "Your", "It", "We", "They", "He", "She", "I", "You", "In", "On", "At", "By", "For",
            "With", "From", "To", "And", "But", "Or", "When", "While", "After", "Before", "Since", "Today", "Now", "Then",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Q", "Section",
            "Chapter", "Figure", "Table", "Version", "Release", "Phase", "Stage", "Level", "Tier", "Step", "Day", "Track",
            "Room", "Hall", "Part", "Page", "Volume", "Issue", "Series", "Gen", "Web", "Mr", "Ms", "Mrs", "Dr", "Prof", "St",
            "Both", "All", "Each", "Every", "Some", "Many", "Most", "Other", "Another", "Which", "What", "Who", "How", "Why",
            "Where", "If", "As", "So", "Yes", "No", "Not", "Also", "Here", "There", "Inc", "Ltd", "Mount", "Lake", "University");
    private static final Set<String> NOT_NAMES = Set.of("CNCF", "CEO", "CTO", "COO", "CFO", "CIO", "VP", "PTL", "API", "APIs",
            "AI", "IT", "CI", "CD", "UI", "SRE", "DevOps", "GitHub", "GitLab", "Linux", "Open Source", "Cloud", "Cloud Native",
            "TOC", "TSC", "SIG", "KEP", "OS", "VM", "VMs", "GPU", "GPUs", "CPU", "HTTP",
            // kinds of embedded software and hardware: "the BSP maintainers" maintain a board support package, no project
            "BSP", "BSPs", "SDK", "SDKs", "BIOS", "RTOS", "SoC", "SoCs", "FPGA", "ABI", "IoT", "TLS", "YAML", "JSON", "SQL", "AWS",
            "PR", "PRs", "LTS", "GA", "RC", "Beta", "Alpha", "OK", "USD", "EUR", "RMB", "US", "UK", "EU", "China", "Java",
            "Go", "Python", "Rust", "Apache", "GPL", "MIT", "BSD", "License", "English", "Chinese", "Japanese",
            // "the Korean Kubernetes documentation", "the German localization": a language or a people, no project
            "Korean", "German", "French", "Spanish", "Portuguese", "Italian", "Russian", "Vietnamese", "Thai", "Indonesian", "Hindi",
            "Arabic", "Dutch", "Polish", "Czech", "Turkish", "Brazilian", "Indian", "European", "American", "Asian", "African", "Foundation", "Summit", "KubeCon", "CloudNativeCon");
    /**
     * "the QoS-aware scheduler", "the GPU-based runtime", "a Kubernetes-native gateway": a capitalised word made an adjective
     * by its suffix describes the software, it does not name it.
     */
    private static final Pattern DESCRIPTIVE = Pattern.compile("-(?:aware|based|native|powered|compatible|ready|enabled|capable|"
            + "centric|driven|friendly|first|only|grade|class|scale|style|like)$", Pattern.CASE_INSENSITIVE);
    /** Words Chinese text writes in small Latin letters that name a language, a site or a kind of thing, no project. */
    private static final Set<String> LOWER_WORDS = Set.of("python", "java", "golang", "rust", "javascript", "typescript", "php",
            "github", "gitee", "gitlab", "web", "app", "api", "apis", "sdk", "iot", "devops", "serverless", "saas", "paas", "iaas",
            "www", "http", "https", "com", "org", "html", "json", "yaml", "demo", "bug", "bugs", "issue", "issues", "star",
            "stars", "fork", "commit", "commits", "pull", "request", "review", "maintainer", "committer", "reviewer", "meetup",
            "blog", "wiki", "mail", "email", "slack", "wechat", "twitter", "linkedin", "youtube", "online", "offline", "open",
            "source", "cloud", "native", "edge", "data", "code", "team", "the", "and", "for", "with", "new", "top", "pro", "max");
    /** Where a name that ends like an organisation's is left to the organisation finders. */
    private static final Pattern ORGANIZATION_END = Pattern.compile("\\b(?:Inc|Ltd|LLC|GmbH|AG|Corp|Corporation|Company|Systems|Labs|"
            + "Technologies|Technology|Networks|Solutions|Software|Group|Holdings|Foundation|University|Institute|Bank|Telecom|"
            + "Partners|Ventures|Capital|Services|Consulting|Logistics|Insurance|Media|Energy|Motors|Analytics|Mutual|Retail|"
            + "Payments|Hosting|Airlines|Rail|Committee|Council|Association|Alliance|Consortium|Group|Summit|Conference)\\.?$");
    /** A capitalised word that names the kind is part of the name: "the Shiokaze Operator". */
    private static final Pattern KIND_SUFFIX = Pattern.compile("\\s+(Operator|Controller|Plugin|SDK|CLI|Exporter|Gateway|Driver|Agent|Dashboard)\\b");

    /** "SDN 子项目", "CNCF 社区": an acronym in Chinese text is as often a technology or a body as a project. */
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d]{1,5}");

    private final Predicate<String> isGivenName;
    private final OrganizationPatternFinder.KnownNames known;

    public ProjectSlotFinder(Predicate<String> isGivenName) {
        this(isGivenName, null);
    }

    /** @param knowledge when not null, "Apache Kafka" is left to the dictionary that knows "Kafka" */
    public ProjectSlotFinder(Predicate<String> isGivenName, ReferenceKnowledge knowledge) {
        this.isGivenName = isGivenName;
        this.known = knowledge == null ? null : new OrganizationPatternFinder.KnownNames(knowledge);
    }

    @Override
    public List<Mention> find(ArticleText article) {
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < ENGLISH.size(); i++) {
            if (!holdsCue(ENGLISH_CUES.get(i), text)) {
                continue;
            }
            QuickFind.Matches m = ENGLISH_QUICK.get(i).in(text);
            while (m.find()) {
                if (ENGLISH.get(i) == BRANDED && known != null && known.startsWithName(text, m.end(1) - m.group(1).replaceFirst("^\\S+\\s+", "").length())) {
                    continue;
                }
                add(text, m.start(1), m.end(1), out);
            }
        }
        QuickFind.Matches project = PROJECT_WORD.in(text);
        while (project.find()) {
            Matcher described = THE_NAME_DESCRIBED.matcher(text).region(Math.max(0, project.start() - 90), project.start())
                    .useTransparentBounds(true);
            if (described.find()) {
                add(text, described.start(1), described.end(1), out);
            }
        }
        QuickFind.Matches odd = ODD_NAME.in(text);
        while (odd.find()) {
            if (USE_VERB_BEFORE.matcher(text).region(Math.max(0, odd.start() - 24), odd.start()).useTransparentBounds(true).find()) {
                add(text, odd.start(), odd.end(), out);
            }
        }
        // "built on PyTorch and Ray", "contribute bug fixes to both PyTorch and Ray": the other items of the list
        Matcher joined = matcher(JOINED_SLOT, List.of("built ", "based ", "ontribut"), text);
        while (joined.find()) {
            listItems(text, joined.end(), out, true);
        }
        // "merged 212 pull requests upstream: 140 to Besu, 51 to Web3j": where counted changes went
        if (COUNTED_CHANGES.matcher(text).find()) {
            for (Sentence s : article.sentences()) {
                if (COUNTED_CHANGES.matcher(s.text()).find()) {
                    Matcher counted = COUNTED_TO.matcher(text).region(s.begin(), s.end());
                    while (counted.find()) {
                        add(text, counted.start(1), counted.end(1), out);
                    }
                }
            }
        }
        Matcher list = matcher(ENGLISH_LIST, List.of("such as", "like", "includ"), text);
        while (list.find()) {
            listItems(text, list.end(), out);
        }
        if (article.article().isChinese()) {
            for (int i = 0; i < CHINESE.size(); i++) {
                if (!holdsCue(CHINESE_CUES.get(i), text)) {
                    continue;
                }
                QuickFind.Matches m = CHINESE_QUICK.get(i).in(text);
                while (m.find()) {
                    // "Airflow是两个独立的项目" after "Apache Airflow": the short form is the longer name's, not a new project
                    if (!ACRONYM.matcher(m.group(1)).matches() && !LOWER_WORDS.contains(m.group(1))
                            && !(i >= 3 && isTailOfLongerName(text, m.group(1)))) {
                        // "在生产环境中用Ray，": what is used is no person, whatever given name it spells
                        add(text, m.start(1), m.end(1), out, CHINESE.get(i) == USED);
                    }
                }
            }
            Matcher community = matcher(ZH_COMMUNITY, List.of("社区"), text);
            while (community.find()) {
                if (!ACRONYM.matcher(community.group(1)).matches()) {
                    add(text, community.start(1), community.end(1), out);
                }
            }
        }
        return out;
    }

    private static boolean isTailOfLongerName(String text, String name) {
        return Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d]+ " + Pattern.quote(name) + "(?![\\p{IsLatin}\\d])").matcher(text).find();
    }

    /** The pattern's matcher over the text when the text holds one of the cues (or there are none), else over nothing. */
    private static Matcher matcher(Pattern pattern, List<String> cues, String text) {
        return holdsCue(cues, text) ? pattern.matcher(text) : pattern.matcher("");
    }

    private static boolean holdsCue(List<String> cues, String text) {
        return cues.isEmpty() || cues.stream().anyMatch(text::contains);
    }

    private void listItems(String text, int from, List<Mention> out) {
        listItems(text, from, out, false);
    }

    /**
     * @param otherItemsOnly only the items after the first, which the slot's own pattern reads; a single given name
     *                       there is software too ("PyTorch and Ray")
     */
    private void listItems(String text, int from, List<Mention> out, boolean otherItemsOnly) {
        int at = from;
        boolean first = true;
        while (at < text.length()) {
            Matcher item = LIST_ITEM.matcher(text).region(at, text.length());
            if (!item.lookingAt()) {
                return;
            }
            if (!otherItemsOnly) {
                add(text, item.start(1), item.end(1), out);
            } else if (!first) {
                addListed(text, item.start(1), item.end(1), out);
            }
            first = false;
            Matcher sep = LIST_SEPARATOR.matcher(text).region(item.end(), text.length());
            if (!sep.lookingAt()) {
                return;
            }
            at = sep.end();
        }
    }

    /** A later list item in a software slot: one capitalised word may be a given name ("Ray"), and it outranks that reading. */
    private void addListed(String text, int begin, int end, List<Mention> out) {
        String name = text.substring(begin, end);
        if (!name.contains(" ") && isGivenName.test(name) && !NOT_NAMES.contains(name) && !NOT_FIRST_WORDS.contains(name)) {
            out.add(new Mention(begin, end, name, NewEntities.of(EntityKind.PROJECT, name), METHOD, 0.6));
        } else {
            add(text, begin, end, out);
        }
    }

    private void add(String text, int begin, int end, List<Mention> out) {
        add(text, begin, end, out, false);
    }

    /** @param used the name is what something uses: a given name alone ("Ray") is then the project's, and wins over a person */
    private void add(String text, int begin, int end, List<Mention> out, boolean used) {
        // "the Shiokaze Operator": a kind word written as part of the name belongs to it
        Matcher suffix = KIND_SUFFIX.matcher(text).region(end, Math.min(text.length(), end + 16));
        if (suffix.lookingAt() && !text.substring(begin, end).contains(" ")) {
            end = suffix.end(1);
        }
        String name = text.substring(begin, end);
        String[] words = name.split("\\s+");
        if (words.length > 1 && NOT_FIRST_WORDS.contains(words[0])) {
            // "With Forge 3.0": a capitalised opener is no part of the name
            begin = text.indexOf(words[1], begin + words[0].length());
            name = text.substring(begin, end);
            words = name.split("\\s+");
        }
        if (name.length() < 2 || NOT_FIRST_WORDS.contains(words[0]) || NOT_NAMES.contains(name)
                || ORGANIZATION_END.matcher(name).find() || isGivenName.test(words[0]) && !(used && words.length == 1)
                || name.matches("[\\p{Lu}]") || name.matches("[\\d.]+") || DESCRIPTIVE.matcher(name).find()) {
            return;
        }
        out.add(new Mention(begin, end, name, NewEntities.of(EntityKind.PROJECT, name), METHOD, used ? 0.6 : CONFIDENCE));
    }
}
