package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Job titles and community roles as articles write them, each with the title the graph records. */
final class Titles {

    /** What a title means for the graph. */
    enum Kind {
        /** held as an employee: implies worksFor */
        EMPLOYMENT,
        /** a board or governance seat */
        BOARD,
        /** a role in a project's community */
        COMMUNITY,
        /** implies foundedBy */
        FOUNDER,
        /** heads the organisation without a title the graph records ("老大"): implies leads and worksFor */
        LEADER
    }

    record Title(String name, Kind kind) {
    }

    record Found(int begin, int end, Title title) {
    }

    private static final Map<String, Title> WRITTEN = Map.ofEntries(
            Map.entry("CEO", new Title("CEO", Kind.EMPLOYMENT)),
            Map.entry("首席执行官", new Title("CEO", Kind.EMPLOYMENT)),
            Map.entry("Chief Executive Officer", new Title("CEO", Kind.EMPLOYMENT)),
            Map.entry("COO", new Title("COO", Kind.EMPLOYMENT)),
            Map.entry("首席运营官", new Title("COO", Kind.EMPLOYMENT)),
            Map.entry("Chief Operating Officer", new Title("COO", Kind.EMPLOYMENT)),
            Map.entry("CTO", new Title("CTO", Kind.EMPLOYMENT)),
            Map.entry("首席技术官", new Title("CTO", Kind.EMPLOYMENT)),
            Map.entry("Chief Technology Officer", new Title("CTO", Kind.EMPLOYMENT)),
            Map.entry("CFO", new Title("CFO", Kind.EMPLOYMENT)),
            Map.entry("CIO", new Title("CIO", Kind.EMPLOYMENT)),
            Map.entry("CMO", new Title("CMO", Kind.EMPLOYMENT)),
            Map.entry("Executive Director", new Title("Executive Director", Kind.EMPLOYMENT)),
            Map.entry("执行董事", new Title("Executive Director", Kind.EMPLOYMENT)),
            // "华为常务董事": a managing director of a Chinese company sits on its board as one of its executives
            Map.entry("常务董事", new Title("Executive Director", Kind.EMPLOYMENT)),
            Map.entry("Vice President", new Title("VP", Kind.EMPLOYMENT)),
            Map.entry("VP", new Title("VP", Kind.EMPLOYMENT)),
            Map.entry("副总裁", new Title("VP", Kind.EMPLOYMENT)),
            // "产品高级副总裁": the grade of a vice president, as the trade writes it in English ("SVP of Product")
            Map.entry("高级副总裁", new Title("SVP", Kind.EMPLOYMENT)),
            Map.entry("执行副总裁", new Title("EVP", Kind.EMPLOYMENT)),
            Map.entry("President", new Title("President", Kind.EMPLOYMENT)),
            Map.entry("总裁", new Title("President", Kind.EMPLOYMENT)),
            Map.entry("General Manager", new Title("General Manager", Kind.EMPLOYMENT)),
            Map.entry("总经理", new Title("General Manager", Kind.EMPLOYMENT)),
            Map.entry("总监", new Title("Director", Kind.EMPLOYMENT)),
            Map.entry("架构师", new Title("Architect", Kind.EMPLOYMENT)),
            Map.entry("首席架构师", new Title("Chief Architect", Kind.EMPLOYMENT)),
            Map.entry("首席软件架构师", new Title("Chief Software Architect", Kind.EMPLOYMENT)),
            Map.entry("首席开源官", new Title("Chief Open Source Officer", Kind.EMPLOYMENT)),
            Map.entry("Chief Architect", new Title("Chief Architect", Kind.EMPLOYMENT)),
            Map.entry("工程师", new Title("Engineer", Kind.EMPLOYMENT)),
            Map.entry("资深架构师", new Title("Senior Architect", Kind.EMPLOYMENT)),
            Map.entry("高级架构师", new Title("Senior Architect", Kind.EMPLOYMENT)),
            Map.entry("解决方案架构师", new Title("Solution Architect", Kind.EMPLOYMENT)),
            Map.entry("董事长", new Title("Chairman", Kind.BOARD)),
            // "华为轮值董事长": a chairman in rotation is one of the company's own executives, not an outside board seat
            Map.entry("轮值董事长", new Title("Rotating Chairman", Kind.EMPLOYMENT)),
            Map.entry("Chairman", new Title("Chairman", Kind.BOARD)),
            Map.entry("Board Chair", new Title("Chairman", Kind.BOARD)),
            Map.entry("董事", new Title("Board Director", Kind.BOARD)),
            Map.entry("Board Director", new Title("Board Director", Kind.BOARD)),
            Map.entry("board director", new Title("Board Director", Kind.BOARD)),
            Map.entry("board member", new Title("Board Director", Kind.BOARD)),
            Map.entry("Board Member", new Title("Board Director", Kind.BOARD)),
            Map.entry("创始人", new Title("Founder", Kind.FOUNDER)),
            Map.entry("发起人", new Title("Founder", Kind.FOUNDER)),
            Map.entry("创建者", new Title("Founder", Kind.FOUNDER)),
            Map.entry("联合创始人", new Title("Co-founder", Kind.FOUNDER)),
            Map.entry("founder", new Title("Founder", Kind.FOUNDER)),
            Map.entry("Founder", new Title("Founder", Kind.FOUNDER)),
            Map.entry("co-founder", new Title("Co-founder", Kind.FOUNDER)),
            Map.entry("Co-founder", new Title("Co-founder", Kind.FOUNDER)),
            Map.entry("PTL", new Title("PTL", Kind.COMMUNITY)),
            Map.entry("Project Team Lead", new Title("PTL", Kind.COMMUNITY)),
            Map.entry("project team lead", new Title("PTL", Kind.COMMUNITY)),
            Map.entry("Core", new Title("Core", Kind.COMMUNITY)),
            Map.entry("core reviewer", new Title("Core", Kind.COMMUNITY)),
            Map.entry("core developer", new Title("Core", Kind.COMMUNITY)),
            Map.entry("核心开发者", new Title("Core", Kind.COMMUNITY)),
            Map.entry("核心成员", new Title("Core", Kind.COMMUNITY)),
            Map.entry("负责人", new Title("Lead", Kind.COMMUNITY)),
            // "SIG Node的联合负责人": one of the leads a SIG or working group shares, as "co-lead" in English
            Map.entry("联合负责人", new Title("Co-lead", Kind.COMMUNITY)),
            Map.entry("老大", new Title("Leader", Kind.LEADER)),
            Map.entry("维护者", new Title("Maintainer", Kind.COMMUNITY)),
            Map.entry("技术监督委员会成员", new Title("TOC Member", Kind.COMMUNITY)),
            Map.entry("主席", new Title("Chair", Kind.BOARD)),
            // a board's chair is its Chairman, as the foundations write it; a committee's is its Chair
            Map.entry("董事会主席", new Title("Chairman", Kind.BOARD)),
            Map.entry("技术总监", new Title("Technical Director", Kind.EMPLOYMENT)),
            Map.entry("执行总监", new Title("Executive Director", Kind.EMPLOYMENT)),
            // a title only after its function ("技术经理"): see TitleFunctions
            Map.entry("经理", new Title("Manager", Kind.EMPLOYMENT)),
            Map.entry("高级工程师", new Title("Senior Engineer", Kind.EMPLOYMENT)),
            Map.entry("资深工程师", new Title("Senior Engineer", Kind.EMPLOYMENT)),
            Map.entry("产品经理", new Title("Product Manager", Kind.EMPLOYMENT)),
            Map.entry("布道师", new Title("Evangelist", Kind.EMPLOYMENT)),
            Map.entry("开源负责人", new Title("Lead", Kind.EMPLOYMENT)),
            Map.entry("掌门人", new Title("Leader", Kind.LEADER)),
            Map.entry("带头人", new Title("Leader", Kind.LEADER)),
            Map.entry("TC member", new Title("Technical Committee Member", Kind.COMMUNITY)),
            Map.entry("技术委员会成员", new Title("Technical Committee Member", Kind.COMMUNITY)),
            Map.entry("PMC成员", new Title("PMC Member", Kind.COMMUNITY)),
            // a space between the Latin and the Han word, as many writers put one: "PMC 成员", "PPMC 成员"
            Map.entry("PMC 成员", new Title("PMC Member", Kind.COMMUNITY)),
            Map.entry("PMC 主席", new Title("PMC Chair", Kind.COMMUNITY)),
            // an incubating project's PPMC is not its PMC: "PMC成员" must not be read inside "PPMC成员"
            Map.entry("PPMC成员", new Title("PPMC Member", Kind.COMMUNITY)),
            Map.entry("PPMC 成员", new Title("PPMC Member", Kind.COMMUNITY)),
            Map.entry("PMC主席", new Title("PMC Chair", Kind.COMMUNITY)),
            Map.entry("TSC成员", new Title("TSC Member", Kind.COMMUNITY)),
            Map.entry("TSC主席", new Title("TSC Chair", Kind.COMMUNITY)),
            Map.entry("Committer", new Title("Committer", Kind.COMMUNITY)),
            Map.entry("核心评审", new Title("Core", Kind.COMMUNITY)),
            Map.entry("核心评审员", new Title("Core", Kind.COMMUNITY)),
            Map.entry("导师", new Title("Mentor", Kind.COMMUNITY)),
            Map.entry("社区经理", new Title("Community Manager", Kind.EMPLOYMENT)),
            Map.entry("云原生大使", new Title("Cloud Native Ambassador", Kind.COMMUNITY)),
            // "CNCF大使、DaoCloud的张晋涛": a foundation's ambassador, a community role
            Map.entry("大使", new Title("Ambassador", Kind.COMMUNITY)),
            // "Ruby China的老管理员陈思远": who runs a community's forum or site
            Map.entry("管理员", new Title("Administrator", Kind.COMMUNITY)),
            Map.entry("TOC成员", new Title("TOC Member", Kind.COMMUNITY)),
            Map.entry("TSC委员", new Title("TSC Member", Kind.COMMUNITY)),
            Map.entry("TOC委员", new Title("TOC Member", Kind.COMMUNITY)),
            Map.entry("理事长", new Title("Chair", Kind.BOARD)),
            Map.entry("理事", new Title("Board Member", Kind.BOARD)),
            Map.entry("组长", new Title("Leader", Kind.COMMUNITY)),
            Map.entry("首席工程师", new Title("Chief Engineer", Kind.EMPLOYMENT)),
            // "阿里云中间件高级技术专家": the senior expert grades of Chinese technology companies' engineering ladders; a
            // bare "技术专家" is as often a description ("邀请了几位技术专家") as a grade, and is left alone
            Map.entry("高级技术专家", new Title("Senior Technical Expert", Kind.EMPLOYMENT)),
            Map.entry("资深技术专家", new Title("Senior Technical Expert", Kind.EMPLOYMENT)),
            Map.entry("DBA", new Title("DBA", Kind.EMPLOYMENT)),
            // the hyphenated form is how the UN and Chinese foundations write the post in English
            Map.entry("秘书长", new Title("Secretary-General", Kind.EMPLOYMENT)),
            Map.entry("委员", new Title("Member", Kind.COMMUNITY)),
            Map.entry("主任", new Title("Director", Kind.COMMUNITY)),
            Map.entry("院长", new Title("Dean", Kind.EMPLOYMENT)),
            Map.entry("教授", new Title("Professor", Kind.EMPLOYMENT)),
            Map.entry("副教授", new Title("Associate Professor", Kind.EMPLOYMENT)),
            Map.entry("合伙人", new Title("Partner", Kind.EMPLOYMENT)),
            Map.entry("发布经理", new Title("Release Manager", Kind.COMMUNITY)),
            Map.entry("董事会成员", new Title("Board Director", Kind.BOARD)),
            Map.entry("理事会成员", new Title("Board Member", Kind.BOARD)),
            Map.entry("委员会成员", new Title("Member", Kind.COMMUNITY)),
            // "生态发展部部长": the head of a department, named with its function where TitleFunctions reads one
            Map.entry("部长", new Title("Head", Kind.EMPLOYMENT)),
            // "开源俱乐部的社长": the president of a club or society, who leads it (see RoleFinder)
            Map.entry("社长", new Title("President", Kind.COMMUNITY)),
            Map.entry("讲师", new Title("Lecturer", Kind.EMPLOYMENT)),
            Map.entry("研究员", new Title("Researcher", Kind.EMPLOYMENT)),
            Map.entry("博士后", new Title("Postdoc", Kind.EMPLOYMENT)),
            Map.entry("分析师", new Title("Analyst", Kind.EMPLOYMENT)),
            Map.entry("首席分析师", new Title("Principal Analyst", Kind.EMPLOYMENT)),
            Map.entry("首席财务官", new Title("CFO", Kind.EMPLOYMENT)),
            Map.entry("首席信息官", new Title("CIO", Kind.EMPLOYMENT)),
            Map.entry("首席营销官", new Title("CMO", Kind.EMPLOYMENT)),
            Map.entry("首席科学家", new Title("Chief Scientist", Kind.EMPLOYMENT)),
            // a deputy holds a post of their own: "副主席" is no chair, "副总经理" no general manager
            Map.entry("副主席", new Title("Vice Chair", Kind.BOARD)),
            Map.entry("副理事长", new Title("Vice Chair", Kind.BOARD)),
            Map.entry("副总经理", new Title("Deputy General Manager", Kind.EMPLOYMENT)),
            Map.entry("评审者", new Title("Reviewer", Kind.COMMUNITY)),
            Map.entry("项目管理委员会成员", new Title("PMC Member", Kind.COMMUNITY)),
            Map.entry("项目管理委员会委员", new Title("PMC Member", Kind.COMMUNITY)),
            // "LWN.net执行主编Jonathan Corbet": the editors who run a publication are on its staff
            Map.entry("执行主编", new Title("Executive Editor", Kind.EMPLOYMENT)),
            Map.entry("主编", new Title("Editor-in-Chief", Kind.EMPLOYMENT)),
            Map.entry("总编辑", new Title("Editor-in-Chief", Kind.EMPLOYMENT)),
            Map.entry("总编", new Title("Editor-in-Chief", Kind.EMPLOYMENT)));

