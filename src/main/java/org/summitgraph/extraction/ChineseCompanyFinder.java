package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds Chinese company names the segmenter cuts apart or reads as something else ("蜀|云|科技", "华澜云" as a
 * person, "车企蔚|澜|汽车"): two characters of a name and an industry word ("粤海航运", "江淮电网", "星港数据",
 * "青松云"), where the name starts a clause or follows a word that introduces one ("和", "的", "客户", "比如", "来自").
 * The segmenter's words are not trusted here, only the characters and what stands before them; descriptive words
 * ("金融科技", "私有云", "数字科技") are no names.
 */
final class ChineseCompanyFinder implements MentionFinder {

    static final String METHOD = "pattern:organization-name-industry";

    /** Industry words that end a company's name; longer first, so "信息技术" wins over "信息". */
    private static final List<String> HEADS = List.of("信息技术", "半导体", "科技", "数据", "软件", "信息", "网络", "通信",
            "电子", "控股", "证券", "银行", "保险", "集团", "汽车", "物流", "航运", "电网", "电力", "能源", "传媒", "零售",
            "医药", "航空", "游戏", "互娱", "智联", "动力", "重工", "电气", "化工", "地产", "资本", "支付", "智造", "智控", "智驾", "智算", "数科",
            "微电子", "制造", "出行", "电商", "云");
    /** Industry words between a name and 科技 in a longer company name: "蓉城轨交科技", "江南电网科技". */
    private static final Set<String> MIDDLE_INDUSTRIES = Set.of("轨交", "交通", "电力", "电网", "能源", "物流", "航运", "医疗",
            "环保", "水务", "农业", "建筑", "矿业", "化工", "材料", "汽车", "车联");
    /** Heads rare enough outside company names that a three-character name may stand before them ("平头哥半导体"). */
    private static final Set<String> LONG_STEM_HEADS = Set.of("半导体", "微电子", "智控", "智驾", "智算", "数科");
    /** Characters that never stand in a company's two-character name: particles, pronouns, verbs of being. */
    private static final String NOT_IN_NAME = "的了是在和与及也都就还又已说将把被对从向为这那他她它们我你一个几年月日上下中来去有等"
            + "并而或其该此每各某全本所以可能会要让给用很最更不没无多少大小新老前后里外";
    /** A character before the name that ends a phrase: the name can start after it. */
    private static final String BOUNDARY_CHARS = "的和与及、是在由从对给跟同向将为被如像到";
    /** Two characters before the name that introduce an organisation. */
    private static final Set<String> INTRODUCERS = Set.of("客户", "车企", "房企", "药企", "企业", "厂商", "伙伴", "来自", "加入",
            "包括", "感谢", "还有", "以及", "比如", "例如", "譬如", "现任", "就职", "任职", "供职", "效力", "其中", "投资", "收购",
            "选择", "联合", "携手", "牵手", "联手", "同事", "一家", "这家", "那家", "东家", "用户", "入股", "代表", "宣布", "公司",
            // "出任云栈科技首席技术官", "加盟星河数据": the company a post is taken up at
            "出任", "担任", "升任", "兼任", "加盟",
            // "电商服务商云帆网络", "存储供应商星港数据": the kind of business a name is written after (服务商, 供应商, 提供商,
            // 运营商, 集成商)
            "务商", "应商", "供商", "营商", "成商");
    /** Words that describe a kind of business rather than name one. */
    private static final Set<String> GENERIC = Set.of("中国", "国内", "国外", "海外", "全球", "金融", "数字", "信息", "网络",
            "数据", "智能", "高新", "前沿", "基础", "核心", "创新", "私有", "公有", "混合", "政务", "行业", "边缘", "专有", "专属",
            "传统", "头部", "本土", "民营", "国有", "大型", "新兴", "互联", "科技", "电子", "移动", "联通", "电信", "工业", "医疗",
            "教育", "国产", "自建", "企业", "个人", "桌面", "原生", "开源", "云端", "商业", "消费", "汽车", "能源", "物流", "证券",
            "保险", "银行", "软件", "通信", "游戏", "传媒", "零售", "医药", "航空", "电力", "电网", "支付", "集团", "控股", "社区",
            "城市", "城商", "农商", "股份", "投资", "风险", "网上", "手机", "直销", "村镇", "民生", "地方", "区域", "全国", "世界",
            "未来", "智慧", "绿色", "低碳", "量子", "生物", "航天", "芯片", "算力", "人工", "计算", "存储", "安全", "运维", "平台",
            "容器", "分布", "服务", "异构", "多元", "主流", "一流", "领先", "知名", "某某", "当地", "本地", "外资", "合资", "独立",
            "自有", "第三", "公司", "团队", "部门", "技术", "研发", "产品", "业务", "客户", "用户", "伙伴", "合作", "先进", "高端",
            "精密", "装备", "离散", "流程",
            // kinds of trade and travel: "跨境电商", "直播电商", "共享出行", "网约出行"
            "跨境", "生鲜", "直播", "农村", "社交", "垂直", "共享", "网约", "便捷", "日常", "公共");
    /** "海量数据接入", "实时数据", "大数据": how much or how fresh data is, before 数据, names no company. */
    static final Set<String> DATA_QUALIFIERS = Set.of("海量", "大量", "全量", "增量", "存量", "实时", "离线", "多源", "异构",
            "结构化", "大");
    /** What follows a head word when it is the start of a longer common word: "数据中心", "网络层", "云原生". */
    private static final Pattern WORD_CONTINUES = Pattern.compile("[面层流库源量集化中端上下包]|原生|计算|服务|平台|存储|产品|技术|架构|方案|时代|场景|厂商|企业|行业");

