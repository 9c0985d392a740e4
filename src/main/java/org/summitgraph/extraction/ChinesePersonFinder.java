package org.summitgraph.extraction;

import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Chinese personal names two ways: HanLP's statistical name recogniser, filtered to names with a known
 * surname; and names written next to a title or form of address ("董事刘军卫", "孔令贤兄弟"), which the
 * recogniser often cuts short.
 */
public final class ChinesePersonFinder implements MentionFinder {

    static final String STATISTICAL = "hanlp:person";
    static final String CONTEXT = "pattern:person-title-context";

    private static final QuickFind TITLE_BEFORE = new QuickFind(Pattern.compile(
            "(?:董事长|董事|总裁|副总裁|总经理|经理|主席|首席执行官|首席技术官|首席运营官|CEO|CTO|COO|CFO|CIO|VP|教授|博士|老师|"
                    + "工程师|架构师|负责人|创始人|总监|记者|专家|分析师|实习生|大牛|PTL|主管|院长|所长|部长|局长|处长|维护者|布道师|研究员|委员|"
                    + "开发者|理事(?![长会])|毕业生|贡献者|讲者|主讲人|志愿者|发起人|组织者|召集人|合伙人|律师|嘉宾|讲师|同事|教师|管理员|大使(?!馆)|(?<!大|中|小|留)学生|博士生|研究生|秘书长|理事长|"
                    + "Maintainer|maintainer|Committer|committer|Reviewer|SRE|Chair|Ambassador|Evangelist|(?<![A-Za-z])[Cc]ore)(?:之一)?\\s*"));
    private static final Pattern FROM_OF = Pattern.compile("来自[^，,。；;的]{1,12}的");
    /** "来自易捷行云的": where the person named next comes from, right before the name. */
    private static final Pattern FROM_OF_BEFORE = Pattern.compile("来自[^，,。；;的]{1,12}的$");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?:带队的|领队的|负责人|作者|记者|编辑|嘉宾|讲师|讲者|同学|同事|搭档|朋友|老师|兄弟|董事|总裁|经理|主席|主任|专家|来自\\S{0,4}的|CEO|CTO|COO|PTL)\\s*$");
    /** "蚂蚁集团的吴昊", "该中心的宋启明", "现任UnitedStack CTO的赵鹏": a person of an organisation or a title. */
    private static final Pattern OF_ORGANIZATION_BEFORE = Pattern.compile(
            "(?:集团|公司|中心|科技|银行|大学|学院|研究院|研究所|实验室|团队|[^\\p{IsHan}]组|小组|们组|基金会|电信|移动|联通|信息技术|游戏|汽车|传媒|零售|能源|物流|证券|保险|网络|软件|"
                    + "CTO|CEO|COO|CFO|PTL|VP)的$");
    /** A name that is the subject of a title: "是", "现任", "担任", "目前在…担任". */
    private static final Pattern TITLE_VERB_AFTER = Pattern.compile("(?:目前|现在|如今|同时|也|还|曾)?(?:是|现任|担任|出任|任|在)");
    /** "携程的林昊娜、凌峰能源的赵宇梓和…": a name someone is "of" that a list goes on from. */
    private static final Pattern LISTED_AFTER = Pattern.compile("\\s*(?:、|和|及|以及|与|，|,|先后|分别|等人|等)");
    private static final Pattern CUE_AFTER = Pattern.compile("\\s*(?:说|表示|认为|介绍|指出|透露|称|提到|坦言|告诉|总结|上台|分享|回顾|演讲|强调|解释|兄弟|先生|女士|博士|教授|老师|[(（]"
            // "赵明远加盟栖梧科技", "孙婧当选…委员": what people do when they change jobs or take a seat
            + "|(?:已|已经|正式|近日|日前|随后)?(?:于[^，,。；;]{1,8}?)?(?:加盟|加入了?|出任|转投|跳槽|当选|履新|卸任|离职|辞去)"
            // "来自易捷行云的许晨获得了提名": what is won or earned is a person's
            + "|(?:获得了?|荣获|获颁)(?:提名|奖|了)"
            // "StreamNative是郭斯杰和翟佳创办的": who founded something is a person
            + "|(?:共同|联合|一起)?(?:创办|创立|创建)(?:了|的)"
            // "其中吴海川讲了热迁移", "孙悦讲的是调度": who gave a talk, told by what they talked about
            + "|讲了|讲的是|主讲了"
            + "|[,，]\\s*(?:现?就职|任职|供职|现任|来自|毕业)"
            // "是谭立峰，当时他是…的首席架构师": the next clause says what the person is
            + "|[,，]\\s*(?:当时|那时|目前|现在|如今)?[他她](?:当时|那时|目前|现在|如今)?(?:是|曾|在|现任|担任|也是))");
    private static final QuickFind ADDRESS_AFTER = new QuickFind(Pattern.compile("(?:兄弟|兄|先生|女士|博士|教授|老师|同学|总监|总裁|院士|研究员)"));

    @Override
    public List<Mention> find(ArticleText text) {
        if (!text.article().isChinese()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        statistical(text, out);
        afterTitles(text, out);
        afterFrom(text, out);
        beforeFormsOfAddress(text, out);
        clauseSubjects(text, out);
        listsAfterCues(text.text(), out);
        ChineseListItemNames.find(text.text(), out, CONTEXT);
        selfNamed(text.text(), out);
        beforeEmployers(text.text(), out);
        founders(text.text(), out);
        appointed(text.text(), out);
        romanised(text.text(), out);
        bracketed(text.text(), out);
        readingsAfter(text.text(), out);
        cells(text.text(), out);
        givenNamesAlone(text.text(), out);
        familiarNames(text.text(), out);
        appositions(text, out);
        ordinalSpeakers(text.text(), out);
        out.addAll(JapaneseNames.find(text.text(), out, CONTEXT, 0.65));
        return out;
    }

    /** What an apposition after a name may hold before its title: no clause's end, no second name's list. */
    private static final Pattern APPOSITION_AFTER = Pattern.compile("[,，]\\s*([^,，。；;：:！？!?、\\n()（）]{2,24}?)\\s*(?=[,，。；;)）])");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind APPOSITIONS_AFTER = new QuickFind(APPOSITION_AFTER);

    /**
     * "周楠，知衡科技大数据平台组的资深工程师，负责…": a whole name opening a clause, set off by a comma, then a
     * phrase that ends in a title and is closed by the next comma, is the person the title belongs to.
     */
    private static void appositions(ArticleText article, List<Mention> out) {
        String text = article.text();
        QuickFind.Matches m = APPOSITIONS_AFTER.in(text);
        while (m.find()) {
            String phrase = m.group(1);
            List<Titles.Found> titles = Titles.findIn(text, m.start(1), m.end(1));
            if (titles.isEmpty() || titles.get(titles.size() - 1).end() != m.end(1)) {
                continue; // "李明，这次大会的志愿者们" or no title at all: no apposition
            }
            for (int length = 3; length >= 2; length--) {
                int begin = m.start() - length;
                // "第一位出场的是周楠，…的资深工程师，": after 是 as after a clause's start
                // "老周(周海峰,云岫科技云平台部负责人)": a bracket that names the one called familiarly before it
                if (begin < 0 || begin > 0 && (CLAUSE_OPENERS + ",; 是(（").indexOf(text.charAt(begin - 1)) < 0) {
                    continue;
                }
                String name = text.substring(begin, m.start());
                if (ChineseNames.isPlausible(name) && ChineseNames.surnameLength(name, 0) > 0 && !CommonWords.isCommonNonName(name)
                        && !phrase.startsWith("他") && !phrase.startsWith("她")) {
                    out.add(mention(begin, name, CONTEXT, 0.6));
                    break;
                }
            }
        }
    }

    /**
     * "同学老潘", "老周说", "同组的小潘": "老" or "小" and a surname, after a word for someone one works or studies with, or
     * "老" before what a subject says.
     */
    private static final QuickFind FAMILIAR = new QuickFind(Pattern.compile("(?<=同学|同事|朋友|老友|搭档|室友|师兄|师姐|队友|同组的|组里的|同事的|同学的)"
            + "(?<prefix>[老小])(\\p{IsHan})|(?<![\\p{IsHan}])老(\\p{IsHan})(?=说|表示|告诉|笑称|坦言)"));

    private static void familiarNames(String text, List<Mention> out) {
        QuickFind.Matches m = FAMILIAR.in(text);
        while (m.find()) {
            String surname = m.group(2) != null ? m.group(2) : m.group(3);
            String prefix = m.group("prefix") != null ? m.group("prefix") : "老";
            // "同学小组", "朋友小时候": a word that opens with "小" is no nickname
            if (ChineseNames.surnameLength(surname, 0) == 1 && !CommonWords.isCommonNonName(prefix + surname)) {
                out.add(mention(m.start(), prefix + surname, CONTEXT, 0.6));
            }
        }
    }

    /**
     * After a given name written alone: when, or an adverb, before what the person did. Not a verb of speech: what
     * "卓然告诉编辑部，…" reports is about others more often than about the speaker.
     */
    private static final Pattern GIVEN_NAME_SUBJECT = Pattern.compile("(?:去年|今年|前年|后来|当时|最近|如今|也|还|才|则|又|曾|已)");

    /**
     * "溯光高级工程师沈嘉禾…。嘉禾去年才从阿里云跳槽加入溯光": after the full name, the given name alone opening a clause,
     * followed by what subjects do, is the same person. Only given names of two characters count: one character
     * alone ("禾") is a word more often than a name.
     */
    private static void givenNamesAlone(String text, List<Mention> out) {
        List<Mention> found = new ArrayList<>(out);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Mention full : found) {
            String name = full.surface();
            int surname = ChineseNames.surnameLength(name, 0);
            if (surname != 1 || name.length() != 3 || !seen.add(name)) {
                continue;
            }
            String given = name.substring(1);
            for (int at = text.indexOf(given, full.end()); at >= 0; at = text.indexOf(given, at + 1)) {
                boolean opensClause = at == 0 || CLAUSE_OPENERS.indexOf(text.charAt(at - 1)) >= 0;
                if (opensClause && GIVEN_NAME_SUBJECT.matcher(text).region(at + 2, text.length()).lookingAt()) {
                    out.add(new Mention(at, at + 2, given, full.entity(), CONTEXT, 0.6));
                }
            }
        }
    }

    private static void statistical(ArticleText article, List<Mention> out) {
        String text = article.text();
        List<Term> terms = article.terms();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term.nature != null && term.nature.toString().equals("nr") && text.startsWith(term.word, term.offset)) {
                String name = term.word;
                // "苏晓|雯", "杜向|晖": the recogniser cut a three-character name after two; a lone noun character completes it
                if (name.length() == 2 && ChineseNames.surnameLength(name, 0) == 1 && i + 1 < terms.size()) {
                    Term next = terms.get(i + 1);
                    if (next.offset == term.offset + 2 && next.word.length() == 1 && next.nature != null
                            && next.nature.toString().matches("n[gz]|nr|g") && ChineseNames.isPlausible(name + next.word)) {
                        name = name + next.word;
                    } else if (next.offset == term.offset + 2 && alwaysFollowedBy(text, name, next.word)) {
                        name = name + next.word; // "陈沙|克" twice: the third character is the name's, whatever its class
                    }
                }
                name = ChineseNames.withoutPredicate(name);
                if (name == null) {
                    continue;
                }
                if (ChineseNames.isPlausible(name) && supported(text, term.offset, name)) {
                    out.add(mention(term.offset, name, STATISTICAL, 0.6));
                }
            }
        }
    }

    /** Characters that end a name rather than continue it: particles, verbs of speech and being, conjunctions. */
    private static final String NOT_IN_NAME = "的说在是和与也就都等了被将把对跟向从为及或还则曾已又表讲称道告指认坦笑";

    /**
     * "陈沙|克…陈沙|克说": a two-character name that occurs at least twice, each time followed by the same Han
     * character that does not end a name, is a three-character name the recogniser cut.
     */
    private static boolean alwaysFollowedBy(String text, String name, String next) {
        if (next.length() != 1 || !TextFold.isHan(next.charAt(0)) || NOT_IN_NAME.contains(next)
                || !ChineseNames.isPlausible(name + next)) {
            return false;
        }
        int seen = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!text.startsWith(next, at + name.length())) {
                return false;
            }
            seen++;
        }
        return seen >= 2;
    }

    /** The personal name the recogniser found starting at an offset, or null. */
    private static String recognisedNameAt(ArticleText article, int offset) {
        for (Term t : article.terms()) {
            if (t.offset == offset && t.nature != null && t.nature.toString().equals("nr") && t.word.length() >= 2
                    && t.word.length() <= 4 && ChineseNames.surnameLength(t.word, 0) > 0
                    && article.text().startsWith(t.word, offset) && t.word.chars().allMatch(c -> TextFold.isHan((char) c))) {
                return ChineseNames.withoutPredicate(t.word);
            }
            if (t.offset > offset) {
                break;
            }
        }
        return null;
    }

    /** For each offset, the length of the segmenter's word that starts there, 0 where none does. */
    private static int[] wordLengths(ArticleText article) {
        int[] at = new int[article.text().length() + 4];
        for (Term t : article.terms()) {
            if (t.offset >= 0 && t.offset < at.length && article.text().startsWith(t.word, t.offset)) {
                at[t.offset] = t.word.length();
            }
        }
        return at;
    }

    /**
     * The recogniser alone guesses too often ("何在" is a question, not Mr He): a name it finds must occur twice,
     * or stand next to words that go with people (a title, "带队的", "说", "表示", a bracketed Latin name).
     */
    private static boolean supported(String text, int at, String name) {
        if (text.indexOf(name, text.indexOf(name) + name.length()) >= 0) {
            return true;
        }
        String before = text.substring(Math.max(0, at - 5), at);
        String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + 8));
        // "张丽华是华为的工程师", "王强现任该工作组主席": a title later in the name's own clause
        int clauseEnd = Clauses.clauseEnd(text, at + name.length(), Math.min(text.length(), at + name.length() + 20));
        boolean titled = !Titles.findIn(text, at + name.length(), clauseEnd).isEmpty()
                && TITLE_VERB_AFTER.matcher(text).region(at + name.length(), clauseEnd).lookingAt();
        boolean fromOf = FROM_OF_BEFORE.matcher(text).region(Math.max(0, at - 16), at).find();
        // "是郭斯杰和翟佳创办的": the first of the founders a list names before the verb
        boolean coFounder = FOUNDERS_LISTED_AFTER.matcher(text).region(at + name.length(), text.length()).lookingAt();
        return titled || fromOf || coFounder || CUE_BEFORE.matcher(before).find() || OF_ORGANIZATION_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).lookingAt()
                || before.endsWith("的") && LISTED_AFTER.matcher(after).lookingAt();
    }

    private static final Pattern FOUNDERS_LISTED_AFTER = Pattern.compile("\\s*(?:和|与|、)\\s*\\p{IsHan}{2,3}(?:共同|联合|一起)?(?:创办|创立|创建)(?:了|的)");

    /** "来自墨石云的王嘉宁": after "来自…的" comes a person more often than not. */
    private static void afterFrom(ArticleText article, List<Mention> out) {
        String text = article.text();
        Matcher m = FROM_OF.matcher(text);
        boolean[] inside = null;
        while (m.find()) {
            String name = ChineseNames.nameAt(text, m.end());
            if (name == null) {
                continue;
            }
            inside = inside == null ? insideWords(article) : inside;
            // "来自新加坡的金融科技公司", "来自浙江大学的应届毕业生": a name cannot end inside a word the segmenter read
            if (inside[m.end() + name.length()]) {
                continue;
            }
            // two characters after "来自美国的" are as often a word ("单子") as a name: those need a second sighting
            // or the words after it go with a person ("来自易捷行云的许晨获得了提名", "来自星河的陈露表示")
            int end = m.end() + name.length();
            boolean cued = !CommonWords.isCommonNonName(name) && CUE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt();
            if (name.length() >= 3 || cued || text.indexOf(name, end) >= 0) {
                out.add(mention(m.end(), name, CONTEXT, 0.65));
            }
        }
    }

    private static void afterTitles(ArticleText article, List<Mention> out) {
        String text = article.text();
        QuickFind.Matches m = TITLE_BEFORE.in(text);
        int[] wordAt = null;
        while (m.find()) {
            String name = ChineseNames.nameAt(text, m.end());
            String recognised = recognisedNameAt(article, m.end());
            if (recognised != null && (name == null || recognised.length() > name.length())) {
                name = recognised; // "总监许文博": the recogniser knows 博 here is no 博士
            } else if (name != null && recognised != null && name.length() == 3 && recognised.length() == 2
                    && functionWordAt(article, m.end() + 2) && !alwaysFollowedBy(text, recognised, name.substring(2))) {
                name = recognised; // "专家杜峰半开玩笑": the recogniser's name ends where a word of another kind begins
            } else if (name != null && name.length() == 3) {
                // "CEO陈默受邀", "架构师何东联合": the last character begins the next word
                wordAt = wordAt == null ? wordLengths(article) : wordAt;
                if (wordAt[m.end() + 2] > 1 && !writtenWholeElsewhere(text, wordAt, name, m.end())) {
                    // "记者简单交流": cut short, the name must still be one and not a common word ("简单")
                    String shorter = name.substring(0, 2);
                    name = shorter.equals(recognised) || wordAt[m.end()] != 2 && ChineseNames.isPlausible(shorter) ? shorter : null;
                }
            }
            // "开发者成长为…", "理事单位由…": a common word after a title, not a name the recogniser confirms
            if (name != null && name.length() == 2 && !name.equals(recognised) && CommonWords.isCommonNonName(name)) {
                name = null;
            }
            if (name != null) {
                out.add(mention(m.end(), name, CONTEXT, 0.7));
            }
        }
    }

    /**
     * Whether the segmenter read the character at an offset as a function word of its own: a numeral or measure, a
     * preposition, conjunction, adverb, particle, pronoun or place word ("杜峰|半|开玩笑"), which ends a name rather than
     * completing it. Any other single character ("苏翊|航", "周文|倩") may be a name's last, which the recogniser often cuts.
     */
    private static boolean functionWordAt(ArticleText article, int offset) {
        for (Term t : article.terms()) {
            if (t.offset == offset) {
                return t.word.length() == 1 && t.nature != null && t.nature.toString().matches("[mqpcdurfeyo].*");
            }
            if (t.offset > offset) {
                break;
            }
        }
        return false;
    }

    /**
     * "CTO陈思远在大会上…陈思远曾在阿里云工作": where the last character of a name begins a word after a title ("远在"), the
     * name is still whole when the text writes the same three characters elsewhere with no word begun by the last.
     */
    private static boolean writtenWholeElsewhere(String text, int[] wordAt, String name, int at) {
        for (int other = text.indexOf(name); other >= 0; other = text.indexOf(name, other + 1)) {
            if (other != at && wordAt[other + 2] <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "马勇刚是Intuit的工程师", "杨泽磊在演讲中探讨了…", "钟佳此前就职于东晟游戏": a three-character name opening a clause,
     * followed by what subjects do (be, hold, say, present, have worked), when the segmenter did not read those characters
     * as a word of another kind.
     */
    private static void clauseSubjects(ArticleText article, List<Mention> out) {
        String text = article.text();
        int[] wordAt = null;
        for (int at = 0; at < text.length(); at++) {
            if (at > 0 && CLAUSE_OPENERS.indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            String name = ChineseNames.nameAt(text, at);
            if (name == null || name.length() < 3 || !SUBJECT_CUE_AFTER.matcher(text).region(at + name.length(), text.length()).lookingAt()) {
                continue;
            }
            wordAt = wordAt == null ? wordLengths(article) : wordAt;
            if (wordAt[at] >= 2 && !name.equals(recognisedNameAt(article, at)) && wordAt[at] != name.length()
                    || wordAt[at + name.length() - 1] > 1) {
                continue; // "高性能是…": the segmenter reads a word there, not a name
            }
            out.add(mention(at, name, CONTEXT, 0.6));
        }
    }

    /**
     * "嘉宾：葛蕾、蒋牧之、韩松", "记录人: 邓小禾", "（采访：林晓秋 | 编辑：周然）": a word for people or a credit of the piece, a
     * colon, then names one after another.
     */
    private static final QuickFind LIST_CUE = new QuickFind(Pattern.compile("(?:嘉宾|讲师|讲者|主讲人?|主持人?|记录人|参会人员|与会者|出品人|作者|编辑|审核|审校|校对|责编|"
            + "采访|采写|撰文|撰稿|执笔|记者|摄影|翻译|译者|整理|"
            + "获奖者|志愿者|联系人|负责人|成员)\\s*[:：]\\s*"));
    /** What ends an item of such a list or a cell of a table: a separator, a bracket, the end of the line. */
    // "作者：岑墨　　2021-08-02": a byline sets its name off from the date with ideographic spaces, which \s does not match
    private static final Pattern ITEM_END = Pattern.compile("\\s*(?:[、，,;；。|｜\\n(（)）\u3000]|\\s\\S|和|及|与|等|$)");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*(?:[、，,]|和|及|与)\\s*");

    /**
     * Names listed after a word for people and a colon: each item must be a whole name, up to a separator or a
     * bracket, so a list that goes on to other words stops there.
     */
    private static void listsAfterCues(String text, List<Mention> out) {
        QuickFind.Matches m = LIST_CUE.in(text);
        while (m.find()) {
            int at = m.end();
            while (true) {
                String name = wholeNameAt(text, at);
                name = name != null ? name : nicknameAt(text, at);
                if (name == null) {
                    break;
                }
                out.add(mention(at, name, CONTEXT, 0.65));
                Matcher sep = ITEM_SEPARATOR.matcher(text).region(at + name.length(), text.length());
                if (!sep.lookingAt()) {
                    break;
                }
                at = sep.end();
            }
        }
    }

    /** "第二位是陈可欣。", "第一位出场的是周楠，": the speakers of a recap counted one after another. */
    private static final Pattern ORDINAL_SPEAKER = Pattern.compile("第[一二三四五六七八九十0-9]{1,2}位(?:出场|登场|发言|上台|分享)?(?:的)?(?:嘉宾|讲者|讲师)?(?:是|为)\\s*");

    private static void ordinalSpeakers(String text, List<Mention> out) {
        Matcher m = ORDINAL_SPEAKER.matcher(text);
        while (m.find()) {
            String name = wholeNameAt(text, m.end());
            if (name != null && SELF_NAME_END.matcher(text).region(m.end() + name.length(), text.length()).lookingAt()) {
                out.add(mention(m.end(), name, CONTEXT, 0.65));
            }
        }
    }

    /** "我叫林一舟，…", "大家好，我是苏慧。": people giving their own name, which the punctuation then closes. */
    private static final Pattern SELF_NAMING = Pattern.compile("(?:我叫|我名叫|我的名字是|我是)\\s*");

    private static void selfNamed(String text, List<Mention> out) {
        Matcher m = SELF_NAMING.matcher(text);
        while (m.find()) {
            String name = wholeNameAt(text, m.end());
            if (name != null && SELF_NAME_END.matcher(text).region(m.end() + name.length(), text.length()).lookingAt()) {
                out.add(mention(m.end(), name, CONTEXT, 0.65));
            }
        }
    }

    /** What closes a name someone gives: punctuation, not "和" ("我是王者和…" is no name). */
    private static final Pattern SELF_NAME_END = Pattern.compile("\\s*(?:[，,。;；!！(（]|$)");

    /** "由陈浩然和许嘉树共同创立", "由王岚牵头": the people something was founded or led by, one after another. */
    private static final Pattern BY = Pattern.compile("由\\s*");
    private static final Pattern FOUNDED_AFTER = Pattern.compile("\\s*(?:等人)?(?:共同|联合|一起|于\\d{4}年)?(?:创立|创办|创建|发起|成立|牵头|主导|负责|主持|带领|领导)"
            // "开场的主题演讲由蒋维舟带来", "这一场由周楠主讲": who gave a talk
            + "|\\s*(?:带来|主讲|讲解|分享)");

    private static void founders(String text, List<Mention> out) {
        if (!text.contains("由")) {
            return;
        }
        Matcher m = BY.matcher(text);
        while (m.find()) {
            List<Mention> names = new ArrayList<>();
            int at = m.end();
            while (names.size() < 6) {
                String name = ChineseNames.nameAt(text, at);
                if (name == null || CommonWords.isCommonNonName(name)) {
                    break;
                }
                names.add(mention(at, name, CONTEXT, 0.6));
                at += name.length();
                Matcher sep = ITEM_SEPARATOR.matcher(text).region(at, text.length());
                if (!sep.lookingAt()) {
                    break;
                }
                at = sep.end();
            }
            if (!names.isEmpty() && FOUNDED_AFTER.matcher(text).region(names.get(names.size() - 1).end(), text.length()).lookingAt()) {
                out.addAll(names);
            }
        }
    }

    /** "任命赵明远为首席技术官", "任命王蕾担任…": whoever is appointed to a post is a person. */
    private static final Pattern APPOINTED = Pattern.compile("任命\\s*");
    private static final Pattern APPOINTED_AS = Pattern.compile("\\s*(?:为|担任|出任)");

    private static void appointed(String text, List<Mention> out) {
        if (!text.contains("任命")) {
            return;
        }
        Matcher m = APPOINTED.matcher(text);
        while (m.find()) {
            String name = ChineseNames.nameAt(text, m.end());
            if (name != null && !CommonWords.isCommonNonName(name)
                    && APPOINTED_AS.matcher(text).region(m.end() + name.length(), text.length()).lookingAt()) {
                out.add(mention(m.end(), name, CONTEXT, 0.65));
            }
        }
    }

    /** "安在锡(Jaesuk Ahn)", "朴成民（Park Sung-min）": a name in Latin letters, given and family name, in the bracket after. */
    private static final Pattern ROMANISED = Pattern.compile(
            "[(（]\\s*(\\p{Lu}\\p{Ll}+)(?:[ -]\\p{Lu}?\\p{Ll}+)?[ ]+(\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)\\s*[)）]");

    /**
     * A Korean or Chinese name with its spelling in a bracket after it is a person, though "在" in it ("安在锡", "文在寅")
     * is a preposition in other names; the spelling must read as a name, not a company ("华为(Huawei Cloud)").
     */
    private static final String NAME_OPENERS = "的、是了和与及由请";

    private static void romanised(String text, List<Mention> out) {
        Matcher m = ROMANISED.matcher(text);
        while (m.find()) {
            if (!LatinPersonFinder.mayBeFullName(m.group(1), m.group(2))) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                int begin = m.start() - length;
                if (begin < 0) {
                    break;
                }
                String name = text.substring(begin, m.start());
                // "基于风河(Wind River)": a name opens after a particle or punctuation, not inside a word
                boolean opens = begin == 0 || !TextFold.isHan(text.charAt(begin - 1)) || NAME_OPENERS.indexOf(text.charAt(begin - 1)) >= 0;
                if (opens && ChineseNames.surnameLength(text, begin) > 0 && ChineseNames.isPlausible(name.replace('在', '载'))) {
                    out.add(mention(begin, name, CONTEXT, 0.7));
                    break;
                }
            }
        }
    }

    /** "码农老邢（邢志远）": a bracket that holds a three-character name and nothing else. */
    private static final Pattern BRACKETED_NAME = Pattern.compile("[(（]\\s*(\\p{IsHan}{3})\\s*[)）]");

    private static void bracketed(String text, List<Mention> out) {
        Matcher m = BRACKETED_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (ChineseNames.isPlausible(name) && name.equals(ChineseNames.nameAt(text, m.start(1))) && !CommonWords.isCommonWord(name)) {
                out.add(mention(m.start(1), name, CONTEXT, 0.55));
            }
        }
    }

    /**
     * "樱桥科技CTO佐藤健一（Kenichi Sato）": a Japanese name in Han characters with its reading in Latin letters after it is
     * a person, though its surname is no Chinese one; the two name the same person.
     */
    private static final Pattern READ_AFTER = Pattern.compile("(\\p{IsHan}{2,12})[（(]\\s*(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}?\\p{Ll}+){1,2})\\s*[)）]");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind READINGS_AFTER = new QuickFind(READ_AFTER);
    private static final Pattern NAME_OPENS_AFTER = Pattern.compile("[的、和与及]");
    /** A word of Japanese read in Latin letters: syllables of a consonant or two and a vowel, or n ("Kenichi", "Sato"). */
    private static final Pattern ROMAJI = Pattern.compile("(?i)(?:(?:sh|ch|ts|[kgsztdnhbpmyrwfj])?y?[aeiou]|n)+");

    private static void readingsAfter(String text, List<Mention> out) {
        QuickFind.Matches m = READINGS_AFTER.in(text);
        while (m.find()) {
            String run = m.group(1);
            int from = 0;
            List<Titles.Found> titles = Titles.findIn(run, 0, run.length());
            if (!titles.isEmpty()) {
                from = titles.get(titles.size() - 1).end();
            }
            Matcher opens = NAME_OPENS_AFTER.matcher(run).region(from, run.length());
            while (opens.find()) {
                from = opens.end();
            }
            String name = run.substring(from);
            String reading = m.group(2);
            // a Chinese name with its pinyin is found as such elsewhere, the pinyin an alias of it
            boolean named = ChineseNames.surnameLength(name, 0) == 0
                    && java.util.Arrays.stream(reading.split("[ -]")).allMatch(w -> ROMAJI.matcher(w).matches());
            if (name.length() >= 2 && name.length() <= 4 && named && !CommonWords.isCommonNonName(name) && !twoWords(name)
                    && (from > 0 || m.start(1) == 0 || !TextFold.isHan(text.charAt(m.start(1) - 1)))) {
                // one person: the Han name and its reading name the same entity
                int begin = m.start(1) + from;
                out.add(new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.PERSON, reading), CONTEXT, 0.65));
            }
        }
    }

    /** "开源软件（Open Source）": two common words are a term with its translation, not a name with its reading. */
    private static boolean twoWords(String name) {
        for (int cut = 2; cut <= name.length() - 2; cut++) {
            if (CommonWords.isCommonNonName(name.substring(0, cut)) && CommonWords.isCommonNonName(name.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    /** "(李茂，就职于北京的一家创业公司)": a whole name set off before where the person works. */
    private static final Pattern EMPLOYER_AFTER = Pattern.compile("[,，]\\s*(?:现?就职于|任职于|供职于|现任|来自)");

    private static void beforeEmployers(String text, List<Mention> out) {
        if (!text.contains("职于") && !text.contains("现任") && !text.contains("来自")) {
            return;
        }
        Matcher m = EMPLOYER_AFTER.matcher(text);
        while (m.find()) {
            for (int length = 4; length >= 2; length--) {
                int begin = m.start() - length;
                if (begin < 0 || begin > 0 && TextFold.isHan(text.charAt(begin - 1)) && "的、和与及".indexOf(text.charAt(begin - 1)) < 0) {
                    continue;
                }
                String name = text.substring(begin, m.start());
                if (ChineseNames.isPlausible(name) && !CommonWords.isCommonNonName(name)) {
                    out.add(mention(begin, name, CONTEXT, 0.6));
                    break;
                }
            }
        }
    }

    /** A name at {@code at} that the text ends right after (a separator, a bracket, a line's end), or null. */
    /** "阿桥", "小满", "老K": "阿", "小" or "老" and one character, how a team's members are called in a credit. */
    private static final Pattern NICKNAME = Pattern.compile("[阿小老][\\p{IsHan}A-Z]");

    /**
     * "(本期执笔:阿桥、小满)": a nickname standing whole as an item of a list of people, not a word that opens with
     * such a character ("小组", "老师").
     */
    private static String nicknameAt(String text, int at) {
        Matcher m = NICKNAME.matcher(text).region(at, text.length());
        if (!m.lookingAt() || !ITEM_END.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null;
        }
        String name = m.group();
        return CommonWords.isCommonNonName(name) ? null : name;
    }

    private static String wholeNameAt(String text, int at) {
        String name = ChineseNames.nameAt(text, at);
        for (int length = name == null ? 0 : name.length(); length >= 2; length--) {
            String candidate = text.substring(at, at + length);
            if (ChineseNames.isPlausible(candidate) && ITEM_END.matcher(text).region(at + length, text.length()).lookingAt()
                    && !CommonWords.isCommonNonName(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * "蒋牧之" alone on a line over a speaker's biography, "《…》| 葛蕾" in an agenda: a cell of a line (the line, or a
     * part between bars) that is a whole name and nothing else, but for a bracket after it ("韩松(Hans Song)").
     */
    private static void cells(String text, List<Mention> out) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int cellStart = lineStart;
            while (cellStart <= lineEnd) {
                int bar = cellStart;
                while (bar < lineEnd && text.charAt(bar) != '|' && text.charAt(bar) != '｜') {
                    bar++;
                }
                int b = cellStart;
                while (b < bar && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                int e = bar;
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                Matcher bracket = CELL_BRACKET.matcher(text).region(b, e);
                if (bracket.find()) {
                    e = bracket.start();
                }
                String cell = text.substring(b, e);
                if (cell.length() <= 4 && ChineseNames.isPlausible(cell) && !CommonWords.isCommonNonName(cell)) {
                    out.add(mention(b, cell, CONTEXT, 0.6));
                }
                cellStart = bar + 1;
            }
            lineStart = lineEnd + 1;
        }
    }

    private static final Pattern CELL_BRACKET = Pattern.compile("\\s*[(（][^()（）]*[)）]$");

    private static final String CLAUSE_OPENERS = "。，；：！？\n“\"、——";
    private static final Pattern SUBJECT_CUE_AFTER = Pattern.compile("(?:是|现任|担任|此前|之前|早年|曾在|曾经|曾任|目前|现在|如今|同时|也是|毕业于|出生于|加入了?|创办了?|"
            + "在(?:演讲|会上|分论坛|峰会|大会|主题演讲|现场|台上)|表示|"
            // "李晓峰2019年从美团离职后加入了…", "王海涛去年跳槽去了小红书": a move between employers is told of people
            + "(?:(?:19|20)\\d{2}年|去年|今年|前年|后来)?(?:从[^，。；]{2,16}?(?:离职|跳槽|离开|辞职|转投|加盟)|跳槽|离职|入职|加盟)|"
            // "孙浩然在KubeCon China上介绍了", "周文博受邀出席", "郑凯在主论坛上致辞": what a speaker or a guest does at an event
            + "在[^，。；]{1,40}?上(?:发表|介绍|分享|演讲|做了|致辞|演示|展示|讲解)|发表了?|做了题为|带来了?|主持了?|致辞|出席了?|参加了|受邀|应邀|登台|上台|作为(?:嘉宾|讲师|讲者|主持人|演讲嘉宾)|介绍|分享|探讨|讲解|回顾|指出|认为|透露|强调|[(（])");

    /** Ranks written before a title that open with a surname's character: "腾讯高级研究员", "高级副总裁" name no one called 高级. */
    private static final java.util.Set<String> RANKS = java.util.Set.of("高级", "高端", "高层");

    private static void beforeFormsOfAddress(ArticleText article, List<Mention> out) {
        String text = article.text();
        QuickFind.Matches m = ADDRESS_AFTER.in(text);
        boolean[] inside = null;
        while (m.find()) {
            for (int length = 3; length >= 2; length--) {
                int begin = m.start() - length;
                if (begin >= 0) {
                    String name = text.substring(begin, m.start());
                    if (inside == null) {
                        inside = insideWords(article);
                    }
                    // "担任工程副总裁": a name cannot start inside a word the segmenter read ("工程")
                    // "，任技术总监": the verb 任 and a title's line of work ("技术", "产品") before the rank, no 任 surnamed
                    if (ChineseNames.isPlausible(name) && ChineseNames.surnameLength(name, 0) > 0 && !splitsWord(text, begin)
                            && RANKS.stream().noneMatch(name::startsWith)
                            && !inside[begin] && !TitleFunctions.isChineseFunction(name.substring(ChineseNames.surnameLength(name, 0)))) {
                        out.add(mention(begin, name, CONTEXT, 0.65));
                        break;
                    }
                }
            }
        }
    }

    /** "担任研发总监": a surname that ends a word before it ("担任", "出任") begins no name. */
    /** For each offset, whether it lies inside a word of the segmenter (after its first character). */
    private static boolean[] insideWords(ArticleText article) {
        String text = article.text();
        boolean[] inside = new boolean[text.length() + 1];
        for (Term t : article.terms()) {
            if (t.offset >= 0 && text.startsWith(t.word, t.offset)) {
                for (int i = t.offset + 1; i < t.offset + t.word.length(); i++) {
                    inside[i] = true;
                }
            }
        }
        return inside;
    }

    private static boolean splitsWord(String text, int begin) {
        return begin > 0 && WORD_ENDING_IN_SURNAME.matcher(text.substring(begin - 1, begin + 1)).matches();
    }

    private static final Pattern WORD_ENDING_IN_SURNAME = Pattern.compile("[担出现兼曾继就升前新历主信责]任|[主执]管|[作学]家|[大小]王");

    private static Mention mention(int begin, String name, String method, double confidence) {
        return new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.PERSON, name), method, confidence);
    }
}