    /** Written in running English text in any case ("executive director", "Core Reviewer"). */
    private static final Map<String, Title> ENGLISH = Map.ofEntries(
            Map.entry("chief executive officer", new Title("CEO", Kind.EMPLOYMENT)),
            Map.entry("chief executive", new Title("CEO", Kind.EMPLOYMENT)),
            Map.entry("chief operating officer", new Title("COO", Kind.EMPLOYMENT)),
            Map.entry("chief technology officer", new Title("CTO", Kind.EMPLOYMENT)),
            Map.entry("chief financial officer", new Title("CFO", Kind.EMPLOYMENT)),
            Map.entry("executive director", new Title("Executive Director", Kind.EMPLOYMENT)),
            Map.entry("vice president", new Title("VP", Kind.EMPLOYMENT)),
            Map.entry("president", new Title("President", Kind.EMPLOYMENT)),
            Map.entry("general manager", new Title("General Manager", Kind.EMPLOYMENT)),
            Map.entry("chief architect", new Title("Chief Architect", Kind.EMPLOYMENT)),
            Map.entry("architect", new Title("Architect", Kind.EMPLOYMENT)),
            Map.entry("engineer", new Title("Engineer", Kind.EMPLOYMENT)),
            Map.entry("director", new Title("Director", Kind.EMPLOYMENT)),
            Map.entry("team lead", new Title("Lead", Kind.EMPLOYMENT)),
            Map.entry("tech lead", new Title("Lead", Kind.EMPLOYMENT)),
            Map.entry("project lead", new Title("Lead", Kind.COMMUNITY)),
            // "the Fedora Project Leader": the elected head of a distribution's project, a title of its own
            Map.entry("project leader", new Title("Project Leader", Kind.COMMUNITY)),
            // "a co-maintainer of Pagure", "a Fedora packager": who shares the upkeep of a project or builds its packages
            Map.entry("co-maintainer", new Title("Co-maintainer", Kind.COMMUNITY)),
            Map.entry("packager", new Title("Packager", Kind.COMMUNITY)),
            // "the open source program office lead at …": the long form of "OSPO lead", as the trade abbreviates it
            Map.entry("open source program office lead", new Title("OSPO Lead", Kind.EMPLOYMENT)),
            Map.entry("open source programs office lead", new Title("OSPO Lead", Kind.EMPLOYMENT)),
            Map.entry("chairman", new Title("Chairman", Kind.BOARD)),
            Map.entry("board chair", new Title("Chairman", Kind.BOARD)),
            Map.entry("board director", new Title("Board Director", Kind.BOARD)),
            Map.entry("board member", new Title("Board Director", Kind.BOARD)),
            Map.entry("founder", new Title("Founder", Kind.FOUNDER)),
            Map.entry("co-founder", new Title("Co-founder", Kind.FOUNDER)),
            Map.entry("cofounder", new Title("Co-founder", Kind.FOUNDER)),
            Map.entry("project team lead", new Title("PTL", Kind.COMMUNITY)),
            Map.entry("core reviewer", new Title("Core", Kind.COMMUNITY)),
            Map.entry("core developer", new Title("Core", Kind.COMMUNITY)),
            Map.entry("core contributor", new Title("Core", Kind.COMMUNITY)),
            Map.entry("core member", new Title("Core", Kind.COMMUNITY)),
            Map.entry("technical committee member", new Title("Technical Committee Member", Kind.COMMUNITY)),
            Map.entry("maintainer", new Title("Maintainer", Kind.COMMUNITY)),
            Map.entry("toc member", new Title("TOC Member", Kind.COMMUNITY)),
            Map.entry("steering committee member", new Title("Steering Committee Member", Kind.COMMUNITY)),
            Map.entry("sig chair", new Title("Chair", Kind.COMMUNITY)),
            Map.entry("sig lead", new Title("Lead", Kind.COMMUNITY)),
            Map.entry("program co-chair", new Title("Co-chair", Kind.COMMUNITY)),
            Map.entry("co-chair", new Title("Co-chair", Kind.COMMUNITY)),
            Map.entry("co-lead", new Title("Co-lead", Kind.COMMUNITY)),
            Map.entry("chief open source officer", new Title("Chief Open Source Officer", Kind.EMPLOYMENT)),
            Map.entry("head of open source", new Title("Head of Open Source", Kind.EMPLOYMENT)),
            Map.entry("senior director", new Title("Senior Director", Kind.EMPLOYMENT)),
            Map.entry("chief engineer", new Title("Chief Engineer", Kind.EMPLOYMENT)),
            Map.entry("distinguished engineer", new Title("Distinguished Engineer", Kind.EMPLOYMENT)),
            Map.entry("developer advocate", new Title("Developer Advocate", Kind.EMPLOYMENT)),
            Map.entry("senior architect", new Title("Senior Architect", Kind.EMPLOYMENT)),
            Map.entry("solution architect", new Title("Solution Architect", Kind.EMPLOYMENT)),
            Map.entry("solutions architect", new Title("Solutions Architect", Kind.EMPLOYMENT)),
            Map.entry("principal engineer", new Title("Engineer", Kind.EMPLOYMENT)),
            Map.entry("software engineer", new Title("Engineer", Kind.EMPLOYMENT)),
            Map.entry("product manager", new Title("Product Manager", Kind.EMPLOYMENT)),
            Map.entry("evangelist", new Title("Evangelist", Kind.EMPLOYMENT)),
            Map.entry("committer", new Title("Committer", Kind.COMMUNITY)),
            Map.entry("pmc member", new Title("PMC Member", Kind.COMMUNITY)),
            Map.entry("pmc chair", new Title("PMC Chair", Kind.COMMUNITY)),
            Map.entry("tsc member", new Title("TSC Member", Kind.COMMUNITY)),
            Map.entry("tsc chair", new Title("TSC Chair", Kind.COMMUNITY)),
            Map.entry("tac member", new Title("TAC Member", Kind.COMMUNITY)),
            Map.entry("mentor", new Title("Mentor", Kind.COMMUNITY)),
            Map.entry("community manager", new Title("Community Manager", Kind.EMPLOYMENT)),
            Map.entry("cloud native ambassador", new Title("Cloud Native Ambassador", Kind.COMMUNITY)),
            Map.entry("ambassador", new Title("Ambassador", Kind.COMMUNITY)),
            Map.entry("release manager", new Title("Release Manager", Kind.COMMUNITY)),
            Map.entry("chair", new Title("Chair", Kind.COMMUNITY)),
            Map.entry("chairperson", new Title("Chair", Kind.COMMUNITY)),
            Map.entry("member", new Title("Member", Kind.COMMUNITY)),
            Map.entry("reviewer", new Title("Reviewer", Kind.COMMUNITY)),
            Map.entry("fellow", new Title("Fellow", Kind.EMPLOYMENT)),
            Map.entry("organizer", new Title("Organizer", Kind.COMMUNITY)),
            Map.entry("organiser", new Title("Organizer", Kind.COMMUNITY)),
            Map.entry("spokesperson", new Title("Spokesperson", Kind.EMPLOYMENT)),
            Map.entry("spokeswoman", new Title("Spokesperson", Kind.EMPLOYMENT)),
            Map.entry("spokesman", new Title("Spokesperson", Kind.EMPLOYMENT)),
            Map.entry("researcher", new Title("Researcher", Kind.EMPLOYMENT)),
            Map.entry("research scientist", new Title("Research Scientist", Kind.EMPLOYMENT)),
            Map.entry("professor", new Title("Professor", Kind.EMPLOYMENT)),
            Map.entry("associate professor", new Title("Associate Professor", Kind.EMPLOYMENT)),
            Map.entry("dean", new Title("Dean", Kind.EMPLOYMENT)),
            Map.entry("counsel", new Title("Counsel", Kind.EMPLOYMENT)),
            Map.entry("general counsel", new Title("General Counsel", Kind.EMPLOYMENT)),
            Map.entry("lecturer", new Title("Lecturer", Kind.EMPLOYMENT)),
            Map.entry("senior lecturer", new Title("Senior Lecturer", Kind.EMPLOYMENT)),
            Map.entry("postdoc", new Title("Postdoc", Kind.EMPLOYMENT)),
            Map.entry("postdoctoral researcher", new Title("Postdoc", Kind.EMPLOYMENT)),
            Map.entry("analyst", new Title("Analyst", Kind.EMPLOYMENT)),
            Map.entry("principal analyst", new Title("Principal Analyst", Kind.EMPLOYMENT)),
            Map.entry("senior analyst", new Title("Senior Analyst", Kind.EMPLOYMENT)),
            Map.entry("research director", new Title("Research Director", Kind.EMPLOYMENT)),
            Map.entry("vice chair", new Title("Vice Chair", Kind.BOARD)),
            Map.entry("vice-chair", new Title("Vice Chair", Kind.BOARD)),
            Map.entry("program chair", new Title("Program Chair", Kind.COMMUNITY)),
            Map.entry("program committee chair", new Title("Program Committee Chair", Kind.COMMUNITY)),
            Map.entry("chief scientist", new Title("Chief Scientist", Kind.EMPLOYMENT)),
            Map.entry("executive editor", new Title("Executive Editor", Kind.EMPLOYMENT)),
            Map.entry("managing editor", new Title("Managing Editor", Kind.EMPLOYMENT)),
            Map.entry("editor-in-chief", new Title("Editor-in-Chief", Kind.EMPLOYMENT)),
            // a publication's writers and editors by their grade: "Kenji Watanabe, staff writer at The Deploy Desk"
            Map.entry("staff writer", new Title("Staff Writer", Kind.EMPLOYMENT)),
            Map.entry("senior writer", new Title("Senior Writer", Kind.EMPLOYMENT)),
            Map.entry("senior editor", new Title("Senior Editor", Kind.EMPLOYMENT)),
            Map.entry("contributing editor", new Title("Contributing Editor", Kind.EMPLOYMENT)),
            Map.entry("staff reporter", new Title("Staff Reporter", Kind.EMPLOYMENT)),
            Map.entry("senior reporter", new Title("Senior Reporter", Kind.EMPLOYMENT)),
            // a post a foundation funds to work on its code: "the security developer-in-residence at the Python Software Foundation"
            Map.entry("developer-in-residence", new Title("Developer-in-Residence", Kind.EMPLOYMENT)),
            Map.entry("security developer-in-residence", new Title("Security Developer-in-Residence", Kind.EMPLOYMENT)),
            Map.entry("engineer-in-residence", new Title("Engineer-in-Residence", Kind.EMPLOYMENT)));