    @Override
    public List<Mention> find(ArticleText text) {
        if (!text.article().isChinese()) {
            return List.of();
        }
        String s = text.text();
        List<Mention> out = new ArrayList<>();
        for (int at = 2; at < s.length(); at++) {
            String head = headAt(s, at);
            if (head == null) {
                continue;
            }
            int begin = at - 2;
            int end = at + head.length();
            if (LONG_STEM_HEADS.contains(head) && at >= 3 && isStem(s.substring(at - 3, at))
                    && (at == 3 || !TextFold.isHan(s.charAt(at - 4)) || BOUNDARY_CHARS.indexOf(s.charAt(at - 4)) >= 0)
                    && "叫称名即".indexOf(s.charAt(at - 3)) < 0
                    && !GENERIC.contains(s.substring(at - 3, at - 1)) && !startsPhrase(s, begin)) {
                begin = at - 3; // "平头哥半导体"
            }
            if (head.equals("科技") && begin >= 2 && MIDDLE_INDUSTRIES.contains(s.substring(begin, at))
                    && isStem(s.substring(begin - 2, begin)) && startsPhrase(s, begin - 2) && !GENERIC.contains(s.substring(begin - 2, begin))) {
                begin -= 2; // "蓉城轨交科技": a name, its industry, then 科技
            }
            String name = s.substring(begin, end);
            String stem = name.substring(0, name.length() - head.length()).substring(0, 2);
            // "200余家银行", "训练数据", "视频云", "覆盖银行": a count, or a common word before the industry word, names no
            // company unless the article uses the phrase as one ("北极星数据的工程师")
            if (GenericPhrases.afterQuantity(s, begin, end) != begin
                    || CommonWords.isDescriptive(name.substring(0, name.length() - head.length())) && !GenericPhrases.usedAsName(s, name)) {
                continue;
            }
            if (head.equals("数据") && DATA_QUALIFIERS.contains(stem)) {
                continue;
            }
            if (isStem(stem) && startsPhrase(s, begin) && !GENERIC.contains(stem)
                    && !WORD_CONTINUES.matcher(s).region(end, Math.min(s.length(), end + 2)).lookingAt()
                    && !(end < s.length() && TextFold.isHan(s.charAt(end)) && head.equals("云") && !startsClauseAfter(s, end))) {
                // an industry word ends no personal name, so such a name wins over the name recogniser's guess ("华澜云"
                // read as a person); a name ending in 云 may be a person's ("张小云") unless what follows is said of companies
                boolean personLike = head.equals("云") && ChineseNames.isPlausible(name);
                if (personLike && !COMPANY_CONTEXT.matcher(s).region(end, s.length()).lookingAt()) {
                    continue;
                }
                int stemEnd = functionTitleStart(s, begin, end);
                String own = s.substring(begin, stemEnd);
                out.add(new Mention(begin, stemEnd, own, NewEntities.of(EntityKind.COMPANY, own), METHOD, 0.75));
            }
        }
        return out;
    }

