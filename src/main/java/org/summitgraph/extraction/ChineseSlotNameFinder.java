package org.summitgraph.extraction;

import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of organisations and places in Chinese text that no dictionary knows and no head word gives away, found by
 * the places only such names fill:
 * <ul>
 *   <li>where people work: "任职于杭州的X", "就职于X", "2019年加入X，", "曾在X担任" (a city before the name is no part of it);</li>
 *   <li>what a company is called after its kind: "创办了专注工具链的公司X", "一家德国公司X", "零售商Holloway &amp; Finch",
 *   "一家叫X的创业公司";</li>
 *   <li>a list closed by how many companies it names or by 等公司: "A、B与C三家公司", "A、B等公司";</li>
 *   <li>what has headquarters or is said to be a company: "X总部位于杭州", "X是一家…公司";</li>
 *   <li>names with heads the segmenter cuts apart: "天衡律师事务所", "上海浦东软件园";</li>
 *   <li>who became whose customer or partner: "X已成为Y的客户", "X与Y签署合作备忘录";</li>
 *   <li>a company named after the group it belongs to: "中国联通数科" (a known company and 数科, 研究院 ...);</li>
 *   <li>groups of a known body in a country or region: "OpenSSF中国社区", "韩国OpenInfra用户组";</li>
 *   <li>where a company has its headquarters: "总部在X", "总部位于X" (a place).</li>
 * </ul>
 * Each name must end where the text ends a phrase (punctuation, a particle, a verb that follows subjects) and must not
 * be a common word, a description ("一家创业公司") or a known name, which the dictionary finds.
 */
final class ChineseSlotNameFinder implements MentionFinder {

    static final String METHOD = "pattern:organization-slot-zh";
    static final String PLACE_METHOD = "pattern:place-slot-zh";