    /**
     * Latin titles must not touch other Latin letters ("CTO" is not in "CTOs"); Chinese ones need no boundary, and
     * are often followed straight by a Latin name ("执行董事Jonathan Bryce"). What the regular expression
     * {@code (?<![A-Za-z])(?:(?i:ENGLISH)|LATIN)(?![A-Za-z])|CHINESE} (each list longest first) finds, found by looking
     * up the words that begin with the character at hand: tried at every position, that alternation of some hundred
     * and twenty words was a twentieth of extraction's time.
     */
    private static final Words ANY = new Words(ENGLISH.keySet(),
            WRITTEN.keySet().stream().filter(w -> w.matches("[A-Za-z -]+")).collect(Collectors.toSet()),
            WRITTEN.keySet().stream().filter(w -> !w.matches("[A-Za-z -]+")).collect(Collectors.toSet()));

    /** The title words, by their first character, longest first. */
    private static final class Words {

        private final Map<Character, String[]> english;
        private final Map<Character, String[]> latin;
        private final Map<Character, String[]> other;
        private final boolean[] first = new boolean[Character.MAX_VALUE + 1];

        Words(java.util.Set<String> englishAnyCase, java.util.Set<String> latin, java.util.Set<String> other) {
            this.english = byFirst(englishAnyCase.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()), true);
            this.latin = byFirst(latin, false);
            this.other = byFirst(other, false);
        }

