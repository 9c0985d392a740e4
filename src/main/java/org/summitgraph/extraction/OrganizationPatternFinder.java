package org.summitgraph.extraction;

import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of organisations the reference data does not know by their head word: a noun phrase ending in
 * 工作组, 联盟, 大学, 公司 ... ("OpenStack金融工作组"), or capitalised words ending in Foundation, University,
 * Inc ... in Latin script.
 */
public final class OrganizationPatternFinder implements MentionFinder {

    static final String METHOD = "pattern:organization-head-word";
    private static final List<String> CHINESE_HEADS = List.of("工作组", "委员会", "联盟", "基金会", "大学", "学院",
            "研究院", "研究所", "实验室", "公司", "集团", "银行", "协会", "兴趣小组", "用户组", "科技", "证券", "数据",
            "软件", "信息", "网络", "通信", "电子", "控股", "股份", "保险", "云网", "智能云", "中心", "电信", "信息技术", "游戏", "汽车",
            "传媒", "零售", "能源", "物流", "航空", "医药", "云计算", "软件园", "产业园", "科技园", "律师事务所",
            // "京东数科", "钱塘数科": 数字科技 shortened; "华科开源俱乐部": a students' club; "云端智库": a think tank
            "数科", "俱乐部", "智库");
    private static final Set<String> COMPANY_HEADS_ZH = Set.of("公司", "集团", "银行", "科技", "证券", "数据", "软件",
            "信息", "网络", "通信", "电子", "控股", "股份", "保险", "云网", "智能云", "电信", "信息技术", "游戏", "汽车", "传媒", "零售",
            "能源", "物流", "航空", "医药", "云计算", "律师事务所", "数科");
    private static final Set<String> NOT_NAME_CHARS = Set.of("的", "了", "在", "是", "和", "与", "及", "由", "为", "对", "从",
            "向", "把", "被", "让", "给", "用", "将", "也", "都", "还", "已", "曾", "就", "并", "而", "或", "其", "该", "此");
    private static final Pattern WHERE_BEFORE = Pattern.compile("(?:曾经|曾|此前|之前|先后)?在(?!线)");
    private static final Pattern SITE = Pattern.compile("\\p{IsHan}{2,3}(?:研发中心|研究中心|分公司|办公室|办事处|基地|园区)");
    private static final Pattern FROM_OF = Pattern.compile("来自([\\p{IsHan}A-Za-z0-9]{2,8}?)的");
    private static final Pattern PLACE_LIKE = Pattern.compile("[省市县区州国]$|各地|全国|世界|海外|国内|一线|社区|团队|用户|企业|公司$");
    private static final Pattern FORMER_PREFIX = Pattern.compile("前|原|曾任|现任|时任|目前|如今");
    /** "专访砺石科技陈思远", "对话澜芯科技CTO严书航": an interview's title opens with its verb, no part of the name. */
    private static final Pattern INTERVIEW_VERB = Pattern.compile("专访|对话|采访|访谈|走近|探访");
    private static final Pattern DEPARTMENT_AFTER = Pattern.compile("部门|事业部|事业群|业务部|团队|部(?![署分件长落])");
    private static final Pattern WORD_CONTINUES = Pattern.compile("[面层流库源量集化中]");
    private static final Pattern TITLE_BOUNDARY = Pattern.compile("[，。、；：（）“”！？,.;:()\\s的是由和与及在从自、“‘]");
    /** "那一年基金会", "这家公司", "去年成立的公司": pointing words and times are no part of a name. */
    private static final Pattern DEICTIC = Pattern.compile("^[那这该本每各某其]|年|月|时|^[几数多一二两三四五六七八九十百千万]+[家个位些所款类]"
            // "见过太多小银行", "来自前十名的运营商": a quantity or a rank, no name
            + "|^(?:太多|很多|许多|不少|众多|大量|一些|更多|诸多)|^前[一二三四五六七八九十百\\d]+[名位家大强]"
            // "同场演讲的还有星河云栈存储团队负责人": the word that adds to a list opens no name
            + "|^(?:还有|另有|也有|以及)");
    /** Words that describe rather than name: "中国公司", "中立基金会", "这家公司". */
    private static final Set<String> GENERIC_PREFIXES = Set.of("中国", "国内", "国外", "海外", "全球", "中立", "各", "该",
            "这家", "那家", "多家", "一家", "大型", "小型", "知名", "主要", "其他", "相关", "新", "老", "本", "我们", "他们",
            "开源", "边缘", "云", "大", "小", "数据", "网络", "信息", "人工智能", "互联网", "金融", "企业", "用户", "社区",
            "项目", "旗下", "原生", "数字", "私有", "公有", "混合", "政务", "智能", "云原生", "平台", "会上", "会后", "会前", "现场", "台上", "场上", "展区", "展台", "当天", "当晚",
            "随后", "最后", "同时", "其中", "包括", "公司");
    private static final Set<String> TOPIC_WORDS = Set.of("开源", "云原生", "原生", "边缘", "云", "数据", "网络", "信息",
            "人工智能", "金融", "互联网", "企业", "用户", "大", "小", "合规", "安全", "计算");
    /** Parts of speech that can stand inside a name: nouns, names, Latin words, numbers. */
    private static final Set<String> NAME_PARTS = Set.of("n", "nz", "nt", "ntc", "ntcb", "ntcf", "ntch", "nth",
            "nto", "nts", "ntu", "nx", "ns", "nsf", "nnt", "gi", "gm", "nis", "nit", "vn", "j", "nr", "nrf", "ng");
    /** Words that end an organisation's name: "Quillon Data", "Nordvik Rail", "Kargo Systems". */
    private static final String HEADS = "Foundation|University|Inc\\.?|Ltd\\.?|Corporation|"
                    + "Corp\\.?|Institute|Working Group|Steering Committee|Governing Board|Committee|User Group|Alliance|Consortium|Labs|Laboratory|Lab|Bank|Telecom|Networks|Network|Cloud|Data|"
                    + "Systems|Rail|Railways|Airlines|Solutions|Technologies|Technology|Software|Computing|Digital|Media|Energy|"
                    + "Insurance|Motors|Group|Holdings|Research|Review|Times|News|Partners|Ventures|Capital|Services|Telecommunications|"
                    + "Communications|Mobile|Automotive|Bio|Health|Hospital|College|Academy|Society|Association|Council|Agency|Mutual|"
                    + "Genomics|Biotech|Therapeutics|Logistics|Retail|Payments|Airways|Foods|Pharma|Pharmaceuticals|Analytics|Compute|"
                    + "Freight|Financial|Robotics|Semiconductor|Electronics|Security|Consulting|Devices|Industries|Interactive|"
                    + "GmbH|AG|Platforms|Shipping|Energy|Utilities|Aerospace|Airlines|Hosting|Storage|Securities|Games|Gaming|"
                    + "Entertainment|Express|Studios|Markets|Trading|Chemicals|Steel|Electric|Broadcasting|Publishing|Manufacturing|"
                    + "Semiconductors|Biosciences|Investments|Bancorp|Automation|Microsystems|Telecoms|Telco|Grocers|Airport|Resources|Silicon|"
                    // names in the languages of the companies' countries: "Alpenbahn Technik", "Kuzgun Yazılım", "Cajá Sistemas"
                    + "Technik|Technologie|Informatik|Yazılım|Teknoloji|Bilişim|Sistemas|Tecnologia|Tecnología|Informática|"
                    + "Public Library|National Library|State Library|City Library|Observatory|Credit Union|Tech|"
                    // news services and newsletters: "NewsPulse Wire", "Upstream Weekly", "Stack Gazette"
                    + "Wire|Weekly|Daily|Gazette|Journal|Magazine";
    private static final Pattern HEAD_WORD = Pattern.compile(HEADS);
    /** " of Orsa University" after a faculty's field: the name of the university that keeps it, and its last word. */
    private static final Pattern OWNER_TAIL = Pattern.compile("\\s+(?:of|for)\\s+(?:the\\s+)?((?:\\S+\\s+)*?(\\S+))\\s*");
    private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+(?:of|for)\\s+\\p{Lu}");
    /** "Faculty of ", "School of ": the unit of a university a field names. */
    private static final Pattern FACULTY_BEFORE = Pattern.compile("(?<![\\p{L}])((?:Faculty|School|Department)\\s+of\\s+(?:the\\s+)?)$");
    /** Capitalised words ending in a word that names a kind of organisation: "Quillon Data", "Nordvik Rail". */
    private static final QuickFind LATIN = new QuickFind(Pattern.compile(
            // "SK Telecom's 5GX Technology Lab": a word may open with digits before two capitals
            // (words set three spaces apart are a page's menu, "Tidewater Cloud   Product   Solutions", not one name)
            "(?<![\\p{IsLatin}\\d])((?:(?:\\p{Lu}|\\d+\\p{Lu}{2})(?:[\\p{IsLatin}\\d&-]|\\.(?=[\\p{IsLatin}\\d]))*[ \\t]{1,2}){1,4})(" + HEADS + ")"
                    + "((?:\\s+(?:for|of)(?!\\s+LF\\s)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{IsLatin}-]*){1,4})?)(?![\\p{IsLatin}])"
                    // "Seoul Cloud Native Community": "Cloud Native" is one word of a longer name, which does not end at "Cloud"
                    + "(?![ \\t]+Native(?![\\p{IsLatin}]))"));
    private static final Set<String> COMPANY_HEADS = Set.of("Inc", "Inc.", "Ltd", "Ltd.", "Corporation", "Corp", "Corp.",
            "Bank", "Telecom", "Networks", "Cloud", "Data", "Systems", "Rail", "Railways", "Airlines", "Solutions",
            "Technologies", "Technology", "Software", "Computing", "Digital", "Media", "Energy", "Insurance", "Motors",
            "Group", "Holdings", "Labs", "Partners", "Ventures", "Capital", "Services", "Telecommunications",
            "Communications", "Mobile", "Automotive", "Mutual", "Genomics", "Biotech", "Therapeutics", "Logistics", "Retail",
            "Payments", "Airways", "Foods", "Pharma", "Pharmaceuticals", "Analytics", "Compute", "Freight", "Financial",
            "Robotics", "Semiconductor", "Electronics", "Security", "Consulting", "Devices", "Industries", "Interactive",
            "GmbH", "AG", "Platforms", "Shipping", "Utilities", "Aerospace", "Hosting", "Storage", "Securities", "Games", "Gaming",
            "Entertainment", "Express", "Studios", "Markets", "Trading", "Chemicals", "Steel", "Electric", "Broadcasting",
            "Publishing", "Manufacturing", "Semiconductors", "Biosciences", "Investments", "Bancorp", "Automation",
            "Microsystems", "Telecoms", "Telco", "Grocers", "Resources", "Silicon", "Technik", "Technologie", "Informatik", "Yazılım",
            "Teknoloji", "Bilişim", "Sistemas", "Tecnologia", "Tecnología", "Informática");
    /** "Hostwerk, a tiny hosting company", "Vireo Telecom, a regional carrier": a name and what kind of organisation. */
    private static final Pattern APPOSITION = Pattern.compile(
            "(?<![\\p{IsLatin}])(\\p{Lu}[\\p{IsLatin}\\d&-]+(?:[ \\t]+\\p{Lu}[\\p{IsLatin}\\d&-]+){0,3}),\\s+(?:a|an|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?"
                    + "(company|start-?up|firm|provider|vendor|carrier|operator|bank|retailer|telco|manufacturer|consultancy|supplier|integrator|"
                    + "maker|hoster|distributor|institute|university|foundation|agency|lender|forwarder|insurer|chipmaker|broker)\\b"
                    // "Helion, the company's new cloud portfolio": the kind word owns the thing named, it is not its kind
                    + "(?!['’]s\\b)"
                    // the name's words stay on one line; "Marta Lind, a start-up founder" describes a person by a business
                    + "(?![ \\t-]+(?:founder|co-?founder|veteran|engineer|executive|employee|alumn\\w*|person|investor|advocate|"
                    + "developer|analyst|worker|owner|CEO|CTO|boss|lawyer|consultant)s?\\b)");
    /** "Nordrail Systel, Nordrail's IT subsidiary": a name set off as another organisation's subsidiary is a company's. */
    private static final Pattern OWNED_APPOSITION = Pattern.compile("(?<![\\p{IsLatin}\\d])(\\p{Lu}[\\p{IsLatin}\\d&-]*"
            + "(?:[ \\t]+\\p{Lu}[\\p{IsLatin}\\d&-]*){0,3}),[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}\\d&.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d&.-]*){0,3}"
            + "['’]s[ \\t]+(?:[\\w-]+[ \\t]+){0,2}?(?:subsidiary|division|arm)\\b"
            // "Ana Ruiz, Nordrail's IT division head": the person who leads it
            + "(?![ \\t-]+(?:head|chief|lead|leader|boss|president|manager|director|CEO|CTO)s?\\b)");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind OWNED_APPOSITIONS = new QuickFind(OWNED_APPOSITION);
    private static final Pattern PRODUCT_PREFIX = Pattern.compile("(?:OpenStack|Kubernetes|Linux|Ceph|Docker|Open\\s+Telekom)\\b");
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "About", "Our", "This", "That", "Its", "Their",
            "His", "Her", "My", "Your", "Every", "Each", "Some", "Many", "Most", "Both", "Other", "Another", "At", "In",
            "On", "For", "From", "With", "By", "And", "But", "Or", "When", "While", "After", "Before", "Since", "Today",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            // "Instead, the company is sponsoring …": an adverb opening a sentence before an apposition-like phrase
            "Instead", "However", "Meanwhile", "Separately", "Still", "Now", "Also", "Then", "Later", "Earlier", "Finally",
            "Overall", "Indeed", "Likewise", "Similarly", "Otherwise", "Yesterday", "Again", "Thus", "Therefore", "Besides",
            "Moreover", "Furthermore", "Notably", "Nevertheless", "Nonetheless", "Afterwards", "Originally", "Previously",
            "Currently", "Recently", "Eventually", "Ultimately", "Unusually", "Interestingly", "Importantly", "Sadly",
            // a headline's question or guide: "Why Harborline Data bet on Ceph", "How Nordvik Rail moved to Kubernetes"
            "Why", "How", "What", "Where", "Who", "Inside", "Behind");
    /**
     * Capitalised words before a name that are no part of it: a press release's headline verb ("Arbolet Systems Brings
     * Skiff into CNCF Incubation and Launches Skiff Cloud") and a wire service's chrome ("NEWS PROVIDED BY Arbolet
     * Systems", "SOURCE Arbolet Systems").
     */
    private static final Pattern LEADING_NOISE = Pattern.compile("(?:(?:NEWS\\s+PROVIDED\\s+BY|SOURCE|Launches|Announces|Unveils|"
            + "Introduces|Releases|Brings|Joins|Acquires|Debuts|Appoints|Hires|Welcomes|Selects|Donates|Contributes|Raises|"
            + "Expands|Adds|Names|Taps|Wins|Ships|Open-Sources|Outlines|Showcases)\\s+)+");
    private static final int MAX_PARTS = 3;
    private static final Pattern VENUE = Pattern.compile("(?:会议中心|会展中心|展览中心|博览中心|世博中心|大会中心|博览馆|展览馆|国际会议|体育馆|体育中心|大酒店|酒店)$"
            + "|\\b(?:Convention Center|Convention Centre|Conference Center|Conference Centre|Exhibition Centre|Exhibition Center|"
            + "Expo Center|Congress Center|Hotel|Arena|Stadium)$");
    private static final Pattern DESCRIBED = Pattern.compile("^(?:客户|用户|伙伴|合作伙伴|厂商|友商|同行|对手)|一家|某家|一个|某个"
            + "|.(?:车企|房企|药企|客户|厂商|运营商)\\p{IsHan}{2}");

    /** "运维负责人", "基础架构负责人", "平台部总监": what a title is of may be a function or a department, no organisation. */
    private static final Pattern DEPARTMENT = Pattern.compile("(?:运维|基础架构|基础设施|架构|研发|技术|产品|市场|销售|运营|平台|安全|测试|质量|"
            + "工程|算法|前端|后端|存储|网络|计算|容器|交付|生态|战略|人力|财务|法务|品牌|设计|云原生|开源|社区|数据|业务|项目|"
            + "解决方案|客户成功|技术支持|用户体验)*(?:部|组|团队|中心|事业部|部门)?|[\\p{IsHan}]{1,6}(?:部|组|团队|事业部|部门)");

    /**
     * "原内核团队副总监李岩": a name cut off before "总监" that ends in 副 holds the first character of a vice title
     * ("副总监", "副总裁", "副主任"), and what stands before it is a department, no organisation of its own.
     */
    private static final Pattern VICE_TITLE_START = Pattern.compile("\\p{IsHan}副$");

    /** Names the reference data knows, to leave them to the dictionary. */
    private final KnownNames known;

    public OrganizationPatternFinder() {
        this(null);
    }

    public OrganizationPatternFinder(ReferenceKnowledge knowledge) {
        this.known = knowledge == null ? null : new KnownNames(knowledge, true);
    }

    /** Whether a name of the reference data starts at an offset. */
    static final class KnownNames {
        private final NameMatcher matcher = new NameMatcher();

        private final ReferenceKnowledge knowledge;

        KnownNames(ReferenceKnowledge knowledge) {
            this.knowledge = knowledge;
            knowledge.names().forEach(n -> matcher.add(n.text(), n.entityIri()));
        }

        private final Set<String> places = new java.util.HashSet<>();

        KnownNames(ReferenceKnowledge knowledge, boolean withPlaces) {
            this(knowledge);
            knowledge.names().forEach(n -> knowledge.entity(n.entityIri()).filter(e -> e.kind() == EntityKind.PLACE)
                    .ifPresent(e -> places.add(n.text())));
        }

        boolean startsWithName(String text, int at) {
            return matcher.at(text, at).isPresent();
        }

        /** Where the name of a project the reference data knows, starting at an offset, ends; -1 if none starts there. */
        int projectEnd(String text, int at) {
            return matcher.at(text, at).filter(m -> m.keys().stream().anyMatch(iri -> knowledge.entity(iri)
                    .filter(e -> e.kind() == EntityKind.PROJECT).isPresent())).map(NameMatcher.Match::end).orElse(-1);
        }

        /** A name the reference data gives a place (only when built with places). */
        boolean isPlace(String name) {
            return places.contains(name);
        }
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        if (text.article().isChinese()) {
            chinese(text.text(), text.terms(), out);
            beforeTitles(text.text(), out);
            fromOrganization(text.text(), out);
        }
        if (text.article().isChinese()) {
            ChineseCommunityNames.find(text.text(), out, (t, at) -> known != null && known.startsWithName(t, at),
                    name -> known != null && known.isPlace(name));
        }
        latin(text.text(), out, this::isCampusTown);
        if (known != null) {
            ProjectBodyNames.find(text.text(), out, known::projectEnd);
        }
        JoinedInstitutionNames.find(text.text(), out, (t, at) -> known != null && known.startsWithName(t, at),
                name -> PlaceGazetteerFinder.worldPlaceKind(name) != null || known != null && known.isPlace(name));
        if (!text.article().isChinese()) {
            groups(text.text(), out);
        }
        Matcher m = APPOSITION.matcher(text.text());
        while (m.find()) {
            int based = basedPrefixLength(m.group(1)); // "Hyderabad-based Kaveri Systems, a … provider"
            String name = m.group(1).substring(based);
            if (name.isEmpty()) {
                continue;
            }
            if (!NOT_NAME_START.contains(name.split("\\s+")[0])) {
                EntityKind kind = m.group(2).matches("institute|university|foundation|agency") ? EntityKind.ORGANIZATION : EntityKind.COMPANY;
                out.add(new Mention(m.start(1) + based, m.end(1), name, NewEntities.of(kind, name), METHOD, 0.55));
            }
        }
        QuickFind.Matches owned = OWNED_APPOSITIONS.in(text.text());
        while (owned.find()) {
            String name = owned.group(1);
            if (!NOT_NAME_START.contains(name.split("\\s+")[0]) && (known == null || !known.isPlace(name))) {
                out.add(new Mention(owned.start(1), owned.end(1), name, NewEntities.of(EntityKind.COMPANY, name), METHOD, 0.55));
            }
        }
        // "上海跨国采购会展中心", "San Diego Convention Center": where a summit is held is a venue, no organisation;
        // "韩国一家电信", "客户泰山证券": a description or a role word is no part of a name
        out.removeIf(c -> VENUE.matcher(c.surface()).find() || DESCRIBED.matcher(c.surface()).find()
                || VICE_TITLE_START.matcher(c.surface()).find());
        return out;
    }

    /**
     * "青桐云首席技术官周启航": the words between a boundary and a title that a personal name follows name the
     * organisation the person holds the title in.
     */
    /** "来自汐岸数据的工程师何晓婷": what people come from is, in these articles, an organisation or a place. */
    /**
     * "来自银行和制造业的朋友", "来自金融、电信行业的用户": trades, one or joined, are where people come from but no organisation; a
     * name joined to another by 和 is two names, each found on its own.
     */
    private static final Pattern INDUSTRIES = Pattern.compile("(?:行业|产业|领域|业界|各界|[^企]业)$|.[和与及、].");

    private void fromOrganization(String text, List<Mention> out) {
        Matcher m = FROM_OF.matcher(text);
        while (m.find()) {
            if (GenericPhrases.afterQuantity(text, m.start(1), m.end(1)) != m.start(1)) {
                continue; // "来自60多个国家的开发者"
            }
            String name = m.group(1);
            if ((known == null || !known.startsWithName(text, m.start(1))) && !PLACE_LIKE.matcher(name).find()
                    && !GENERIC_PREFIXES.contains(name) && !DEICTIC.matcher(name).find() && !INDUSTRIES.matcher(name).find()) {
                out.add(new Mention(m.start(1), m.end(1), name, NewEntities.of(EntityKind.COMPANY, name), METHOD, 0.5));
            }
        }
    }

    private void beforeTitles(String text, List<Mention> out) {
        for (Titles.Found t : Titles.findIn(text, 0, text.length())) {
            if (ChineseNames.nameAt(text, t.end()) == null) {
                continue;
            }
            int begin = t.begin();
            while (begin > 0 && begin > t.begin() - 12 && !TITLE_BOUNDARY.matcher(String.valueOf(text.charAt(begin - 1))).matches()) {
                begin--;
            }
            if (begin > 1 && text.startsWith("来自", begin - 2) == false && text.charAt(begin - 1) == '自') {
                begin = t.begin(); // "…自" without "来": no safe boundary
            }
            while (begin > 0 && TextFold.isLatinOrDigit(text.charAt(begin - 1)) && TextFold.isLatinOrDigit(text.charAt(begin))) {
                begin--; // never start inside a Latin word: "PingCAP", not "gCAP"
            }
            Matcher interview = INTERVIEW_VERB.matcher(text).region(begin, t.begin());
            if (interview.lookingAt() && t.begin() - interview.end() >= 2) {
                begin = interview.end();
            }
            Matcher former = FORMER_PREFIX.matcher(text).region(begin, t.begin());
            if (former.lookingAt()) {
                begin = former.end(); // "前IBM工程师": the organisation is IBM
            }
            String name = text.substring(begin, titlesStart(text, begin, t.begin()));
            // "江澜电信边缘云负责人": the organisation ends with its head word; the rest is its department or product
            for (String head : CHINESE_HEADS) {
                int h = name.indexOf(head);
                if (h > 0 && h + head.length() < name.length()) {
                    name = name.substring(0, h + head.length());
                    break;
                }
            }
            int particle = lastParticle(name);
            if (particle >= 0) {
                // "专访了砺石科技…负责人": a verb and its particle before the name are no part of it
                begin += particle + 1;
                name = name.substring(particle + 1);
                Matcher formerAfter = FORMER_PREFIX.matcher(name);
                if (formerAfter.lookingAt() && name.length() - formerAfter.end() >= 2) {
                    begin += formerAfter.end(); // "CEO为前百度工程师": the organisation is 百度
                    name = name.substring(formerAfter.end());
                }
            }
            // "澜舟边缘产品总监": a product line or function between the organisation and the title is no part of it
            Matcher function = FUNCTION_AFTER.matcher(name);
            if (!DEPARTMENT.matcher(name).matches() && function.find() && function.start() >= 2) {
                name = name.substring(0, function.start());
            }
            name = name.substring(0, ChineseCompanyFinder.functionTitleStart(text, begin, begin + name.length()) - begin);
            if (known != null && known.startsWithName(text, begin)) {
                continue; // "基金会亚太区总经理": the known organisation and a region, found by the dictionary
            }
            // "来自算能科技的内核维护者": a common word before a title is what the person works on, no organisation
            if (name.length() >= 2 && name.length() <= 8 && !GENERIC_PREFIXES.contains(name) && !DEICTIC.matcher(name).find()
                    && !CommonWords.isCommonWord(name)
                    && !DEPARTMENT.matcher(name).matches()
                    // "开发者关系负责人", "的SRE工程师", "售前工程师": the line of work the person is in, no organisation
                    && !TitleFunctions.isLineOfWork(name)
                    && name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.isLetterOrDigit(cp))) {
                out.add(new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.COMPANY, name), METHOD, 0.55));
            }
        }
    }

    private static final Pattern FUNCTION_AFTER = Pattern.compile("(?:产品|业务|研发|(?<!信息)技术|市场|销售|运营|生态|开源)(?:线|部|团队|中心)?$");

    private static int lastParticle(String name) {
        int at = -1;
        for (int i = 0; i < name.length(); i++) {
            if ("了在是的和与及由为对从向把被给将".indexOf(name.charAt(i)) >= 0) {
                at = i;
            }
        }
        return at;
    }

    /** "联合创始人兼CTO黄东旭": where the run of titles joined by 兼/和/、 before the last one starts. */
    private static int titlesStart(String text, int floor, int lastTitle) {
        int end = lastTitle;
        while (true) {
            int e = end;
            while (e > floor && "兼和及、/".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            final int joined = e;
            if (joined == end) {
                return end;
            }
            Optional<Titles.Found> previous = Titles.findIn(text, floor, joined).stream()
                    .filter(f -> f.end() == joined).findFirst();
            if (previous.isEmpty()) {
                return end;
            }
            end = previous.get().begin();
        }
    }

    /**
     * {@link #CHINESE_HEADS} by their last character, in their order: most words end with none, and the others need
     * only be held against the few heads that end as they do.
     */
    private static final Map<Character, List<String>> HEADS_BY_END = CHINESE_HEADS.stream().collect(
            java.util.stream.Collectors.groupingBy(h -> h.charAt(h.length() - 1)));

    /** The first of {@link #CHINESE_HEADS} the word ends with, or null. */
    private static String headOf(String word) {
        List<String> heads = word.isEmpty() ? null : HEADS_BY_END.get(word.charAt(word.length() - 1));
        if (heads == null) {
            return null;
        }
        for (String head : heads) {
            if (word.endsWith(head)) {
                return head;
            }
        }
        return null;
    }

    private static void chinese(String text, List<Term> terms, List<Mention> out) {
        for (int i = 0; i < terms.size(); i++) {
            Term head = terms.get(i);
            String heads = headOf(head.word);
            int first = i;
            if (heads == null && i > 0 && terms.get(i - 1).offset + terms.get(i - 1).length() == head.offset) {
                // "上汽/数/科": the segmenter may cut a company's head word in two
                String joined = terms.get(i - 1).word + head.word;
                heads = COMPANY_HEADS_ZH.contains(joined) ? joined : null;
                first = i - 1;
            }
            if (heads == null) {
                continue;
            }
            boolean company = COMPANY_HEADS_ZH.contains(heads);
            while (first > 0 && (i - first < MAX_PARTS || !company && i - first == MAX_PARTS && isNounOrTopic(terms.get(first - 1)))
                    && (isNamePart(terms.get(first - 1)) || !company && TOPIC_WORDS.contains(terms.get(first - 1).word))
                    && terms.get(first - 1).offset + terms.get(first - 1).length() == terms.get(first).offset) {
                first--;
            }
            // "开源合规工作组", "云原生物流工作组": what a working group or an alliance is about is part of its name
            while (first < i && GENERIC_PREFIXES.contains(terms.get(first).word)
                    && (company || !TOPIC_WORDS.contains(terms.get(first).word))) {
                first++;
            }
            // "Kata Containers运行手机银行": a Latin word that ends a longer Latin name starts nothing here
            while (first < i && terms.get(first).offset > 1 && TextFold.isLatinOrDigit(terms.get(first).word.charAt(0))
                    && text.charAt(terms.get(first).offset - 1) == ' ' && TextFold.isLatinOrDigit(text.charAt(terms.get(first).offset - 2))) {
                first++;
            }
            int begin = terms.get(first).offset;
            int end = head.offset + head.length();
            // "曾在微软亚洲研究院工作": the segmenter reads 曾在 as a name (曾 is a surname); where someone was is no part of it
            Matcher where = WHERE_BEFORE.matcher(text).region(begin, end);
            if (where.lookingAt()) {
                begin = where.end();
            }
            Matcher interview = INTERVIEW_VERB.matcher(text).region(begin, end);
            if (interview.lookingAt() && end - interview.end() >= 4) {
                begin = interview.end();
            }
            // "毕业于江澜大学", "另据OpenInfra基金会": the segmenter reads 于 as a surname; a preposition is no part of a name
            Matcher preposition = PREPOSITION_BEFORE.matcher(text).region(begin, end);
            if (preposition.lookingAt()) {
                begin = preposition.end();
            }
            // "主办方云原生计算基金会透露", "赞助商星河科技": the part the organisation plays at an event is no part of its name
            Matcher role = ROLE_BEFORE.matcher(text).region(begin, end);
            if (role.lookingAt() && end - role.end() >= 4) {
                begin = role.end();
            }
            // "杭州本地创业公司数潮科技", "德国初创企业云栈数据", "存储供应商澜石数据": the kind of business written before the
            // name is no part of it
            Matcher kindBefore = KIND_BEFORE.matcher(text).region(begin, end);
            if (kindBefore.lookingAt() && end - kindBefore.end() >= 4) {
                begin = kindBefore.end();
            }
            // "将成立新的AI工作组", "组建了一个全新的开源办公室": a group described as new is not yet named
            Matcher described = NEW_BEFORE.matcher(text).region(begin, end);
            if (described.lookingAt()) {
                continue;
            }
            // "和协办单位江澜大学": the segmenter may start the name in the middle of the role word
            Matcher roleTail = ROLE_TAIL.matcher(text).region(begin, end).useTransparentBounds(true);
            if (roleTail.lookingAt() && end - roleTail.end() >= 4) {
                begin = roleTail.end();
            }
            // "软件提供商云枢科技", "云服务商星河数据": the segmenter may join 商 to the name; it ends the word for a trade before it
            if (text.charAt(begin) == '商' && end - begin >= 4 && TRADE_BEFORE.matcher(text).region(Math.max(0, begin - 2), begin).find()) {
                begin++;
            }
            // "美的集团和顺丰科技": two names joined; the last one ends at the head word
            Matcher joined = JOINED_NAMES.matcher(text).region(begin, end);
            while (joined.find()) {
                begin = joined.end();
            }
            // "原华澜银行运维部的周启明": 原 marks the post as given up, "目前星河科技首席架构师" the time it is held at; neither
            // is part of the name
            Matcher time = TIME_BEFORE.matcher(text).region(begin, end);
            if (time.lookingAt() && end - time.end() >= 4) {
                begin = time.end();
            }
            // "60多个国家", "近百家公司": a count is no name; what follows it may still be one
            begin = GenericPhrases.afterQuantity(text, begin, end);
            // "我们成都研发中心的孙雨桐": a company's site in a city is a part of it, not an organisation of its own
            if (SITE.matcher(text.substring(begin, end)).matches() && terms.get(first).nature != null
                    && terms.get(first).nature.toString().startsWith("ns")) {
                continue;
            }
            if (end < text.length() && Character.isUpperCase(text.charAt(end)) && text.charAt(end) < 0x250) {
                continue; // "亚洲本土电信Telstra": a description of the name that follows
            }
            if (end < text.length() && head.word.length() == heads.length() && i + 1 < terms.size()
                    && terms.get(i + 1).offset == end && WORD_CONTINUES.matcher(terms.get(i + 1).word).lookingAt()) {
                continue; // "服务网格数据面": the head word is part of a longer word
            }
            if (DEPARTMENT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 4)).lookingAt()) {
                continue; // "思科云计算部门": a department of the company named at its start
            }
            if (!company && TRADE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 4)).lookingAt()) {
                continue; // "多家北美托管数据中心运营商": the head word is what the businesses named after it run
            }
            if (WEAK_HEADS.contains(heads) && head.word.endsWith(heads) && end - heads.length() - begin < 4
                    && FIELD_NOUN_AFTER.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt()) {
                // "首席软件架构师", "从事基站软件开发。", "云计算市场观察": the field of a job or a market, no company; a name of
                // four characters or more before it ("南岭智联软件架构师") is the employer's, cut from the title below
                continue;
            }
            if (begin > 0 && text.charAt(begin - 1) == '等') {
                continue; // "华为、Marvell和擎岳计算等会员公司": the kind the names of the list before are, no name of its own
            }
            if (KINDS_OF_COMPANY.contains(heads) && describedAfterIndefinite(text, begin)) {
                continue; // "一家总部在深圳的嵌入式方案公司": the company a clause describes, not named
            }
            String name = text.substring(begin, end);
            if (name.length() < heads.length()) {
                continue; // the words cut off its start above took part of the head word too: nothing is left to name
            }
            String prefix = name.substring(0, name.length() - heads.length());
            if (heads.equals("数据") && ChineseCompanyFinder.DATA_QUALIFIERS.stream().anyMatch(prefix::endsWith)) {
                continue; // "英特尔大数据技术团队", "海量数据接入": big or bulk data is the field, no company's industry word
            }
            if (heads.equals("数据") && DATA_COMPOUND_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                continue; // "云和数据智能", "平台数据治理": 数据 opens a longer common word, no company's industry word
            }
            if (prefix.length() >= 3 && prefix.endsWith("性")) {
                continue; // "追问稳定性数据", "兼容性数据": a property the data measures, no name
            }
            // "一家叫栈桥数据的数据库创业公司": a start-up described by its field is no name
            Matcher startup = STARTUP.matcher(prefix);
            if (heads.equals("公司") && startup.find() && CommonWords.isDescriptive(prefix.substring(0, startup.start()))) {
                continue;
            }
            // "一家叫“码栈”的低代码创业公司", "AI初创公司": a start-up's field, whatever the words, names none; a start-up's
            // name goes before the kind ("数潮科技这家创业公司"), never into it
            if (heads.equals("公司") && START_UP_KIND.matcher(prefix).find()) {
                continue;
            }
            if (KINDS_OF_COMPANY.contains(heads) && INDEFINITE_BEFORE.matcher(text.substring(Math.max(0, begin - 2), begin)).find()) {
                continue; // "一家跨境电商公司", "这家创业公司": a company described, not named
            }
            if (describes(terms.subList(first, i + 1), begin, heads) && !GenericPhrases.usedAsName(text, name)) {
                continue; // "容器网络", "韩国互联网公司", "液冷数据中心": common words before a company's head word
            }
            if (first == i && name.length() <= heads.length() + 1 || name.length() < 4
                    || GENERIC_PREFIXES.contains(prefix) || DEICTIC.matcher(prefix).find()
                    || SITE_NAVIGATION.matcher(name).matches()
                    || head.word.length() == heads.length() && CommonWords.describes(terms.subList(first, i), heads)) {
                continue;
            }
            EntityKind kind = COMPANY_HEADS_ZH.contains(heads) ? EntityKind.COMPANY : EntityKind.ORGANIZATION;
            end = ChineseCompanyFinder.functionTitleStart(text, begin, end); // "芯岭软件总监": 芯岭's director of software
            name = text.substring(begin, end);
            Matcher subsidiary = SUBSIDIARY_TAIL.matcher(name);
            if (subsidiary.find()) {
                // "星河集团全资子公司云栈数据": the parent is named, the subsidiary after it; "子公司" names neither
                if (subsidiary.start() < 2) {
                    continue;
                }
                end = begin + subsidiary.start();
                name = text.substring(begin, end);
            }
            out.add(new Mention(begin, end, name, NewEntities.of(kind, name), METHOD, 0.6));
        }
    }

    /**
     * "登录/注册  会员中心  消息": the links of a scraped page's header are the site's pages, no organisations; "擎岳计算 新闻中心"
     * heads a company's press releases.
     */
    /** "全资子公司", "的子公司": the word for a subsidiary after its parent's name. */
    private static final Pattern SUBSIDIARY_TAIL = Pattern.compile("的?(?:全资|控股)?子公司$");
    /** Words 数据 opens: "数据智能", "数据治理", "数据分析". */
    private static final Pattern DATA_COMPOUND_AFTER = Pattern.compile("智能|治理|分析|湖|仓库|资产|要素|挖掘|处理");
    private static final Pattern SITE_NAVIGATION = Pattern.compile("(?:会员|创作|帮助|个人|消息|客服|下载|积分|任务|活动|服务|新闻)中心");
    /** After a weak head word, a job, a trade or a market that the words before describe: "软件架构师", "软件开发。". */
    private static final Pattern FIELD_NOUN_AFTER = Pattern.compile("架构师|工程师|开发(?:者|人员|工作|经验|[，。,.;；、）)]|$)|研发工作"
            + "|市场(?!部)|行业|产业|领域|从业者");
    /** "一家总部在深圳的", "这家专注液冷的": an indefinite or pointing company word opening the clause before 的. */
    private static final Pattern INDEFINITE_CLAUSE = Pattern.compile("[一某这那]家[^，。,；;：:“”]{1,20}的$");

    private static boolean describedAfterIndefinite(String text, int begin) {
        return INDEFINITE_CLAUSE.matcher(text).region(Math.max(0, begin - 24), begin).find();
    }
    private static final Pattern TRADE_AFTER = Pattern.compile("运营商|服务商|提供商|供应商|厂商|集成商");
    private static final Pattern STARTUP = Pattern.compile("(?:创业|初创|科技|软件|互联网)$");
    private static final Pattern START_UP_KIND = Pattern.compile("(?:创业|初创)$");
    private static final Set<String> KINDS_OF_COMPANY = Set.of("公司", "集团", "企业");
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("[一某这那多几每各]家$");
    private static final Pattern TIME_BEFORE = Pattern.compile("原|目前|如今");
    private static final Pattern TRADE_BEFORE = Pattern.compile("(?:提供|供应|服务|运营|开发|代理|经销|集成|[厂电])$");
    /** Prepositions, and 代表 ("on behalf of": "他代表OpenInfra基金会致辞", "不代表X的立场"), that open no name. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("另据|据|于|对于|关于|由|代表");
    private static final Pattern NEW_BEFORE = Pattern.compile("(?:一个|一支|一家)?(?:全新|崭新|新成立|新组建|新)的");
    private static final Pattern ROLE_TAIL = Pattern.compile("(?<=主办|承办|协办|指导|支持|发起|组织|合作|赞助|冠名)(?:方|单位|机构)");
    /** "创业公司", "初创企业", and the trades a name is written after: "供应商澜石数据", "运营商滨江通信", "服务商云帆网络". */
    private static final Pattern KIND_BEFORE = Pattern.compile("(?:本地|本土|当地)?(?:(?:创业|初创)(?:公司|企业)"
            + "|(?:服务|供应|提供|运营|集成|经销|代理|开发|厂)商)");
    /** The parts an organisation plays at an event, written right before its name in event copy. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?:联合)?(?:主办|承办|协办|指导|支持|发起|组织|合作|赞助|冠名)(?:方|单位|机构)"
            + "|(?:钻石|铂金|白金|黄金|金牌|银牌|铜牌|战略|特别|官方|媒体|社区)?(?:赞助商|合作伙伴|支持方|合作方)");
    private static final Pattern JOINED_NAMES = Pattern.compile("(?:" + String.join("|", COMPANY_HEADS_ZH) + ")(?:和|与|及|、)");
    /** Heads that are common nouns of the field too: "训练数据", "容器网络", "车载软件", "视频云", "计算中心". */
    private static final Set<String> WEAK_HEADS = Set.of("数据", "软件", "信息", "网络", "云网", "智能云", "云计算", "中心", "信息技术");
    /** Short words that may stand between describing words: "多集群网络", "大数据", "新公司". */
    private static final String SMALL_WORDS = "多大小各新老整该本原前";

    /**
     * Whether the words of a candidate before its head word describe instead of naming: every word a common word
     * ({@link CommonWords#isDescriptive}) or a place ("韩国互联网公司"), at least one common word, or only places before
     * the bare word for a company ("韩国公司"); or, before a
     * weak head, the last word a common one ("RISC-V服务器软件", "Tideway管理票务数据").
     */
    private static boolean describes(List<Term> words, int begin, String heads) {
        if (!COMPANY_HEADS_ZH.contains(heads) && !WEAK_HEADS.contains(heads)) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        List<Boolean> places = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Term t = words.get(k);
            String word = t.word;
            int from = Math.max(0, begin - t.offset);
            if (from >= word.length()) {
                continue;
            }
            word = word.substring(from);
            if (k == words.size() - 1) {
                word = word.endsWith(heads) ? word.substring(0, word.length() - heads.length()) : "";
            }
            if (!word.isEmpty()) {
                parts.add(word);
                places.add(t.nature != null && t.nature.toString().startsWith("ns") && from == 0);
            }
        }
        if (parts.isEmpty()) {
            return false;
        }
        if (WEAK_HEADS.contains(heads) && CommonWords.isDescriptive(parts.get(parts.size() - 1))) {
            return true;
        }
        boolean common = false;
        for (int k = 0; k < parts.size(); k++) {
            String w = parts.get(k);
            if (CommonWords.isDescriptive(w)) {
                common = true;
            } else if (!places.get(k) && !(w.length() == 1 && SMALL_WORDS.contains(w))) {
                return false;
            }
        }
        // "韩国公司是绝对主力", "不少亚洲公司": a place and the bare word for a company are companies of that place, no name
        return common || KINDS_OF_COMPANY.contains(heads) && !places.contains(false);
    }

    /** "长三角边缘计算开源联盟": a fourth word before a group's head word must be a noun or what groups are about. */
    private static boolean isNounOrTopic(Term t) {
        return t.nature != null && t.nature.toString().startsWith("n") && !NOT_NAME_CHARS.contains(t.word.substring(0, 1))
                || TOPIC_WORDS.contains(t.word);
    }

    /** A noun, a name, or a short unknown word of Han characters (HanLP splits unknown names into such pieces). */
    private static boolean isNamePart(Term t) {
        if (t.nature == null || t.word.isBlank()) {
            return false;
        }
        String nature = t.nature.toString();
        if (NAME_PARTS.contains(nature)) {
            return true;
        }
        return t.word.length() <= 2 && t.word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && !nature.matches("[upcdrmqweyotfsv].*")
                && !NOT_NAME_CHARS.contains(t.word);
    }

    /**
     * Special interest and working groups: "SIG Node", "Kubernetes SIG Contributor Experience", "Kubernetes WG Device
     * Management" (a known project before it belongs to the name), "Cloud Kernel SIG", "OpenStack Large Scale SIG"; a title after the group's name is no part of it.
     */
    private static final Pattern SIG_FIRST = Pattern.compile("(?<![\\p{L}\\d-])(?:SIG|WG)[ \\t]+(\\p{Lu}[\\p{L}-]*(?:[ \\t]+\\p{Lu}[\\p{L}-]*){0,2})");
    private static final Pattern SIG_LAST = Pattern.compile("(?<![\\p{L}\\d-])((?:[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d-]*[ \\t]+){1,3})SIG(?![\\p{L}\\d-])(?![ \\t]+\\p{Lu})");
    private static final Set<String> NOT_GROUP_WORDS = Set.of("Chair", "Chairs", "Co-chair", "Co-Chair", "Lead", "Leads", "Tech",
            "Technical", "Meeting", "Meetings", "Update", "Updates", "Session", "Sessions", "Intro", "Deep", "Maintainer",
            "Maintainers", "Member", "Members", "Slack", "Channel", "Summit", "Day", "The");

    /**
     * Bodies of an organisation or a project written with a lower-case head: "the OpenInfra Foundation board", "LF
     * Decentralized Trust governing board", "the OpenInfra Brazil user group", "the PyTorch compiler team", "Tessaract
     * Networks OSPO", "Harbourline's open source program office", "the foundation's Asia-Pacific regional chapter", "of
     * the Chennai cloud native meetup". Group {@code name}: the capitalised words; {@code head}: the kind of body.
     */
    private static final String GROUP_WORD = "(?:\\p{Lu}[\\p{L}\\d&+-]*(?:\\.[\\p{L}\\d]+)*|\\p{Ll}{1,4}\\p{Lu}[\\p{L}\\d]*)";
    private static final Pattern GROUP = Pattern.compile("(?<![\\p{L}\\d&.+-])(?<name>" + GROUP_WORD + "(?:[ \\t]+" + GROUP_WORD + "){0,3})"
            + "(?<possessive>'s|’s)?[ \\t]+(?<qualifiers>(?:(?!(?:and|or|of|at|in|on|for|to|the|a|an|is|was|has|had|who|which|that|with|"
            + "from|by|their|her|his|its|our|my|your|how|what|when|where|showed|said|says|new|own|local)\\b)[a-z][a-z-]+[ \\t]+){0,2}?)"
            + "(?<head>user group|regional chapter|chapter|open source program office|OSPO|meetup network|meetup group|meetup|Meetup)"
            + "(?![\\p{L}\\d-])");
    /** The heads of {@link #GROUP}, found first: the whole pattern is then read only over the words before each. */
    private static final Pattern GROUP_HEAD = Pattern.compile("(?<![\\p{L}\\d-])(?:user group|regional chapter|chapter|"
            + "open source program office|OSPO|meetup|Meetup)(?![\\p{L}\\d-])");
    /** What a team, board or office may not be named after: a place ("our Singapore team"), a time, a pointer. */
    private static final Set<String> NOT_GROUP_START = Set.of("The", "A", "An", "Our", "Their", "Its", "His", "Her", "My", "Your",
            "This", "That", "Every", "Each", "Some", "Both", "In", "On", "At", "For", "From", "With", "By", "And", "But", "Or",
            "When", "While", "After", "Before", "Since", "Today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Last", "Next", "Whole", "Entire", "Same", "Home", "Away", "Red", "Blue",
            "Green", "Q", "I", "We", "He", "She", "They", "It", "Founding", "Governing", "Advisory", "Technical");

    private void groups(String text, List<Mention> out) {
        if (text.contains("SIG") || text.contains("WG")) {
            Matcher first = SIG_FIRST.matcher(text);
            while (first.find()) {
                int end = groupNameEnd(text, first.start(1), first.end(1));
                int begin = first.start();
                // "Kubernetes SIG Node": the project the group belongs to, written before it
                Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, begin - 40), begin));
                if (before.find() && known != null && known.startsWithName(text, begin - before.group().length())) {
                    begin -= before.group().length();
                }
                if (end > first.start(1)) {
                    String name = text.substring(begin, end);
                    out.add(new Mention(begin, end, name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.6));
                }
            }
            Matcher last = SIG_LAST.matcher(text);
            while (last.find()) {
                String words = last.group(1);
                int begin = last.start(1);
                String firstWord = words.split("[ \\t]+")[0];
                if (NOT_GROUP_START.contains(firstWord) || NOT_GROUP_WORDS.contains(firstWord)) {
                    begin += words.indexOf(firstWord) + firstWord.length();
                    while (begin < last.end() && (text.charAt(begin) == ' ' || text.charAt(begin) == '\t')) {
                        begin++;
                    }
                }
                if (begin < last.start() + words.length()) {
                    String name = text.substring(begin, last.end());
                    out.add(new Mention(begin, last.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.6));
                }
            }
        }
        Matcher heads = GROUP_HEAD.matcher(text);
        int done = 0;
        while (heads.find()) {
            Matcher g = GROUP.matcher(text).region(Math.max(done, heads.start() - 120), Math.min(text.length(), heads.end() + 16))
                    .useTransparentBounds(true).useAnchoringBounds(false);
            boolean found = g.find();
            while (found && g.start("head") < heads.start()) {
                found = g.find();
            }
            if (!found || g.start("head") != heads.start()) {
                continue;
            }
            done = g.end();
            String name = g.group("name");
            int begin = g.start("name");
            String[] words = name.split("[ \\t]+");
            int skip = 0;
            while (skip < words.length && NOT_GROUP_START.contains(words[skip])) {
                skip++;
            }
            if (skip == words.length) {
                continue;
            }
            for (int i = 0; i < skip; i++) {
                begin = text.indexOf(words[i + 1], begin + words[i].length());
            }
            String body = text.substring(begin, g.end("name"));
            String head = g.group("head");
            // a team or a board is left out: "GoDaddy's team", "the Foundation board" name the company or its board seat
            // as often as a body of its own, and the hand-made answers read them so
            boolean team = head.equals("OSPO") || head.equals("open source program office");
            boolean placeOnly = PlaceGazetteerFinder.worldPlaceKind(body) != null || known != null && known.isPlace(body);
            // "our Singapore team", "the Berlin office's board": a place alone names no team or board; a meetup is a
            // group only where people come from it or lead it ("of the Chennai cloud native meetup", "she runs the Lagos
            // Rust Meetup"); elsewhere it is one evening's event ("the Oslo Go Meetup on May 3")
            if (team && placeOnly || head.equals("meetup") && !MEETUP_MEMBER.matcher(text.substring(Math.max(0, begin - 24), begin)).find()
                    || head.equals("Meetup") && !MEETUP_RUNNER.matcher(text.substring(Math.max(0, begin - 24), begin)).find()
                    || Titles.findIn(body, 0, body.length()).size() > 0 || body.matches("[\\p{Lu}\\d]") ) {
                continue;
            }
            int end = g.end();
            String name2 = text.substring(begin, end);
            String canonical = g.group("possessive") == null ? name2
                    : body + " " + text.substring(g.start("qualifiers"), end); // "Harbourline's OSPO" is Harbourline OSPO
            if (g.group("possessive") != null) {
                // "Huawei's open source program office": the owner before the possessive stays a mention of its own, as
                // the unit finder leaves it, so the company is named beside its office
                int own = g.start("qualifiers");
                out.add(new Mention(own, end, text.substring(own, end), NewEntities.of(EntityKind.ORGANIZATION, canonical), METHOD, 0.6));
                continue;
            }
            out.add(new Mention(begin, end, name2, NewEntities.of(EntityKind.ORGANIZATION, canonical), METHOD, 0.6));
        }
    }

    private static final Pattern MEETUP_MEMBER = Pattern.compile("\\b(?:of|from|leads?|led|runs?|ran|organi[sz]e[sd]?|organi[sz]ers? of|"
            + "co-organi[sz]ers? of|members? of|joined)\\s+the\\s+$");

    /** "runs the Lagos Rust Meetup": who runs or founded a named meetup speaks of the group ("at the end of the X Meetup" does not). */
    private static final Pattern MEETUP_RUNNER = Pattern.compile("\\b(?:leads?|led|runs?|ran|organi[sz]e[sd]?|organi[sz]ers? of|"
            + "co-organi[sz]ers? of|members? of|joined|(?:co-?)?found(?:ed|ers? of)|started|set up)\\s+the\\s+$");

    /** Where a group's name after "SIG" ends: before a title or another word that is no part of it. */
    private static int groupNameEnd(String text, int begin, int end) {
        Matcher word = Pattern.compile("\\S+").matcher(text).region(begin, end);
        int last = begin;
        while (word.find()) {
            if (NOT_GROUP_WORDS.contains(word.group().replaceAll("[,.;:]$", ""))) {
                break;
            }
            last = word.end();
        }
        return last;
    }

    /** "Wellington-based ", "Ankara-headquartered ": where an organisation is, written before its name. */
    private static final Pattern BASED_PREFIX = Pattern.compile("^\\p{Lu}[\\p{L}.'’]*(?:-\\p{Lu}[\\p{L}.'’]*)*-(?:based|headquartered)[ \\t]+");

    /**
     * How many characters of a candidate name are "X-based " before the name proper: "Wellington-based Kōwhai Systems"
     * is Kōwhai Systems in Wellington (the place and the relation are read by the place finders), not a name of its own.
     */
    static int basedPrefixLength(String name) {
        Matcher m = BASED_PREFIX.matcher(name);
        return m.lookingAt() ? m.end() : 0;
    }

    /** "Systems", "Compute", "Bank": a word that ends companies' names. */
    static boolean isCompanyHead(String word) {
        return COMPANY_HEADS.contains(word);
    }

    /** "Systems", "Labs", "University": a word that ends organisations' names. */
    static boolean isHeadWord(String word) {
        return HEAD_WORD.matcher(word).matches();
    }

    /**
     * "the University of Leuven", "Institute of Aeronautics": a kind word before "of" and a capitalised name, with no
     * capitalised word before it (those are read by {@link #LATIN}: "Technical University of Munich").
     */
    /** ", Santa Cruz" after "University of California": one to three capitalised words, then no more of the name. */
    private static final Pattern CAMPUS_AFTER = Pattern.compile(",[ \\t]+(\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,2})(?![\\p{L}\\d-])");
    private static final Pattern KIND_OF_NAME = Pattern.compile("(?<![\\p{L}\\d&-])"
            + "((?:University|Institute|Academy|College|Polytechnic|Conservatory|Museum|Port|Bank|Municipality)\\s+of\\s+(?:the\\s+)?"
            + "\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,2})(?![\\p{L}\\d])");

    /**
     * "Universidad de Chile", "École Polytechnique", "Technische Universität Dresden", "Istituto di Tecnologie": schools
     * and institutes named in their own language, the kind word first.
     */
    private static final Pattern FOREIGN_INSTITUTION = Pattern.compile("(?<![\\p{L}\\d&-])((?:Universidad|Universidade|Università|"
            + "Université|Universitat|Universiteit|Universität|Uniwersytet|Univerzita|Instituto|Istituto|Institut|École|Escuela|Escola|"
            + "Politecnico|Politécnica|Politechnika|Hochschule|Technische Universität|Pontificia Universidad|Scuola)"
            + "(?:[ \\t]+(?:de la|de|del|di|des|do|da|della|du|für|voor|van|der))?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,3}"
            // "TU Wien", "TU Delft", "ETH Zürich": technical universities by their short names and cities
            + "|(?:TU|ETH|EPFL|KTH|NTNU|DTU|UPC)[ \\t]+\\p{Lu}[\\p{L}-]+)(?![\\p{L}\\d])");

    /** Words one of which a text must hold for {@link #FOREIGN_INSTITUTION} to be tried (tried everywhere, it cost time). */
    private static final List<String> FOREIGN_INSTITUTION_CUES = List.of("Univers", "Uniwers", "Univerz", "Institut", "Istituto",
            "École", "Escuela", "Escola", "Politec", "Politéc", "Politech", "Hochschule", "Technische", "Pontificia", "Scuola",
            "TU ", "ETH ", "EPFL", "KTH ", "NTNU", "DTU ", "UPC ");

    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\d&-]+)[ \\t]+$");

    /** "LF AI & Data", "LF Decarbonization": the Linux Foundation's umbrella foundations are named "LF" and a topic. */
    private static final Pattern LF_FOUNDATION = Pattern.compile(
            "(?<![\\p{L}\\d])LF[ \\t]+\\p{Lu}[\\p{IsLatin}]*(?:[ \\t]+(?:&|and)[ \\t]+(?!LF(?![\\p{L}\\d]))\\p{Lu}[\\p{IsLatin}]*"
                    // "LF Deep Learning": a second topic word, but not an event's or a unit's word ("LF Member Summit")
                    + "|[ \\t]+(?!(?:Summit|Conference|Forum|Day|Days|Week|Meetup|Research|Board|Office|Project|Projects)(?![\\p{L}\\d]))"
                    + "\\p{Lu}\\p{Ll}[\\p{IsLatin}]*(?=[ \\t]*[,.;:)]|[ \\t]+\\p{Ll}|$))?(?![\\p{L}\\d])");

    /**
     * "Kubernetes Steering Committee", "OpenStack Financial Working Group": a project's governing or user bodies are
     * named after it, no product.
     */
    private static final Pattern GOVERNANCE_END = Pattern.compile("\\b(?:Committee|Governing Board|Working Group|Users? Group|Council)$");
    /** Regions a community's group may be of: "Cassandra Users Group Nordics". */
    private static final Set<String> GROUP_REGIONS = Set.of("Nordics", "Nordic", "DACH", "Benelux", "Baltics", "Balkans",
            "APAC", "EMEA", "LATAM", "Africa", "Asia", "Europe");
    /** The head of a community's group, which may go on with the country or city the group is of. */
    private static final Pattern USER_GROUP_END = Pattern.compile("\\bUsers? Group$");
    /** A capitalised word right after a name, the last of a clause's words or followed by more. */
    private static final Pattern PLACE_AFTER = Pattern.compile("[ \\t]+(\\p{Lu}[\\p{L}-]+)(?![\\p{L}\\d])(?![ \\t]+\\p{Lu})");

    /** A word that names a unit or an exchange after a head word: the head word is inside the name. */
    private static final Pattern UNIT_AFTER = Pattern.compile("[ \\t]+(?:Center|Centre|Office|Exchange|Institute)(?![\\p{L}\\d])");
    /** An event noun after a head word: the head word is inside the event's name. */
    private static final Pattern EVENT_NOUN_AFTER = Pattern.compile("[ \\t]+(?:Conference|Summit|Forum|Symposium|Congress|Expo|"
            + "Hackathon|Meetup|Days?|Week|Festival|Workshop|Bootcamp|Con)(?![\\p{L}\\d])"
            // "Node+JS Interactive 2018参会游记", "Open Networking Data 2019, Amsterdam": a year ends an edition's name
            + "|[ \\t]+(?:19|20)\\d{2}(?!\\d)(?![ \\t]+[a-z])");
    /** A job noun after a head word: the head word is part of a title ("Chief Technology Officer"). */
    private static final Pattern JOB_NOUN_AFTER = Pattern.compile("[ \\t]+(?:Officer|Manager|Director|Engineer|Architect|Lead|Evangelist|"
            + "Advocate|Scientist|Analyst|Specialist|Consultant|Strategist|Engineering Manager)s?(?![\\p{L}\\d])");
    /** "an AWS Advanced Technology Partner": a tier of a partner programme, whose words are no company. */
    private static final Pattern PARTNER_TIER_AFTER = Pattern.compile("[ \\t]+Partner(?![\\p{L}\\d])");
    /** "VP of ", "Head of ": a title's "of" before the function it is over. */
    private static final Pattern TITLE_OF_BEFORE = Pattern.compile("\\b(?:VP|SVP|EVP|AVP|Vice\\s+President|Head|Director|Manager)\\s+of\\s+$");
    /** " at ", ", ": what follows a function in a title, before its organisation. */
    private static final Pattern AT_AFTER = Pattern.compile("[ \\t]+at[ \\t]+\\p{Lu}");
    /**
     * Words of the field that describe what a cloud, data, software or a network is ("Public Cloud", "Supply Chain
     * Security", "Next Generation Networks"), or quantify ("Several Cloud Providers"): no company is named with these alone.
     */
    private static final Set<String> TOPIC_WORDS_EN = Set.of("big", "public", "private", "hybrid", "multi", "multi-cloud", "edge",
            "cloud", "native", "cloud-native", "supply", "chain", "zero", "trust", "next", "generation", "next-generation",
            "information", "data", "network", "networking", "machine", "learning", "artificial", "intelligence", "ai", "ml",
            "open", "source", "enterprise", "financial", "digital", "software", "container", "platform", "application",
            "confidential", "distributed", "serverless", "quantum", "mobile", "security", "infrastructure", "service", "services",
            "sovereign", "sovereignty", "green", "sustainable", "high", "performance", "scientific", "industrial", "embedded",
            "storage", "observability", "modern", "managed", "traditional", "legacy", "smart", "internet", "web", "trusted",
            "secure", "hyperscale", "several", "many", "various", "multiple", "numerous", "other", "leading", "major", "all",
            "such", "new", "cyber", "computing", "compute", "automation", "analytics", "operations", "devops",
            "engineering", "developer", "api", "runtime", "kernel", "systems", "system", "telco", "telecom", "5g", "iot",
            "scale", "large", "small", "business", "retail", "health", "healthcare", "banking", "payments", "energy");

    /**
     * Whether a capitalised phrase is a topic rather than a name: every word before its head word a word of {@link
     * #TOPIC_WORDS_EN}, or the
     * article writes the same words in lower case elsewhere ("supply chain security" before "Supply Chain Security").
     */
    private static boolean isTopic(String text, String name) {
        String[] words = name.split("\\s+");
        boolean allTopic = true;
        for (int i = 0; i < words.length - 1; i++) {
            allTopic &= TOPIC_WORDS_EN.contains(words[i].toLowerCase(java.util.Locale.ROOT));
        }
        if (allTopic) {
            return true;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return !lower.equals(name) && WholeWords.occurs(text, lower, true);
    }

    /**
     * Whether a name after "University of X, " is a town a campus is named after: a city of the world list, or a place
     * the reference data knows that the world list does not hold as a country ("Santa Cruz", not "Scotland" or "Japan").
     */
    private boolean isCampusTown(String name) {
        String kind = PlaceGazetteerFinder.worldPlaceKind(name);
        return "city".equals(kind) || kind == null && known != null && known.isPlace(name) && !REGION_WORDS.contains(name);
    }

    /** Parts of countries the world list does not hold as countries. */
    private static final Set<String> REGION_WORDS = Set.of("Scotland", "England", "Wales", "Northern Ireland", "Catalonia",
            "Bavaria", "Quebec", "Ontario", "California", "Texas", "Hong Kong", "Taiwan", "Macau");

    private static void latin(String text, List<Mention> out, java.util.function.Predicate<String> campusTown) {
        Matcher lf = LF_FOUNDATION.matcher(text);
        while (lf.find()) {
            out.add(new Mention(lf.start(), lf.end(), lf.group(), NewEntities.of(EntityKind.ORGANIZATION, lf.group()), METHOD, 0.6));
        }
        Matcher kindOf = KIND_OF_NAME.matcher(text);
        while (kindOf.find()) {
            String name = kindOf.group(1);
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, kindOf.start() - 40), kindOf.start()));
            if (before.find() && Character.isUpperCase(before.group(1).charAt(0)) && !NOT_NAME_START.contains(before.group(1))) {
                continue;
            }
            int end = kindOf.end(1);
            Matcher campus = CAMPUS_AFTER.matcher(text).region(end, text.length());
            if (name.startsWith("University") && campus.lookingAt() && campusTown.test(campus.group(1))) {
                // "the University of California, Santa Cruz": a university's campus in a city is named with the city
                end = campus.end();
                name = text.substring(kindOf.start(1), end);
            }
            out.add(new Mention(kindOf.start(1), end, name, NewEntities.of(
                    name.startsWith("Bank") ? EntityKind.COMPANY : EntityKind.ORGANIZATION, name), METHOD, 0.6));
        }
        Matcher foreign = FOREIGN_INSTITUTION.matcher(FOREIGN_INSTITUTION_CUES.stream().anyMatch(text::contains) ? text : "");
        while (foreign.find()) {
            out.add(new Mention(foreign.start(1), foreign.end(1), foreign.group(1),
                    NewEntities.of(EntityKind.ORGANIZATION, foreign.group(1)), METHOD, 0.6));
        }
        QuickFind.Matches m = LATIN.in(text);
        while (m.find()) {
            String name = m.group().strip();
            int begin = m.start();
            String firstWord = name.split("\\s+")[0];
            if (NOT_NAME_START.contains(firstWord)) {
                int skip = m.group().indexOf(firstWord) + firstWord.length();
                begin += skip;
                name = text.substring(begin, m.end()).strip();
                begin = text.indexOf(name, begin);
                if (name.split("\\s+").length < 2) {
                    continue;
                }
            }
            Matcher lead = LEADING_NOISE.matcher(name);
            if (lead.lookingAt()) {
                begin += lead.end();
                name = name.substring(lead.end());
                if (name.split("\\s+").length < 2) {
                    continue;
                }
            }
            // "Savanna Compute of Nairobi": a company's name does not go on with the city it is in ("Royal Bank of
            // Canada" does, with a country; "Technical University of Munich" is no company)
            String tail = m.group(3).strip();
            if (!tail.isEmpty() && COMPANY_HEADS.contains(m.group(2))
                    && "city".equals(PlaceGazetteerFinder.worldPlaceKind(tail.replaceFirst("^(?:of|for)\\s+(?:the\\s+)?", "")))) {
                name = name.substring(0, name.length() - m.group(3).length()).strip();
            }
            int based = basedPrefixLength(name);
            if (based > 0) {
                begin += based;
                name = name.substring(based);
            }
            if (PRODUCT_PREFIX.matcher(name).lookingAt() && !GOVERNANCE_END.matcher(name).find() || name.contains(". ")
                    || name.equals(m.group(2))) {
                continue; // "OpenStack Cloud", "Kubernetes Data": a product named after a project
            }
            if (JOB_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "Chief Technology Officer", "Cloud Solutions Architect": the function in a title
            }
            if (m.group(3).isBlank() && PARTNER_TIER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "an AWS Advanced Technology Partner": the tier, not a company
            }
            if (m.group(3).isBlank() && TITLE_OF_BEFORE.matcher(text).region(Math.max(0, begin - 20), begin).find()
                    && AT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "VP of Technology Partners at MongoDB": what the title is over, at the company named after "at"
            }
            if (m.group(3).isBlank() && EVENT_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "Global Open-source Technology Conference", "Open Source Data Summit": words of an event's name
            }
            Matcher unit = UNIT_AFTER.matcher(text).region(m.end(), text.length());
            if (m.group(3).isBlank() && unit.lookingAt()) {
                // "the company's Open Source Technology Center", "Ontario Health Data Exchange": the name goes on
                name = text.substring(begin, unit.end());
                out.add(new Mention(begin, unit.end(), name, NewEntities.of(EntityKind.ORGANIZATION, name), METHOD, 0.6));
                continue;
            }
            if (COMPANY_HEADS.contains(m.group(2)) && m.group(3).isBlank() && isTopic(text, name)) {
                continue; // "Supply Chain Security", "Edge Computing", "Hybrid Cloud": a topic in capitals
            }
            Matcher place = PLACE_AFTER.matcher(text).region(m.end(), text.length());
            if (m.group(3).isBlank() && USER_GROUP_END.matcher(name).find() && place.lookingAt()
                    && (PlaceGazetteerFinder.worldPlaceKind(place.group(1)) != null || GROUP_REGIONS.contains(place.group(1)))) {
                name = text.substring(begin, place.end()); // "OpenInfra User Group Poland": the group of a country
            }
            Matcher faculty = FACULTY_BEFORE.matcher(text).region(Math.max(0, begin - 30), begin);
            if (faculty.find()) {
                // "the Faculty of Information Technology of Brno University of Technology": the field names the faculty,
                // no company; the university after it is a name of its own
                String field = m.group(3).isBlank() ? name : name.substring(0, name.length() - m.group(3).length()).strip();
                String facultyName = text.substring(faculty.start(1), begin + field.length());
                out.add(new Mention(faculty.start(1), begin + field.length(), facultyName,
                        NewEntities.of(EntityKind.ORGANIZATION, facultyName), METHOD, 0.6));
                Matcher owner = OWNER_TAIL.matcher(m.group(3));
                // "of Brno University of Technology": a name that goes on past the tail is read whole elsewhere
                if (owner.matches() && HEAD_WORD.matcher(owner.group(2)).matches()
                        && !NAME_GOES_ON.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    int at = m.start(3) + owner.start(1);
                    String ownerName = owner.group(1);
                    out.add(new Mention(at, at + ownerName.length(), ownerName, NewEntities.of(
                            COMPANY_HEADS.contains(owner.group(2)) ? EntityKind.COMPANY : EntityKind.ORGANIZATION, ownerName), METHOD, 0.6));
                }
                continue;
            }
            EntityKind kind = COMPANY_HEADS.contains(m.group(2)) && !GOVERNANCE_END.matcher(m.group().strip()).find()
                    ? EntityKind.COMPANY : EntityKind.ORGANIZATION;
            out.add(new Mention(begin, begin + name.length(), name, NewEntities.of(kind, name), METHOD, 0.6));
        }
    }
}