    /** Verbs after which comes where someone works. */
    private static final Pattern EMPLOYER_SLOT = Pattern.compile("(?:任职于|就职于|供职于|效力于|入职|跳槽到|跳槽至|加盟|加入了|加入)\\s*");
    /** "的公司X", "一家德国公司X", "初创公司X": a company's kind right before its name. */
    private static final Pattern KIND_SLOT = Pattern.compile("(?:的|家|一家[\\p{IsHan}]{0,4}?)(?:初创公司|创业公司|科技公司|软件公司|公司|律所|厂商)\\s*");
    private static final QuickFind FOUNDED_LATIN = new QuickFind(Pattern.compile("(?:创办|创立|创建|联合创办|联合创立)了?\\s*"
            + "([A-Z][A-Za-z0-9&.\\-]*(?:[ ][A-Z][A-Za-z0-9&.\\-]*){0,2})(?![A-Za-z0-9])(?=\\s*[，,。；;、（(]|\\s*$|\\s*(?:公司|并|后|之后))"));
    /**
     * "三家公司", "两家企业", "三家芯片厂商", "等云厂商": how many companies the list before named, with the trade they are in
     * between (a closed list of trades, so "等到公司" and other verbs after 等 stay out).
     */
    private static final QuickFind COUNTED = new QuickFind(Pattern.compile("(?:(?:[两三四五六七八九十几]|\\d+)家|等)"
            + "(?:芯片|云|云计算|软件|硬件|互联网|科技|家电|汽车|手机|终端|服务器|数据库|金融科技|通信|电信|半导体|电商|操作系统|存储|安全)?"
            + "(?:公司|企业|厂商|创业公司|初创公司)"));
    /** "观远智能总部位于北京", "X是一家总部在香港的金融科技公司": what has headquarters or is a company is one. */
    private static final QuickFind IS_COMPANY = new QuickFind(Pattern.compile("总部(?:设在|位于|在)|是一家[^，。；,;！？\\n]{0,20}?(?:公司|企业|厂商|机构|银行)"));
    /** "一家叫深蓝智算的创业公司": a company called something. */
    /** "一家做共享出行的创业公司叫 Kiezmobil": the kind of company first, then what it is called. */
    private static final QuickFind KIND_CALLED = new QuickFind(Pattern.compile("(?:公司|企业|厂商|创业公司|初创公司)(?:叫做|名叫|名为|叫)\\s*“?"
            + "([^，。；,;！？\\n“”的]{2,40}?)”?\\s*(?=[，。；,;！？]|$)"));
    /** "随后这家公司更名为 Ververica": what a company was renamed to is a company. */
    private static final QuickFind RENAMED_TO = new QuickFind(Pattern.compile("(?:更名为|改名为|改名叫|更名成)\\s*“?([^，。；,;！？\\n“”的]{2,40}?)”?\\s*(?=[，。；,;！？]|$)"));
    /** "2022 年从美图离开", "他从IBM出来创业": the employer someone left. */
    private static final QuickFind LEFT_FROM = new QuickFind(Pattern.compile("从\\s*([^，。；,;！？\\n的从]{2,12}?)\\s*(?:离职|离开|辞职|出来)"));
    /** "还买过 XSKY 的服务": a Latin name whose services or products were bought is a company's. */
    private static final QuickFind BOUGHT_FROM = new QuickFind(Pattern.compile("(?:买|购买|采购|订阅)(?:过|了)?\\s*"
            + "([A-Z][A-Za-z0-9&.\\-]*(?:[ ][A-Z][A-Za-z0-9&.\\-]*){0,2})\\s*的(?:服务|产品|商业支持|商业版|企业版|解决方案|技术支持)"));
    private static final QuickFind CALLED = new QuickFind(Pattern.compile("(?:叫|名为|名叫|叫做)([^，。；,;！？\\n的]{2,12})的[\\p{IsHan}]{0,6}?(?:公司|企业|厂商)"));
    /** "曾在锐川通信担任架构师", "在东软睿驰做车载系统": where someone held a job. */
    private static final QuickFind WORKED_AT = new QuickFind(Pattern.compile("(?:曾|曾经|此前|之前|以前|先后|现在|目前|也|还|当年|早年|那时)在\\s*"));
    private static final Pattern AND_WORKPLACE = Pattern.compile("\\s*[和与、及]\\s*([\\p{IsHan}A-Za-z0-9&. ]{2,12}?)\\s*(?:担任|从事|任职|工作|做过|负责)");
    private static final Pattern JOB_AFTER = Pattern.compile("\\s*(?:担任|从事|任职|工作|做过|负责|做)");
    /**
     * "零售商Ashford & Kerr", "金融科技公司PayLattice": a Latin name right after the kind of business it is. Not after "该公司"
     * or "这家公司", which point back to a company named before, nor a title and the name after it ("该公司CEO Lena Vogt").
     */
    private static final QuickFind LATIN_AFTER_KIND = new QuickFind(Pattern.compile("(?<!该|这家|此|本)(?:公司|企业|厂商|零售商|运营商|服务商|供应商|银行|机构)\\s*"
            + "(?!(?:CEO|CTO|COO|CFO|CIO|CMO|CPO|CSO|CISO|VP|SVP|EVP|GM|PTL)\\b)"
            + "([A-Z][A-Za-z0-9&.\\-]*(?:\\s+(?:&\\s+)?[A-Z][A-Za-z0-9&.\\-]*){0,3})"));
    /** "已成为星衡的客户", "成为九州云的新客户": the subject before is an organisation, and so is the one whose customer. */
    private static final QuickFind BECAME = new QuickFind(Pattern.compile("(?:已经|已|也|正式|先后)?成为([^，。；,;！？\\n]{2,12}?)的(?:新|首个|第一个|首批|重要|主要|战略)?"
            + "(?:客户|用户|合作伙伴|供应商|投资方)"));
    /** "与青鸾OS社区签署合作备忘录", "与X签约": both sides of an agreement are organisations. */
    private static final QuickFind SIGNED = new QuickFind(Pattern.compile("(?:与|和|同)([^，。；,;！？\\n、]{2,12}?)(?:签署|签订|签约|签了|达成了?(?:合作|战略))"));
    /** "总部在汉堡", "总部位于合肥": a company's headquarters are in a place. */
    private static final QuickFind HEADQUARTERS = new QuickFind(Pattern.compile("总部(?:设在|位于|在|落户|迁至)\\s*"));
    /** What a company named after its group ends in: "中国联通数科", "中国移动研究院". */
    private static final Pattern GROUP_SUFFIX = Pattern.compile("(?:数科|数字科技|研究院|软件|科技|终端)");
    /** "中国社区", "用户组": what a group of a known body is called after it, with the country or region before it or after it. */
    private static final Pattern GROUP_OF = Pattern.compile("(?:中国|中文|亚太|国际|全球|日本|韩国|欧洲|北美)?(?:社区|用户组|工作组|分会|兴趣小组|特别兴趣小组)");

