package org.summitgraph.extraction;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that look like an organisation's name by their last word but describe something: a count ("60多个国家",
 * "200余家银行"), a common word before a weak head word ("训练数据", "容器网络", "车载软件", "视频云"), a topic
 * written in capitals ("Supply Chain Security", "Edge Computing"). A name is a word of no common use ("汐岸数据",
 * "Kestrel Data") or one the article uses as a name: someone works there, it has a CTO, it announces something.
 */
final class GenericPhrases {

    /** "60多个", "200余家", "近百家", "十几所", "数十家": a number and a measure word before a noun count things. */
    private static final Pattern QUANTITY = Pattern.compile("(?:近|约|超过|逾|上)?[\\d０-９几数一二两三四五六七八九十百千万]+(?:多|余|几)?"
            + "[家个位所款类名支]");
    private static final Pattern DIGITS_BEFORE = Pattern.compile("[\\d０-９几数一二两三四五六七八九十百千万]$");
    private static final Pattern MEASURE_START = Pattern.compile("(?:多|余|几)?[家个位所款类名支]");

    /**
     * Words of the field that say what data, software, a network or a cloud is for, and that HanLP's dictionaries
     * tag as names or do not know: "集群", "液冷", "嵌入式".
     */
    private static final Set<String> TOPICS = Set.of("集群", "多集群", "液冷", "数据中心", "弹性", "虚拟", "嵌入式", "可观测性", "算力", "大数据", "物联网",
            "车联网", "电商", "微服务", "云原生", "大模型", "模型", "数据湖", "区块链", "元宇宙", "边缘", "容器", "服务器", "芯片",
            "半导体", "操作系统", "数据库", "中间件", "工业", "跨境", "金融", "政务", "企业", "社区", "用户", "客户", "业务", "展位",
            "活动", "票务", "训练", "推理", "监控", "日志", "测试", "研发", "开发", "运维", "安全", "存储", "计算", "网络", "数据",
            "软件", "信息", "通信", "互联网", "移动", "分布式", "异构", "混合", "私有", "公有", "专有", "内部", "外部", "生产",
            "科研", "教育", "医疗", "交通", "能源", "视频", "直播", "游戏", "支付", "办公", "社交", "开源", "商业", "商业化", "中小",
            "头部", "传统", "国产", "国内", "海外", "全球");
    /** Title words after which a phrase names the organisation: "…的CTO", "…创始人", "…工程师". */
    private static final Pattern ORG_AFTER = Pattern.compile("(?:的)?(?:[\\p{IsHan}]{0,6}(?:总监|经理|工程师|架构师|负责人|专家|研究员|创始人|"
            + "总裁|董事|合伙人|主席|顾问|团队|员工|同事)|联合创始人|首席|CTO|CEO|COO|CFO|CIO|VP|公司|集团|宣布|成立于|创立于|总部|是一家|"
            + "推出|发布了|表示|透露|\\s*[（(]\\p{IsLatin})");
    /** What comes before an organisation's name: "来自…", "加入…", "就职于…", "客户…". */
    private static final Pattern ORG_BEFORE = Pattern.compile("(?:来自|加入|就职于|任职于|供职于|效力于|携手|联手|牵手|收购|入股|投资|"
            + "客户|伙伴|东家|离开)$");

    private GenericPhrases() {
    }

    /**
     * Where a name may start at or after {@code begin}: past a count that ends there or starts there ("200余家银行" seen
     * from "余家银行", "近百家公司"). {@code begin} when there is none.
     */
    static int afterQuantity(String text, int begin, int end) {
        Matcher q = QUANTITY.matcher(text).region(begin, end);
        if (q.lookingAt()) {
            return q.end();
        }
        Matcher m = MEASURE_START.matcher(text).region(begin, end);
        if (m.lookingAt() && DIGITS_BEFORE.matcher(text.substring(Math.max(0, begin - 1), begin)).find()) {
            return m.end();
        }
        return begin;
    }

    /**
     * Whether a word is a common word of the language or of the field rather than part of a name: a word of {@link
     * #TOPICS}, a word HanLP's core dictionary has as a verb, adjective, distinguisher, place word or time ("训练",
     * "车载", "内部", "季度"). A plain noun may be a name however often the dictionaries have seen it ("北极星", "磐石",
     * "红杉"), and so may a word they have as a name or do not know ("汐岸", "青桐", "巴蜀").
     */
    static boolean isDescriptive(String word) {
        if (word.length() < 2 || !word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return false;
        }
        if (TOPICS.contains(word)) {
            return true;
        }
        CoreDictionary.Attribute core = CoreDictionary.get(word);
        if (isName(core) || isName(CustomDictionary.get(word))) {
            return false;
        }
        if (core != null) {
            for (com.hankcs.hanlp.corpus.tag.Nature n : core.nature) {
                if (!n.toString().startsWith("n")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isName(CoreDictionary.Attribute attribute) {
        if (attribute == null) {
            return false;
        }
        for (com.hankcs.hanlp.corpus.tag.Nature n : attribute.nature) {
            String s = n.toString();
            if (s.startsWith("nr") || s.startsWith("ns") || s.startsWith("nt") || s.equals("nz")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article uses {@code name} as an organisation's somewhere: a title, a founder, a team or a verb of
     * organisations after it ("北极星数据的两位工程师", "…宣布"), or a word that introduces one before it ("来自", "加入").
     */
    static boolean usedAsName(String text, String name) {
        int at = text.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if (ORG_AFTER.matcher(text).region(end, Math.min(text.length(), end + 10)).lookingAt()
                    || ORG_BEFORE.matcher(text.substring(Math.max(0, at - 3), at)).find()) {
                return true;
            }
            at = text.indexOf(name, at + 1);
        }
        return false;
    }
}
