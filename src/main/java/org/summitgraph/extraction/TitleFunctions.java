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
            Map.entry("公关", "Public Relations"), Map.entry("人工智能", "AI"), Map.entry("业务", "Business"));

    /** Whether a word is one of the functions a Chinese title can name ("开发者关系", "运维"), which is no organisation. */
    static boolean isChineseFunction(String word) {
        return CHINESE.containsKey(word);
    }

    /** Longest first, so "云平台" wins over "平台". */
    private static final List<String> CHINESE_LONGEST_FIRST = CHINESE.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * What a department head heads: a unit of the organisation. "开源负责人", "技术负责人" and "项目负责人" name a lead of
     * work, not of a unit, and keep the plain title.
     */
    private static final java.util.Set<String> UNITS = java.util.Set.of("云平台", "平台", "基础架构", "基础设施", "云基础设施",
            "运维", "数据平台", "容器平台", "云原生平台", "开源办公室", "开源项目办公室", "市场", "营销", "品牌", "研发");

    /** English functions after "VP of" or "director of"; what follows "of" otherwise is an organisation. */
    private static final String FUNCTION = "(?:open source(?: programs?| engineering| strategy)?|developer relations|"
            + "(?:cloud |platform |software |infrastructure )?engineering|marketing|community|communities|product|products|"
            + "ecosystem|(?:cloud |it )?infrastructure|cloud platforms?|software|operations|research|technology|strategy|"
            + "sales|communications|business development|partnerships|security|developer experience|cloud)";
    private static final Pattern ENGLISH = Pattern.compile("(?<![A-Za-z-])(?<!(?i:executive|senior|managing|corporate|assistant|associate) )"
            + "(?<rank>(?i:vice president|director|general manager)|VP) of (?<function>(?i:" + FUNCTION + "(?:,? and " + FUNCTION + ")?))(?![A-Za-z-])");

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
            String rank = m.group("rank").equalsIgnoreCase("director") ? "Director"
                    : m.group("rank").equalsIgnoreCase("general manager") ? "General Manager" : "VP";
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
        boolean unit = rank.equals("负责人");
        String pattern = switch (rank) {
            case "总监" -> "%s Director";
            case "副总裁" -> "VP of %s";
            case "经理" -> "%s Manager";
            case "负责人" -> "Head of %s";
            default -> null;
        };
        if (pattern == null) {
            return null;
        }
        int end = rankBegin;
        if (unit && end > floor && text.charAt(end - 1) == '部') {
            end--; // "云原生平台部负责人": the department of a function
        }
        String last = functionEndingAt(text, floor, end, unit);
        if (last == null) {
            return null;
        }
        int begin = end - last.length();
        String english = CHINESE.get(last);
        if (begin - 1 > floor && (text.charAt(begin - 1) == '与' || text.charAt(begin - 1) == '和')) {
            String first = functionEndingAt(text, floor, begin - 1, unit);
            if (first != null) {
                begin = begin - 1 - first.length();
                english = CHINESE.get(first) + " and " + english; // "市场与社区副总裁"
            }
        }
        return new Composed(begin, rankEnd, String.format(pattern, english));
    }

    private static String functionEndingAt(String text, int floor, int end, boolean unit) {
        for (String f : CHINESE_LONGEST_FIRST) {
            int begin = end - f.length();
            if (begin >= floor && text.startsWith(f, begin) && (!unit || UNITS.contains(f))) {
                return f;
            }
        }
        return null;
    }
}