    /** Where a Han name stops: punctuation, a particle, a verb or adverb that follows a subject or an employer. */
    private static final Pattern STOP = Pattern.compile("[^\\p{IsHan}A-Za-z0-9&]|的|了|是|和|与|及|也|都|已|将|在|于|并|而|又|还|就|等|担任|出任|任|负责|工作|从事|"
            + "做|至今|以来|期间|多年|之后|后|时|成为|宣布|签署|签订|签约|达成|一起|共同|联合|总部|旗下|作为|目前|现在|主要|专注|"
            + "提供|推出|发布|采用|使用|部署|也是|同时|由|为|从|向|给|对|把|被|让|其|之|所|以|因|此|前|上|中|里");
    /** Words that describe a company rather than name it. */
    private static final Pattern DESCRIPTION = Pattern.compile("^(?:太|很|越来越|非常|不少|众多|许多|诸多|大量|一家|这家|那家|该|某|本|其|我们|他们|她们|你们|我|他|她|多家|几家|数家|各|每|另一家|其他|其它|当地|"
            + "国内|国外|海外|外地|大厂|小厂|创业|初创|母公司|子公司|公司|企业|团队|部门|家|现在|目前|之前|此前|后来|同年|当年)"
            + "|(?:公司|企业|团队|部门|集团内部|内部|项目组|小组|大厂)$");
    private static final Pattern ORGANIZATION_ENDS = Pattern.compile("(?:社区|用户组|工作组|委员会|基金会|联盟|协会|学会|研究院|研究所|实验室|大学|学院|"
            + "软件园|产业园|科技园|中心)$");
    private static final Pattern COMPANY_END = Pattern.compile("(?:科技|软件|数据|信息|网络|智能|智控|智驾|智算|半导体|电子|通信|汽车|云)$");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9&.\\-]*(?:[ \\t]+(?:&[ \\t]+)?[A-Z][A-Za-z0-9&.\\-]*){0,3}");
    private static final Pattern LATIN_TAIL = Pattern.compile("(?<=[A-Za-z0-9])[.\\-]+$");

    private final ReferenceKnowledge knowledge;
    private final NameMatcher known = new NameMatcher();

    ChineseSlotNameFinder(ReferenceKnowledge knowledge) {
        this.knowledge = knowledge;
        knowledge.names().forEach(n -> known.add(n.text(), n.entityIri()));
    }

    @Override
    public List<Mention> find(ArticleText articleText) {
        if (!articleText.article().isChinese()) {
            return List.of();
        }
        Doc article = new Doc(articleText);
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        after(article, EMPLOYER_SLOT, List.of("任职", "就职", "供职", "效力", "入职", "跳槽", "加盟", "加入"), true, out);
        after(article, KIND_SLOT, List.of("公司", "律所", "厂商"), false, out);
        if (text.contains("创")) {
            // "他从IBM出来创业，创办了Kestrix": what someone founded, written in Latin script, is a company
            QuickFind.Matches m = FOUNDED_LATIN.in(text);
            while (m.find()) {
                organization(article, m.start(1), m.end(1), out);
            }
        }
        counted(article, out);
        if (text.contains("总部") || text.contains("是一家")) {
            QuickFind.Matches m = IS_COMPANY.in(text);
            while (m.find()) {
                subjectBefore(article, m.start(), out);
            }
        }
        if (text.contains("叫") || text.contains("名为")) {
            QuickFind.Matches m = CALLED.in(text);
            while (m.find()) {
                organization(article, m.start(1), m.end(1), out);
            }
        }
        for (QuickFind slot : List.of(KIND_CALLED, LEFT_FROM, BOUGHT_FROM, RENAMED_TO)) {
            QuickFind.Matches m = slot.in(text);
            while (m.find()) {
                organization(article, m.start(1), m.end(1), out);
            }
        }
        if (text.contains("在")) {
            QuickFind.Matches m = WORKED_AT.in(text);
            while (m.find()) {
                int end = nameEnd(text, m.end());
                if (JOB_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                    workplace(article, m.end(), end, out);
                    continue;
                }
                // "曾在Andela和腾讯工作": two workplaces joined before the job
                Matcher and = AND_WORKPLACE.matcher(text).region(end, text.length());
                if (end > m.end() && and.lookingAt()) {
                    workplace(article, m.end(), end, out);
                    workplace(article, and.start(1), and.end(1), out);
                }
            }
        }
        QuickFind.Matches latinKind = LATIN_AFTER_KIND.in(text);
        while (latinKind.find()) {
            organization(article, latinKind.start(1), latinKind.end(1), out);
        }
        if (text.contains("成为")) {
            QuickFind.Matches m = BECAME.in(text);
            while (m.find()) {
                subjectBefore(article, m.start(), out);
                organization(article, m.start(1), m.end(1), out);
            }
        }
        if (text.contains("签") || text.contains("达成")) {
            QuickFind.Matches m = SIGNED.in(text);
            while (m.find()) {
                subjectBefore(article, m.start(), out);
                organization(article, m.start(1), m.end(1), out);
            }
        }
        knownGroups(text, out);
        groupEndings(article, out);
        rareHeads(article, out);
        headquarters(article, out);
        return out;
    }

    /** The names in the slots {@code slot} opens, when the text holds one of {@code cues}. */
    private void after(Doc article, Pattern slot, List<String> cues, boolean placeFirst, List<Mention> out) {
        String text = article.text();
        if (cues.stream().noneMatch(text::contains)) {
            return;
        }
        Matcher m = slot.matcher(text);
        while (m.find()) {
            int at = placeFirst ? afterPlace(article, m.end()) : m.end();
            int end = nameEnd(text, at);
            // "加入了社区", "加入孵化器": what one joins may be a project or a programme; only a name that ends a clause
            // ("2019年加入数栈云帆，") or is followed by a title counts
            if (m.group().startsWith("加") && !JOINED_END.matcher(text).region(end, text.length()).lookingAt()) {
                continue;
            }
            organization(article, at, end, out);
        }
    }

    private static final Pattern JOINED_END = Pattern.compile("\\s*(?:[，,。；;）)]|担任|出任|任|并|后)");

    /**
     * Where someone worked: a name as {@link #organization} reads it, or an acronym of three or four capitals
     * ("之前在DBS做了很多年"), which elsewhere is as often a technology ("SDN") as a company.
     */
    private void workplace(Doc article, int begin, int end, List<Mention> out) {
        String name = article.text().substring(begin, end).strip();
        if (name.matches("[A-Z]{3,4}") && known.at(article.text(), begin).isEmpty()) {
            out.add(new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.COMPANY, name), METHOD, 0.55));
            return;
        }
        organization(article, begin, end, out);
    }

    /** "杭州的澜舟边缘、深圳的极棱科技与北京的云岫数据三家公司": every item of a list closed by how many companies it names. */
    private void counted(Doc article, List<Mention> out) {
        String text = article.text();
        if (!text.contains("家") && !text.contains("等")) {
            return;
        }
        QuickFind.Matches m = COUNTED.in(text);
        while (m.find()) {
            int end = m.start();
            int items = 0;
            List<Mention> found = new ArrayList<>();
            while (end > 0 && items < 8) {
                int begin = end;
                while (begin > 0 && (TextFold.isHan(text.charAt(begin - 1)) || TextFold.isLatinOrDigit(text.charAt(begin - 1))
                        || text.charAt(begin - 1) == ' ') && !ITEM_SEPARATOR.matcher(text.substring(begin - 1, begin)).matches()) {
                    begin--;
                }
                // "深圳的极棱科技": a place and 的 before an item are no part of it
                int of = text.lastIndexOf('的', end - 1);
                int start = of >= begin ? of + 1 : begin;
                if (items == 0 && end - start > 8) {
                    break;
                }
                organization(article, start, end, true, found);
                items++;
                if (begin == 0 || !ITEM_SEPARATOR.matcher(text.substring(begin - 1, begin)).matches()) {
                    break;
                }
                end = begin - 1;
            }
            if (items >= 2) {
                out.addAll(found); // "首批成员有七家企业" counts, but lists nothing
            }
        }
    }

    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、与和及]");

    /** The name that ends right before {@code end} and opens its clause: "，招商云帆已成为…". */
    private void subjectBefore(Doc article, int end, List<Mention> out) {
        String text = article.text();
        int begin = end;
        while (begin > 0 && end - begin < 12 && (TextFold.isHan(text.charAt(begin - 1)) || TextFold.isLatinOrDigit(text.charAt(begin - 1))
                || text.charAt(begin - 1) == ' ')) {
            begin--;
        }
        if (begin > 0 && "，,。；;：:！？\n、（(“\"".indexOf(text.charAt(begin - 1)) < 0) {
            return; // no clear start: "据他透露招商…" is left alone
        }
        organization(article, afterPlace(article, begin), end, out);
    }

    /**
     * A company or organisation named between {@code begin} and {@code end}, when it is one: not a known name, a common
     * word, a description, a person's name or a pronoun.
     */
    private void organization(Doc article, int begin, int end, List<Mention> out) {
        organization(article, begin, end, false, out);
    }

    /** @param listed the name is an item of a list of companies: a verb may stand in it ("同程旅行") */
    private void organization(Doc article, int begin, int end, boolean listed, List<Mention> out) {
        String text = article.text();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String name = text.substring(begin, end);
        boolean latin = LATIN_NAME.matcher(name).matches();
        if (end - begin < 2 || end - begin > (latin ? 40 : 12)) {
            return;
        }
        boolean han = name.codePoints().allMatch(cp -> TextFold.isHan((char) cp));
        if (!latin && !han && !name.matches("[\\p{IsHan}]{1,6}[A-Za-z0-9]{1,12}|[A-Za-z0-9]{1,12}[\\p{IsHan}]{2,6}")) {
            return;
        }
        if (latin && (LATIN_TAIL.matcher(name).find() || Character.isLowerCase(name.charAt(0)) || name.length() < 3
                || name.matches("[A-Z]{1,3}"))) {
            return;
        }
        if (han && (name.length() > 8 || CommonWords.isCommonWord(name) || DESCRIPTION.matcher(name).find()
                || name.length() <= 3 && ChineseNames.isPlausible(name) && !COMPANY_END.matcher(name).find()
                || isPlace(article, begin, end))) {
            return;
        }
        if (han && isClause(article, begin, end, !listed) || isShortForm(text, name)) {
            return;
        }
        Optional<NameMatcher.Match> k = known.at(text, begin);
        if (k.isPresent()) {
            return; // the dictionary's
        }
        EntityKind kind = ORGANIZATION_ENDS.matcher(name).find() ? EntityKind.ORGANIZATION : EntityKind.COMPANY;
        out.add(new Mention(begin, end, name, NewEntities.of(kind, name), METHOD, 0.55));
    }

    /**
     * "去年我们", "极棱科技则宣布": words the segmenter reads as a pronoun, a time, an adverb, a preposition, a conjunction,
     * a particle or a verb of two characters or more make a clause, not a name.
     */
    private static boolean isClause(Doc article, int begin, int end) {
        return isClause(article, begin, end, true);
    }

    private static boolean isClause(Doc article, int begin, int end, boolean verbs) {
        Term previous = null;
        for (int i = begin; i < end; i++) {
            Term t = article.covering[i];
            if (t == null || t == previous || t.nature == null) {
                continue;
            }
            previous = t;
            String nature = t.nature.toString();
            if (nature.matches("[rcpudyet].*") || verbs && nature.startsWith("v") && t.word.length() >= 2 && !nature.equals("vn")) {
                return true;
            }
        }
        return false;
    }

    /** "星衡" where the text also writes "星衡智算": the short form of a longer name, which the short-form rules tie to it. */
    private static boolean isShortForm(String text, String name) {
        for (String head : SHORT_OF) {
            if (text.contains(name + head)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> SHORT_OF = List.of("科技", "软件", "数据", "信息", "网络", "智能", "智控", "智驾", "智算", "数科",
            "半导体", "电子", "通信", "集团", "控股");

    /** Where a name that may open with a city ("杭州的数栈云帆", "北京轩辕智驾") starts after it. */
    private static int afterPlace(Doc article, int at) {
        Term t = termAt(article, at);
        if (t != null && t.nature != null && t.nature.toString().startsWith("ns") && t.word.length() >= 2) {
            int next = at + t.word.length();
            if (next < article.text().length() && article.text().charAt(next) == '的') {
                return next + 1;
            }
            Term after = termAt(article, next);
            if (after != null && TextFold.isHan(after.word.charAt(0)) && nameEnd(article.text(), next) - next >= 2) {
                return next;
            }
        }
        return at;
    }

    private static boolean isPlace(Doc article, int begin, int end) {
        Term t = termAt(article, begin);
        return t != null && t.nature != null && t.nature.toString().startsWith("ns") && begin + t.word.length() == end;
    }

    private static Term termAt(Doc article, int offset) {
        return offset < article.starting.length ? article.starting[offset] : null;
    }

    /** The article's text with, for each offset, the segmenter's word that starts there and the one that covers it. */
    private static final class Doc {
        final ArticleText article;
        final Term[] starting;
        final Term[] covering;

        Doc(ArticleText article) {
            this.article = article;
            int length = article.text().length();
            starting = new Term[length + 1];
            covering = new Term[length + 1];
            for (Term t : article.terms()) {
                if (t.offset < 0 || t.offset + t.length() > length || !article.text().startsWith(t.word, t.offset)) {
                    continue;
                }
                starting[t.offset] = t;
                for (int i = t.offset; i < t.offset + t.length(); i++) {
                    covering[i] = t;
                }
            }
        }

        String text() {
            return article.text();
        }
    }

    /** Where a name starting at {@code at} ends: a Latin name whole, a Han one at the first stop word or after 8 characters. */
    private static int nameEnd(String text, int at) {
        Matcher latin = LATIN_NAME.matcher(text).region(at, text.length());
        if (latin.lookingAt()) {
            int end = latin.end();
            // "SphereEx公司": a Latin name may go on with Han characters only as a kind word
            return end < text.length() && TextFold.isHan(text.charAt(end)) && !STOP.matcher(text).region(end, text.length()).lookingAt()
                    && !text.startsWith("公司", end) ? at : end;
        }
        int end = at;
        Matcher stop = STOP.matcher(text);
        while (end < text.length() && end - at <= 8 && !stop.region(end, text.length()).lookingAt()) {
            end++;
        }
        return end;
    }

    /**
     * "OpenSSF中国社区", "韩国OpenInfra用户组", "中国联通数科": a known organisation or project with what names a part of it,
     * a country before it or a group word after it.
     */
    private void knownGroups(String text, List<Mention> out) {
        // found from the group words back to a known name ending right before them: the words are rarer than names
        QuickFind.Matches words = GROUP_WORD.in(text);
        while (words.find()) {
            NameMatcher.Match m = knownEndingAt(text, words.start());
            if (m == null || !isOrganizationOrProject(m)) {
                continue;
            }
            Matcher group = GROUP_OF.matcher(text).region(m.end(), text.length());
            Matcher suffix = GROUP_SUFFIX.matcher(text).region(m.end(), text.length());
            boolean isGroup = group.lookingAt() && (group.group().length() > 2 && !group.group().endsWith("社区")
                    || group.group().matches("(?:中国|中文|亚太|国际|全球|日本|韩国|欧洲|北美)社区|用户组|工作组|分会|.*兴趣小组"));
            int end;
            if (isGroup) {
                end = group.end();
            } else if (suffix.lookingAt() && isCompany(m) && (!TextFold.isHan(charAt(text, suffix.end()))
                    || STOP.matcher(text).region(suffix.end(), text.length()).lookingAt()
                    || SUBJECT_VERB.matcher(text).region(suffix.end(), text.length()).lookingAt())) {
                end = suffix.end();
            } else {
                continue;
            }
            group(text, m.begin(), end, isGroup, out);
        }
        // "韩国OpenInfra用户组", "Kubernetes中国社区": a Latin name need not be known to have a group
        QuickFind.Matches latin = LATIN_GROUP.in(text);
        while (latin.find()) {
            if (latin.group(1).length() >= 3) {
                group(text, latin.start(), latin.end(), true, out);
            }
        }
    }

    private static final QuickFind LATIN_GROUP = new QuickFind(Pattern.compile("(?<![A-Za-z0-9])(\\p{Lu}[A-Za-z0-9.\\-]*(?:[ ]\\p{Lu}[A-Za-z0-9.\\-]*){0,2})\\s*"
            + "(?:(?:中国|中文|亚太|国际|全球|日本|韩国|欧洲|北美)?(?:用户组|工作组|分会|兴趣小组)|(?:中国|中文|亚太|国际|全球|日本|韩国|欧洲|北美)社区)"));

    /** The group or part named from {@code begin} to {@code end}, with a known country written before it. */
    private void group(String text, int begin, int end, boolean isGroup, List<Mention> out) {
        for (NameMatcher.Match before : known.findAll(text.substring(Math.max(0, begin - 4), begin))) {
            int b = Math.max(0, begin - 4) + before.begin();
            if (b + (before.end() - before.begin()) == begin && isPlace(before) && isGroup) {
                begin = b;
            }
        }
        final int from = begin;
        if (known.findAll(text.substring(from, end)).stream().anyMatch(k -> k.begin() == 0 && k.end() == end - from)) {
            return;
        }
        String name = text.substring(from, end);
        EntityKind kind = isGroup || ORGANIZATION_ENDS.matcher(name).find() ? EntityKind.ORGANIZATION : EntityKind.COMPANY;
        out.add(new Mention(from, end, name, NewEntities.of(kind, name), METHOD, 0.6));
    }

    /** "华为终端获得", "华为终端未参与": what the subsidiary as a subject does. */
    private static final Pattern SUBJECT_VERB = Pattern.compile("获得|荣获|未|没有|不|曾|宣布|表示|推出|发布|参与|参加");
    private static final QuickFind GROUP_WORD = new QuickFind(Pattern.compile("(?:中国|中文|亚太|国际|全球|日本|韩国|欧洲|北美)?(?:社区|用户组|工作组|分会|兴趣小组|特别兴趣小组)"
            + "|数科|数字科技|研究院|软件|科技|终端"));

    /** The longest known name that ends at {@code end} and is the whole of what the dictionary reads from its start. */
    private NameMatcher.Match knownEndingAt(String text, int end) {
        for (int begin = Math.max(0, end - 24); begin < end; begin++) {
            Optional<NameMatcher.Match> m = known.at(text, begin);
            if (m.isPresent() && m.get().end() == end) {
                return m.get();
            }
        }
        return null;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    private boolean isOrganizationOrProject(NameMatcher.Match m) {
        return m.keys().stream().map(knowledge::entity).flatMap(Optional::stream)
                .anyMatch(e -> e.kind().isOrganization() || e.kind() == EntityKind.PROJECT);
    }

    private boolean isCompany(NameMatcher.Match m) {
        return m.keys().stream().map(knowledge::entity).flatMap(Optional::stream).anyMatch(e -> e.kind() == EntityKind.COMPANY);
    }

    private boolean isPlace(NameMatcher.Match m) {
        return m.keys().stream().map(knowledge::entity).flatMap(Optional::stream).anyMatch(e -> e.kind() == EntityKind.PLACE);
    }

    /** Endings of the names of groups, which the segmenter cuts apart or leaves alone ("用户|组", "SIG"). */
    private static final Pattern GROUP_ENDING = Pattern.compile("SIG(?![A-Za-z])|俱乐部|用户组|学院|社区");
    /** "Cloud Kernel", "openEuler Kernel": Latin words before SIG, one of them with a capital. */
    private static final Pattern LATIN_STEM = Pattern.compile("(?<![A-Za-z0-9.\\-])([A-Za-z][A-Za-z0-9.\\-]*(?:[ ][A-Za-z][A-Za-z0-9.\\-]*){0,2})[ ]?$");
    /** What a community, school or club of no name is about: "开源社区", "技术社区", "中文社区". */
    private static final Pattern GENERIC_STEM = Pattern.compile("^(?:开源|技术|中文|国内|国外|海外|用户|开发者|云原生|全球|本地|线上|线下|"
            + "各大|各地|多个|整个|大型|知名|活跃|核心|学术|商业|生态|项目|上游|下游|内部|外部|亚太|亚洲|欧洲|北美|中国|全国|华南|华北|华东|西部|原生)$"
            + "|(?:开源|技术|用户|开发者|区|地区|云原生)$");
    /** Where a group's name may start: punctuation, a particle, a conjunction. */
    private static final String GROUP_BOUNDARY = "的和与及、是在由从对给跟同向将为被让把";

    /**
     * "重庆开源鸿蒙用户组", "电子科技大学开源鸿蒙俱乐部", "龙蜥智算SIG", "Cloud Kernel SIG", "该校计算机学院", "龙蜥社区": a name
     * and the ending of a group (SIG, 俱乐部, 用户组, 学院, 社区), from the start of its phrase; words that open a clause
     * ("其中", "该校") are no part of it. A community needs a name of its own (not "开源社区", not a known project's
     * "Karmada社区", which stands for the project), a school a university before it.
     */
    private void groupEndings(Doc article, List<Mention> out) {
        String text = article.text();
        if (!text.contains("SIG") && !text.contains("俱乐部") && !text.contains("用户组") && !text.contains("学院") && !text.contains("社区")) {
            return;
        }
        Matcher m = GROUP_ENDING.matcher(text);
        while (m.find()) {
            if (AWARD_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "年度优秀SIG奖", "年度优秀社区组织奖": an award's name
            }
            String ending = m.group();
            int begin = -1;
            Matcher latin = LATIN_STEM.matcher(text).region(Math.max(0, m.start() - 40), m.start());
            if (ending.equals("SIG") && latin.find() && latin.group(1).chars().anyMatch(Character::isUpperCase)) {
                begin = latin.start(1);
            } else {
                int b = m.start();
                while (b > 0 && m.start() - b < 12 && TextFold.isHan(text.charAt(b - 1)) && GROUP_BOUNDARY.indexOf(text.charAt(b - 1)) < 0) {
                    b--;
                }
                begin = skipOpeners(article, b, m.start());
                if (begin < 0) {
                    continue;
                }
                String before = text.substring(Math.max(0, begin - 2), begin);
                String stem = text.substring(begin, m.start());
                if (stem.length() < 2 || hasClauseWord(article, begin, m.start()) || DESCRIPTION.matcher(stem).find()) {
                    continue;
                }
                if (ending.equals("学院") && !stem.contains("大学") && !before.endsWith("该校") && !before.endsWith("本校")
                        && !before.endsWith("大学")) {
                    continue; // "商学院" alone is a kind of school
                }
                if (ending.equals("社区") && (CommonWords.isCommonWord(stem) || GENERIC_STEM.matcher(stem).find() || stem.length() > 6
                        || hasVerb(article, begin, m.start())
                        || knownEndingAt(text, m.start()) != null || isPlace(article, begin, m.start()))) {
                    continue;
                }
                if (!ending.equals("学院") && CommonWords.isCommonWord(stem)) {
                    continue;
                }
            }
            if (known.at(text, begin).filter(k -> k.end() >= m.end()).isPresent()) {
                continue; // the dictionary's
            }
            String name = text.substring(begin, m.end());
            out.add(new Mention(begin, m.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.6));
        }
    }

    private static final Pattern AWARD_AFTER = Pattern.compile("\\p{IsHan}{0,4}(?:奖|之星)");

    /** "社区现有": a pronoun, particle, adverb or verb of two characters inside (but 开源, which names what groups are about). */
    private static boolean hasClauseWord(Doc article, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Term t = article.covering[i];
            if (t != null && t.nature != null && !t.word.equals("开源") && (t.nature.toString().matches("[rcpudyet].*")
                    || t.nature.toString().startsWith("v") && t.word.length() >= 2 && !t.nature.toString().equals("vn"))) {
                return true;
            }
        }
        return false;
    }

    /** "把代码贡献回社区": any verb but 开源 makes what comes before 社区 a clause. */
    private static boolean hasVerb(Doc article, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Term t = article.covering[i];
            if (t != null && t.nature != null && !t.word.equals("开源") && t.nature.toString().startsWith("v")) {
                return true;
            }
        }
        return false;
    }

    /** Where a name starts in {@code [begin, end)} after the words that open a clause; -1 when nothing is left. */
    private static int skipOpeners(Doc article, int begin, int end) {
        int at = begin;
        while (at < end) {
            Term t = article.covering[at];
            if (t == null || t.nature == null || t.offset < at) {
                return at;
            }
            String nature = t.nature.toString();
            if (!nature.matches("[rcpdtuyefmq].*|v.*") || t.word.equals("开源") || t.offset + t.length() > end) {
                return at;
            }
            at = t.offset + t.length();
        }
        return -1;
    }

    /** Heads found almost only at the end of names, which the segmenter cuts apart ("天|衡|律师|事务所"). */
    private static final Pattern RARE_HEAD = Pattern.compile("律师事务所|会计师事务所|软件园|产业园|科技园|创新中心");

    /** "天衡律师事务所合伙人": two to four characters after a phrase boundary, then a head word names an organisation. */
    private void rareHeads(Doc article, List<Mention> out) {
        String text = article.text();
        if (!text.contains("所") && !text.contains("园") && !text.contains("中心")) {
            return;
        }
        Matcher m = RARE_HEAD.matcher(text);
        while (m.find()) {
            for (int length = 4; length >= 2; length--) {
                int begin = m.start() - length;
                if (begin < 0 || !text.substring(begin, m.start()).codePoints().allMatch(cp -> TextFold.isHan((char) cp))) {
                    continue;
                }
                boolean boundary = begin == 0 || !TextFold.isHan(text.charAt(begin - 1)) || "的和与及、是在由从对给跟同向将为被".indexOf(text.charAt(begin - 1)) >= 0;
                String stem = text.substring(begin, m.start());
                if (boundary && !isClause(article, begin, m.start()) && !DESCRIPTION.matcher(stem).find()
                        && known.at(text, begin).isEmpty()) {
                    String name = text.substring(begin, m.end());
                    EntityKind kind = name.endsWith("事务所") ? EntityKind.COMPANY : EntityKind.ORGANIZATION;
                    out.add(new Mention(begin, m.end(), name, NewEntities.of(kind, name), METHOD, 0.6));
                    break;
                }
            }
        }
    }

    /** "总部在汉堡": the place the segmenter reads after a headquarters verb. */
    private void headquarters(Doc article, List<Mention> out) {
        String text = article.text();
        if (!text.contains("总部")) {
            return;
        }
        QuickFind.Matches m = HEADQUARTERS.in(text);
        while (m.find()) {
            Term t = termAt(article, m.end());
            if (t == null || t.nature == null || !t.nature.toString().startsWith("ns") || t.word.length() < 2
                    || known.at(text, m.end()).isPresent()) {
                continue;
            }
            int end = m.end() + t.word.length();
            if (end < text.length() && TextFold.isHan(text.charAt(end)) && !"。，；的".contains(String.valueOf(text.charAt(end)))
                    && !STOP.matcher(text).region(end, text.length()).lookingAt()) {
                continue;
            }
            out.add(new Mention(m.end(), end, t.word, NewEntities.of(EntityKind.PLACE, t.word), PLACE_METHOD, 0.55));
        }
    }
}