    /** Industry words that are also the line of work a title names: "软件总监", "数据工程师", "网络架构师". */
    private static final List<String> FUNCTION_HEADS = List.of("信息技术", "软件", "数据", "网络", "信息", "通信", "电子");

    /**
     * Where the organisation's name ends in "芯岭软件总监王启明" when the article writes "芯岭" for the company elsewhere
     * ("芯岭微电子", "芯岭第一次参加"): the industry word opens the title ("软件总监", the director of software) and the name
     * is what stands before it. Where the article writes the whole name every time ("星港数据" and "星港数据工程师"), it is
     * the company's name, and {@code end} is returned.
     */
    static int functionTitleStart(String s, int begin, int end) {
        for (String head : FUNCTION_HEADS) {
            int stemEnd = end - head.length();
            if (stemEnd - begin < 2 || !s.startsWith(head, stemEnd)) {
                continue;
            }
            boolean titleFollows = Titles.findIn(s, end, Math.min(s.length(), end + 12)).stream().anyMatch(f -> f.begin() == end);
            String stem = s.substring(begin, stemEnd);
            if (titleFollows && occurrences(s, stem) > occurrences(s, stem + head)) {
                return stemEnd;
            }
            return end;
        }
        return end;
    }

    private static int occurrences(String s, String word) {
        int n = 0;
        for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    /** The first characters of {@link #HEADS}: most positions hold none, and need not be held against each head. */
    private static final String HEAD_STARTS = HEADS.stream().map(h -> h.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    private static String headAt(String s, int at) {
        if (HEAD_STARTS.indexOf(s.charAt(at)) < 0) {
            return null;
        }
        for (String h : HEADS) {
            if (s.startsWith(h, at)) {
                return h;
            }
        }
        return null;
    }

    private static boolean isStem(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (!TextFold.isHan(c) || NOT_IN_NAME.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name can start at {@code begin}: after a non-Han character, a particle or an introducing word. */
    private static boolean startsPhrase(String s, int begin) {
        if (begin == 0 || !TextFold.isHan(s.charAt(begin - 1))) {
            return true;
        }
        if (BOUNDARY_CHARS.indexOf(s.charAt(begin - 1)) >= 0) {
            return true;
        }
        if (begin >= 2 && INTRODUCERS.contains(s.substring(begin - 2, begin))) {
            return true;
        }
        // "北京源析信息", "杭州云栖数据": a company written after its city, the city at a phrase's start
        return begin >= 2 && CITIES.contains(s.substring(begin - 2, begin)) && startsPhraseBeforeCity(s, begin - 2);
    }

    private static boolean startsPhraseBeforeCity(String s, int at) {
        return at == 0 || !TextFold.isHan(s.charAt(at - 1)) || BOUNDARY_CHARS.indexOf(s.charAt(at - 1)) >= 0
                || at >= 2 && INTRODUCERS.contains(s.substring(at - 2, at));
    }

    /** Cities a Chinese company is often written after, with nothing between. */
    private static final Set<String> CITIES = Set.of("北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "武汉", "西安", "苏州",
            "天津", "重庆", "长沙", "合肥", "厦门", "青岛", "大连", "济南", "郑州", "宁波", "无锡", "珠海", "东莞", "佛山", "福州");

    /**
     * "青松云负责计算组", "华澜云成立于": a name ending in 云 is followed by what its subject does, not by more of a word
     * ("私有云平台"); only a few verbs and nouns that follow organisations are accepted.
     */
    private static boolean startsClauseAfter(String s, int end) {
        return FOLLOWS_NAME.matcher(s).region(end, s.length()).lookingAt();
    }

    private static final Pattern COMPANY_CONTEXT = Pattern.compile("总部|成立|创立|公司|团队|首席|创始人|联合创始人|宣布|推出|发布|基于|"
            + "已与|的客户|CEO|CTO|COO|[（(][A-Z]");
    private static final Pattern FOLLOWS_NAME = Pattern.compile("总部|成立|创立|负责|是|的|和|与|已|在|将|也|还|目前|宣布|表示|推出|发布|"
            + "团队|公司|工作|首席|创始人|联合创始人|CEO|CTO|COO|副总裁|总裁|总监|经理|工程师|架构师|[A-Z]");
}