        private Map<Character, String[]> byFirst(java.util.Set<String> words, boolean anyCase) {
            Map<Character, List<String>> lists = new java.util.HashMap<>();
            for (String w : words) {
                lists.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                first[w.charAt(0)] = true;
                if (anyCase) {
                    first[Character.toUpperCase(w.charAt(0))] = true;
                }
            }
            Map<Character, String[]> out = new java.util.HashMap<>();
            lists.forEach((c, l) -> out.put(c, l.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .toArray(String[]::new)));
            return out;
        }

        /** The first title word in {@code text} from {@code from} to {@code end} as {begin, end}, or null. */
        int[] find(String text, int from, int end) {
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (!first[c]) {
                    continue;
                }
                if (i == 0 || !latinLetter(text.charAt(i - 1))) {
                    int found = bounded(text, i, end, english.get(lower(c)), true);
                    if (found < 0) {
                        found = bounded(text, i, end, latin.get(c), false);
                    }
                    if (found >= 0) {
                        return new int[]{i, found};
                    }
                }
                String[] words = other.get(c);
                if (words != null) {
                    for (String w : words) {
                        if (i + w.length() <= end && text.startsWith(w, i)) {
                            return new int[]{i, i + w.length()};
                        }
                    }
                }
            }
            return null;
        }

        /** The end of the longest word at {@code at} not followed by a Latin letter, or -1. */
        private static int bounded(String text, int at, int end, String[] words, boolean anyCase) {
            if (words == null) {
                return -1;
            }
            for (String w : words) {
                int stop = at + w.length();
                if (stop <= end && (anyCase ? startsWithAnyCase(text, at, w) : text.startsWith(w, at))
                        && (stop == text.length() || !latinLetter(text.charAt(stop)))) {
                    return stop;
                }
            }
            return -1;
        }

        /** Case folded as the regular expression's {@code (?i)} folds it: ASCII letters only. */
        private static boolean startsWithAnyCase(String text, int at, String lowerWord) {
            for (int j = 0; j < lowerWord.length(); j++) {
                char c = text.charAt(at + j);
                char w = lowerWord.charAt(j);
                if (c != w && lower(c) != w) {
                    return false;
                }
            }
            return true;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static boolean latinLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }

    private Titles() {
    }

    /** "技术监督委员会(TOC)成员", "技术指导委员会（TSC）成员": a member of the committee the bracket abbreviates. */
    private static final Pattern BRACKETED_SEAT = Pattern.compile("[(（]\\s*(\\p{Lu}{2,5})\\s*[)）]\\s*成员");

    /** "Kubernetes SIG Scheduling的成员", "安全工作组成员": a member of a group of people; "成员" alone is anyone's. */
    private static final Pattern GROUP_MEMBER_ZH = Pattern.compile("(?:(?<![A-Za-z])SIG(?:[ \\t]+[A-Z][\\w-]*){0,3}|工作组|兴趣小组|用户组)[ \\t]*的?[ \\t]*(成员)");

    /**
     * "a member of the Apache Hadoop PMC", "member of the ONAP TSC": a seat on the committee named after the
     * project, as "PMC member" says it; looked at past the clause's end, which the committee's name may cross.
     */
    private static final Pattern MEMBER_OF_SEAT = Pattern.compile(
            "(?<![A-Za-z])(?i:member)(?=[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:[A-Z][\\w.-]*[ \\t]+){0,4}(PMC|TSC|TOC|TAC)\\b)");

    /** "fellow" before a noun that is not a preposition: "a fellow maintainer", not "a Linux Foundation fellow at …". */
    private static final Pattern FELLOW_ADJECTIVE = Pattern.compile("[ \\t]+(?!(?:at|of|in|with|for|and|since|who|from)\\b)[A-Za-z]");

    /**
     * "九州云的Kolla core李泽楷", "Nova core陈晗": a core reviewer written in lower case inside Chinese text, where a Han
     * character or Chinese punctuation follows it; in English "core" is mostly an adjective ("the core team").
     */
    private static final Pattern CORE_BEFORE_HAN = Pattern.compile("(?<![A-Za-z-])core(?=[ \\t]?[\\p{IsHan}，。、；）])");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind CORES_BEFORE_HAN = new QuickFind(CORE_BEFORE_HAN);

    /** "head of infrastructure", "Head of Software Platforms": a title made of what is headed. */
    private static final Pattern HEAD_OF = Pattern.compile("(?<![A-Za-z])(?i:head) of (the )?((?!the\\b|a\\b|an\\b|its\\b|their\\b|open source\\b(?![ \\t]+(?:program|programs|programme|strategy|engineering|office)\\b))"
            + "(?:(?!at\\b|of\\b|for\\b|in\\b|with\\b|from\\b|and\\b|who\\b|said\\b)[A-Za-z-]+\\b[ \\t]*){1,3})");

    /**
     * "chief product officer", "Chief Data Officer", "chief information security officer": an executive named by the
     * function they answer for. The ones the trade abbreviates (CEO, CTO, CFO, COO) are listed words; the rest keep
     * their function whole, as the gold writes them ("Chief Product Officer").
     */
    private static final Pattern CHIEF_OFFICER = Pattern.compile("(?<![A-Za-z-])(?i:chief)[ \\t]+((?:(?!(?i:the|a|an|of|and|or|its|their)\\b)"
            + "[A-Za-z][a-z]+[ \\t]+){1,2})(?i:officer)(?![A-Za-z-])");
    /** Chief officers the trade calls by their letters, beyond those listed as words. */
    private static final Map<String, String> CHIEF_LETTERS = Map.of("information", "CIO", "marketing", "CMO");

    private static void chiefOfficers(String text, int begin, int end, List<Found> out) {
        Matcher c = CHIEF_OFFICER.matcher(text).region(begin, end);
        while (c.find()) {
            String function = c.group(1).strip().replaceAll("[ \\t]+", " ");
            String written = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT).replaceAll("[ \\t]+", " ");
            String whole = text.substring(c.start(), c.end());
            boolean capitalised = java.util.Arrays.stream(whole.split("[ \\t]+")).allMatch(w -> Character.isUpperCase(w.charAt(0)));
            if (ENGLISH.containsKey(written) || !capitalised && !whole.equals(whole.toLowerCase(Locale.ROOT))) {
                continue; // "chief technology officer" is a listed word; "chief Product officer"? each word's case must agree
            }
            String letters = CHIEF_LETTERS.get(function.toLowerCase(Locale.ROOT));
            out.add(new Found(c.start(), c.end(), new Title(letters != null ? letters : "Chief " + titleCase(function) + " Officer",
                    Kind.EMPLOYMENT)));
        }
    }

    /**
     * "a staff engineer", "a release lead for Kubernetes", "open source strategy lead", "site reliability engineer": a
     * generic head with the words that say which kind, kept whole as the title.
     */
    private static final Pattern COMPOUND = Pattern.compile("(?<![A-Za-z-])((?:(?i:staff|lead|platform|release|site|reliability|"
            + "infrastructure|security|devops|strategy|open|source|community|program|programme|developer|data|network|"
            + "observability|storage|kernel|compliance|ecosystem|partner|integration|build|test|quality|senior|principal|"
            + "engineering|product|technical|marketing|sales|support|operations|research|cloud|core|firmware|hardware|"
            + "documentation|docs|software|embedded|communications|"
            + "SRE|OSPO|ML|AI|QA|UX|HPC|IT|DevRel|DevOps|SecOps|FinOps)[ \\t]+){1,3})"
            + "(engineer|architect|lead|researcher|manager|director|maintainer|Engineer|Architect|Lead|Researcher|Manager|"
            + "Director|Maintainer|DBA|SRE|VP)(?![A-Za-z-])");
    /** Job-function abbreviations, written in capitals whatever the case of the title around them ("SRE lead"). */
    private static final Pattern FUNCTION_ABBREVIATION = Pattern.compile("\\b(?:SRE|OSPO|ML|AI|QA|UX|HPC|IT|DevRel|DevOps|SecOps|FinOps)\\b");
    /** Modifiers that make no title of their own ("source engineer", "open lead"). */
    private static final Pattern COMPOUND_NOT = Pattern.compile("(?i)^(?:source|reliability|open)\\b(?!.*\\bsource\\b)|^open (?!source)");

    /** "研究员（Fellow）": an English title in brackets right after a Chinese one, the title the person's organisation uses. */
    private static final Pattern ENGLISH_GLOSS = Pattern.compile("[(（]\\s*([A-Za-z][A-Za-z -]{1,40}?)\\s*[)）]");

    private static Title glossed(String text, int after, int end, Title chinese) {
        Matcher gloss = ENGLISH_GLOSS.matcher(text).region(after, Math.min(text.length(), Math.max(end, after + 48)));
        if (!gloss.lookingAt() || after == 0 || Character.UnicodeScript.of(text.codePointBefore(after)) != Character.UnicodeScript.HAN) {
            return chinese;
        }
        Title english = ENGLISH.get(gloss.group(1).toLowerCase(Locale.ROOT));
        return english != null && english.kind() == chinese.kind() ? english : chinese;
    }

    private static void compounds(String text, int begin, int end, List<Found> out) {
        String region = text.substring(begin, end).toLowerCase(Locale.ROOT);
        if (!region.contains("engineer") && !region.contains("architect") && !region.contains("lead")
                && !region.contains("researcher") && !region.contains("dba") && !region.contains("manager")
                && !region.contains("director") && !region.contains("maintainer") && !region.contains("sre") && !region.contains("vp")) {
            return; // most gaps hold no title at all: skip the pattern, which is tried at every position
        }
        Matcher c = COMPOUND.matcher(text).region(begin, end);
        while (c.find()) {
            String modifiers = c.group(1).strip().replaceAll("[ \\t]+", " ");
            // written in capitals whatever the case of the words before it ("the Huawei technical VP")
            boolean acronym = c.group(2).equals("DBA") || c.group(2).equals("SRE") || c.group(2).equals("VP");
            String cased = FUNCTION_ABBREVIATION.matcher(modifiers).replaceAll("").strip();
            if (COMPOUND_NOT.matcher(modifiers).find() || !acronym && !cased.isEmpty() && (cased.equals(cased.toLowerCase(Locale.ROOT))
                    != c.group(2).equals(c.group(2).toLowerCase(Locale.ROOT)))) {
                continue; // "Open Source Summit Lead"? case must agree: all lower or all capitalised
            }
            int at = c.start();
            int stop = c.end();
            if (c.group(2).equals("VP") && out.stream().anyMatch(f -> f.begin() < stop && at < f.end())) {
                continue; // "senior VP of Engineering": the title of what is headed stands, read before
            }
            if (out.stream().noneMatch(f -> f.begin() <= at && at < f.end())) {
                // a maintainer holds a seat in a project, whoever employs them
                Kind kind = c.group(2).equalsIgnoreCase("maintainer") ? Kind.COMMUNITY : Kind.EMPLOYMENT;
                out.add(new Found(c.start(), c.end(), new Title(titleCase(modifiers + " " + c.group(2)), kind)));
            }
        }
    }

    /** "OSPO lead" → "OSPO Lead": each word opens with a capital, the rest as written. */
    static String titleCase(String words) {
        return java.util.Arrays.stream(words.split("\\s+"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
    }

    static List<Found> findIn(String text, int begin, int end) {
        List<Found> out = new ArrayList<>();
        Matcher h = HEAD_OF.matcher(text).region(begin, end);
        while (h.find()) {
            String what = h.group(2).strip();
            boolean the = h.group(1) != null;
            // "head of the open source program office"; "head of the Linux Foundation" is no title
            if (!what.isEmpty() && Character.isLowerCase(what.charAt(0)) == what.equals(what.toLowerCase(Locale.ROOT))
                    && (!the || Character.isLowerCase(what.charAt(0)))) {
                out.add(new Found(h.start(), h.start(2) + what.length(), new Title("Head of " + titleCase(what), Kind.EMPLOYMENT)));
            }
        }
        for (TitleFunctions.Composed c : TitleFunctions.english(text, begin, end)) {
            out.add(new Found(c.begin(), c.end(), new Title(c.name(), Kind.EMPLOYMENT)));
        }
        compounds(text, begin, end, out);
        chiefOfficers(text, begin, end, out);
        QuickFind.Matches core = CORES_BEFORE_HAN.in(text, begin, end);
        while (core.find()) {
            out.add(new Found(core.start(), core.end(), new Title("Core", Kind.COMMUNITY)));
        }
        int member = text.indexOf("成员", begin);
        Matcher seat = BRACKETED_SEAT.matcher(text).region(begin, end);
        while (member >= 0 && member < end && seat.find()) {
            // "CNCF技术监督委员会(TOC)成员": a seat on the committee its short name in brackets names
            out.add(new Found(seat.start(), seat.end(), new Title(seat.group(1) + " Member", Kind.COMMUNITY)));
        }
        Matcher groupMember = GROUP_MEMBER_ZH.matcher(text).region(begin, end);
        while (member >= 0 && member < end && groupMember.find()) {
            int at = groupMember.start(1);
            if (out.stream().noneMatch(f -> f.begin() <= at && at < f.end())) {
                out.add(new Found(at, groupMember.end(1), new Title("Member", Kind.COMMUNITY)));
            }
        }
        Matcher memberOf = MEMBER_OF_SEAT.matcher(text).region(begin, end).useTransparentBounds(true);
        while (memberOf.find()) {
            out.add(new Found(memberOf.start(), memberOf.end(), new Title(memberOf.group(1) + " Member", Kind.COMMUNITY)));
        }
        for (int[] m = ANY.find(text, begin, end); m != null; m = ANY.find(text, m[1], end)) {
            String word = text.substring(m[0], m[1]);
            Title t = WRITTEN.get(word);
            int at = m[0];
            if ((word.endsWith("事") || word.equals("委员")) && m[1] < text.length() && text.charAt(m[1]) == '会') {
                continue; // "董事会", "理事会", "委员会": the board or committee itself, no seat on it
            }
            if (m[1] < text.length() && text.charAt(m[1]) == '们') {
                continue; // "Apache软件基金会的董事们", "工程师们": people of that rank, counted, not a title held by anyone named
            }
            if (word.equals("大使") && m[1] < text.length() && text.charAt(m[1]) == '馆') {
                continue; // "大使馆": an embassy, no one's title
            }
            if (out.stream().anyMatch(f -> f.begin() <= at && at < f.end())) {
                continue; // "head of open source engineering" is one title
            }
            if (word.equalsIgnoreCase("fellow") && FELLOW_ADJECTIVE.matcher(text).region(m[1], text.length()).lookingAt()) {
                continue; // "a fellow maintainer", "fellow attendees": one of the same kind, no title
            }
            TitleFunctions.Composed composed = t == null ? null : TitleFunctions.chinese(text, begin, m[0], m[1], word);
            if (composed != null && out.stream().noneMatch(f -> f.end() > composed.begin() && f.begin() < composed.end())) {
                // the head of a department is employed there, whatever a bare "负责人" implies
                out.add(new Found(composed.begin(), composed.end(), new Title(composed.name(), Kind.EMPLOYMENT)));
            } else if (!word.equals("经理")) {
                out.add(new Found(m[0], m[1], t != null ? glossed(text, m[1], end, t) : ENGLISH.get(word.toLowerCase(Locale.ROOT))));
            }
        }
        out.sort(Comparator.comparingInt(Found::begin)); // in reading order, whichever rule found them
        return out;
    }

}
