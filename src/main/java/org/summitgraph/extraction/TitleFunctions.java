package org.summitgraph.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of work a title names beside its rank: "技术总监" is a Technical Director, "工程副总裁" and "VP of
 * engineering" a VP of Engineering, "云平台负责人" the Head of Cloud Platform. Readers and the gold keep the
 * function, so a title cut down to its head ("Director", "VP", "Lead") loses what the sentence says.
 */
final class TitleFunctions {

    /** A title made of a rank and a function, over the span that writes both. */
    record Composed(int begin, int end, String name) {
    }

    /**
     * Chinese functions as they stand before a rank, with the English a title keeps. Not the words that close
     * many organisations' names ("云", "数据", "软件", "网络", "安全", "存储"): "云岫数据副总裁" is a VP of 云岫数据; and no
     * function before "架构师", where "云平台架构师" is mostly an architect of a cloud platform.
     */
    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("技术", "Technical"), Map.entry("产品", "Product"), Map.entry("市场", "Marketing"),
            Map.entry("营销", "Marketing"), Map.entry("销售", "Sales"), Map.entry("运营", "Operations"),
            Map.entry("研发", "R&D"), Map.entry("工程", "Engineering"), Map.entry("社区", "Community"),
            Map.entry("生态", "Ecosystem"), Map.entry("云平台", "Cloud Platform"), Map.entry("平台", "Platform"),
            Map.entry("基础架构", "Infrastructure"), Map.entry("基础设施", "Infrastructure"),
            Map.entry("云基础设施", "Cloud Infrastructure"), Map.entry("运维", "Operations"),
            Map.entry("数据平台", "Data Platform"), Map.entry("品牌", "Brand"),
            Map.entry("战略", "Strategy"), Map.entry("商务", "Business Development"), Map.entry("文档", "Documentation"),
            Map.entry("测试", "QA"), Map.entry("质量", "Quality"), Map.entry("容器平台", "Container Platform"),
            Map.entry("云原生平台", "Cloud Native Platform"), Map.entry("开发者关系", "Developer Relations"),
            Map.entry("开源办公室", "OSPO"), Map.entry("开源项目办公室", "OSPO"), Map.entry("开源", "Open Source"),
            Map.entry("公关", "Public Relations"), Map.entry("人工智能", "AI"), Map.entry("业务", "Business"),
            // "DevOps负责人", "SRE工程师", "售前工程师": lines of work Chinese writers name in Latin letters or as a trade's
            // word, which OrganizationPatternFinder would otherwise take for the organisation before the title
            Map.entry("DevOps", "DevOps"), Map.entry("SRE", "SRE"), Map.entry("售前", "Pre-sales"), Map.entry("售后", "After-sales"));

    /** Whether a word is one of the functions a Chinese title can name ("开发者关系", "运维"), which is no organisation. */
    static boolean isChineseFunction(String word) {
        return CHINESE.containsKey(word);
    }

    /**
     * Practices and trades written before a title, beyond the functions a title is composed with: "OSPO负责人",
     * "QA工程师", "交付经理", "MLOps工程师".
     */
    private static final Pattern PRACTICE = Pattern.compile("(?i)(?:Dev|Sec|DevSec|Fin|ML|AI|Git|Data|Biz|Net|Cloud|App|No)?Ops"
            + "|SRE|OSPO|QA|IT|HR|PR|BD|DBA|BI|UX|UI|UED|IoT|AI|ML|DevRel|SaaS|PaaS|IaaS|Infra|SDK|API|售前|售后|交付|实施|驻场");

    /** Whether a word before a title names the line of work the person is in (a function or a practice), no organisation. */
    static boolean isLineOfWork(String word) {
        return isChineseFunction(word) || PRACTICE.matcher(word).matches();
    }

    /** Longest first, so "云平台" wins over "平台". */
    private static final List<String> CHINESE_LONGEST_FIRST = CHINESE.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * What a department head heads: a unit of the organisation. "开源负责人", "技术负责人" and "项目负责人" name a lead of
     * work, not of a unit, and keep the plain title.
     */
    private static final java.util.Set<String> UNITS = java.util.Set.of("云平台", "平台", "基础架构", "基础设施", "云基础设施",
            "运维", "数据平台", "容器平台", "云原生平台", "开源办公室", "开源项目办公室", "市场", "营销", "品牌", "研发", "DevOps", "SRE");

    /** One word or fixed pair of a line of work after "VP of" or "director of"; what follows "of" otherwise is an organisation. */
    private static final String FUNCTION_WORD = "(?:open source|developer relations|developer experience|business development|"
            + "customer success|engineering|marketing|community|communities|products?|ecosystems?|infrastructure|platforms?|"
            + "software|operations|research|technology|technologies|strategy|sales|communications|partnerships|security|cloud|"
            + "(?-i:IT)|networks?|networking|orchestration|services|solutions|alliances|programs?|data|storage|management|computing|innovation|"
            // "VP of community and ecosystem development", "director of product development": the work done, after what it is done on
            + "development)";
    /** "cloud technology", "cloud product management", "open source programs": a few function words in a row. */
    private static final String FUNCTION = FUNCTION_WORD + "(?: " + FUNCTION_WORD + "){0,3}";
    /**
     * "dependable embedded systems", "member experience": a line of work the list above does not know, written in
     * lower case as functions are (an organisation after "of" is capitalised), up to the word that ends the title ("at
     * Intel", "for the Linux Foundation", "who …"); "of the board", "of a startup" name no function.
     */
    private static final String FREE_FUNCTION = "(?!(?:the|a|an|its|their|his|her|our|this|that|some|one|two|three|several)\\b)"
            + "[a-z][a-z-]+(?: (?!(?:at|for|in|with|from|who|which|whose|since|said|says|to|on|is|was|has|had|and|or|of|"
            + "the|a|an|when|where|until|before|after|by|as)\\b)[a-z][a-z-]+){0,3}";
    /**
     * "assistant vice president", "SVP": the grade of a vice president, kept as the short form the trade writes
     * ("AVP of Cloud Technology"); other grades ("managing director", "corporate vice president") take no function here.
     */
    private static final Map<String, String> VP_GRADES = Map.of("assistant", "AVP", "senior", "SVP", "executive", "EVP");
    private static final Pattern ENGLISH = Pattern.compile("(?<![A-Za-z-])(?<!(?i:managing|corporate|associate) )"
            + "(?:(?<grade>(?i:assistant|senior|executive)) (?=(?i:vice president)))?"
            + "(?<rank>(?i:vice president|director|general manager)|VP|SVP|EVP|AVP) of (?<function>(?i:" + FUNCTION + "(?:,? and " + FUNCTION + ")?)"
            + "|" + FREE_FUNCTION + ")(?![A-Za-z-])");

    private TitleFunctions() {
    }

    /**
     * "VP of engineering", "Director of Open Source", "general manager of infrastructure": the rank with its function,
     * or none in the region.
     */
    static List<Composed> english(String text, int begin, int end) {
        List<Composed> out = new java.util.ArrayList<>();
        if (text.substring(begin, end).indexOf(" of ") < 0) {
            return out; // most regions hold no "… of …" at all: skip the pattern, which is tried at every position
        }
        Matcher m = ENGLISH.matcher(text).region(begin, end);
        while (m.find()) {
            if (m.group("grade") == null && m.start() >= 7 && text.substring(Math.max(0, m.start() - 10), m.start())
                    .matches("(?s).*(?i:executive|senior|assistant) $")) {
                continue; // "senior director of engineering": a grade this rule does not name, read as written elsewhere
            }
            String rank = m.group("rank").equalsIgnoreCase("director") ? "Director"
                    : m.group("rank").equalsIgnoreCase("general manager") ? "General Manager"
                    : m.group("grade") != null ? VP_GRADES.get(m.group("grade").toLowerCase(Locale.ROOT))
                    : m.group("rank").length() == 3 ? m.group("rank") : "VP";
            String function = m.group("function");
            if (!function.equals(function.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(function.charAt(0))) {
                continue; // "director of ENGINEERING"? a function is written in lower case or opens with a capital
            }
            out.add(new Composed(m.start(), m.end(), rank + " of " + englishFunction(function)));
        }
        return out;
    }

    private static String englishFunction(String written) {
        return java.util.Arrays.stream(written.replace(",", "").split("\\s+"))
                .map(w -> w.equalsIgnoreCase("and") ? "and" : w.equalsIgnoreCase("it") ? "IT"
                        : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * The function written right before a Chinese rank at {@code rankBegin} ("技术" before "总监", "市场与社区" before
     * "副总裁"), looked for no further back than {@code floor}, composed with the rank; null when there is none or the
     * rank takes no function.
     */
    static Composed chinese(String text, int floor, int rankBegin, int rankEnd, String rank) {
        String pattern = switch (rank) {
            case "总监" -> "%s Director";
            case "副总裁", "VP" -> "VP of %s"; // "研发VP": Chinese writers use the Latin rank after the function too
            case "高级副总裁" -> "SVP of %s";
            case "执行副总裁" -> "EVP of %s";
            case "经理" -> "%s Manager";
            case "负责人", "部长" -> "Head of %s";
            case "总经理" -> "General Manager of %s";
            default -> null;
        };
        if (pattern == null) {
            return null;
        }
        // "信息科技部总经理", "存储团队负责人", "网络与编排业务总经理": the rank of a department, named by its function
        for (String unit : DEPARTMENTS) {
            int end = rankBegin - unit.length();
            if (end > floor && text.startsWith(unit, end)) {
                Composed composed = composed(text, floor, end, rankEnd, pattern, true);
                if (composed != null) {
                    return composed;
                }
            }
        }
        // "云原生平台负责人", but not "项目负责人": a bare head heads a unit, not a line of work
        return rank.equals("总经理") ? null : composed(text, floor, rankBegin, rankEnd, pattern, false);
    }

    /**
     * What closes the name of a department before its head's rank. "业务" (a line of business) too, where a function
     * stands before it ("网络与编排业务"); alone, "业务总经理" is a General Manager of Business, read without it.
     */
    private static final List<String> DEPARTMENTS = List.of("事业部", "部", "团队", "中心", "业务");

    /**
     * Functions that also close many organisations' names ("云岫数据", "某某网络"), read as functions only where a
     * department's name follows them ("存储团队", "信息科技部").
     */
    private static final Map<String, String> DEPARTMENT_ONLY = Map.of("存储", "Storage", "网络", "Networking", "安全", "Security",
            "数据", "Data", "信息科技", "IT", "信息技术", "IT", "编排", "Orchestration", "生态发展", "Ecosystem Development",
            "云计算", "Cloud Computing");
    private static final List<String> DEPARTMENT_LONGEST_FIRST = java.util.stream.Stream.concat(CHINESE.keySet().stream(),
            DEPARTMENT_ONLY.keySet().stream()).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static Composed composed(String text, int floor, int end, int rankEnd, String pattern, boolean department) {
        // a head heads a unit ("云原生平台部负责人", "存储团队负责人"), not a line of work ("技术负责人" stays a Lead)
        boolean unitOnly = pattern.startsWith("Head of");
        String last = functionEndingAt(text, floor, end, unitOnly, department);
        if (last == null) {
            return null;
        }
        int begin = end - last.length();
        String english = english(last);
        if (begin - 1 > floor && (text.charAt(begin - 1) == '与' || text.charAt(begin - 1) == '和')) {
            String first = functionEndingAt(text, floor, begin - 1, unitOnly, department);
            if (first != null) {
                begin = begin - 1 - first.length();
                english = english(first) + " and " + english; // "市场与社区副总裁"
            }
        }
        return new Composed(begin, rankEnd, String.format(pattern, english));
    }

    /** Whether {@code written} opens one of the functions a department is named by ("信息" opens "信息科技"). */
    static boolean opensFunction(String written) {
        return !written.isEmpty() && DEPARTMENT_LONGEST_FIRST.stream().anyMatch(f -> f.startsWith(written));
    }

    private static String english(String function) {
        return CHINESE.containsKey(function) ? CHINESE.get(function) : DEPARTMENT_ONLY.get(function);
    }

    private static String functionEndingAt(String text, int floor, int end, boolean unit, boolean department) {
        for (String f : department ? DEPARTMENT_LONGEST_FIRST : CHINESE_LONGEST_FIRST) {
            int begin = end - f.length();
            if (begin >= floor && text.startsWith(f, begin) && (!unit || UNITS.contains(f) || DEPARTMENT_ONLY.containsKey(f))) {
                return f;
            }
        }
        return null;
    }
}
