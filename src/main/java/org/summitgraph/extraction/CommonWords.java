package org.summitgraph.extraction;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;
import java.util.Set;

/**
 * Whether the words before an organisation's head word describe rather than name: "实际数据", "商业软件", "训练数据",
 * "传统电信", "注册中心" are a common word and a head word, "能源公司", "科技公司" an industry and a kind of
 * organisation. A company's own name is a word of no common use ("锦琦传媒", "星通传媒"), a name ("国家电网" is
 * left to the dictionary) or a rare word ("远航科技"); HanLP's core dictionary says how common a word is.
 */
final class CommonWords {

    /** Parts of speech of describing words: nouns, verbal nouns, verbs, adjectives, distinguishers, locatives, adverbs. */
    private static final Set<String> DESCRIBING = Set.of("n", "vn", "v", "vi", "a", "ad", "an", "b", "f", "d", "nnt");
    /** How often a word must occur in HanLP's core dictionary to be a common word rather than a brand. */
    private static final int COMMON = 30;
    /** "能源公司", "游戏公司", "互联网公司": an industry before a kind of organisation. */
    private static final Set<String> KINDS = Set.of("公司", "集团", "企业");
    private static final Set<String> INDUSTRIES = Set.of("科技", "软件", "数据", "信息", "网络", "通信", "电子", "保险", "证券",
            "银行", "游戏", "汽车", "传媒", "零售", "能源", "物流", "航空", "医药", "电信", "互联网", "电商", "金融", "制造", "芯片",
            "半导体", "初创", "创业", "云计算", "咨询", "外包", "安全", "硬件", "运营商", "能源企业", "技术", "投资", "服务");

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
    private CommonWords() {
    }

    /** Whether {@code prefix}, the words before {@code head}, describe the organisation instead of naming it. */
    static boolean describes(List<Term> prefix, String head) {
        if (prefix.isEmpty() || prefix.size() > 2) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (Term t : prefix) {
            joined.append(t.word);
        }
        if (KINDS.contains(head) && INDUSTRIES.contains(joined.toString())) {
            return true;
        }
        for (Term t : prefix) {
            if (!isCommon(t)) {
                return false;
            }
        }
        return joined.length() >= 2;
    }

    /**
     * "方案", "安全": a word HanLP's core dictionary knows, and not as a name, is no person's name however it looks
     * ("白露", a solar term the dictionary has seen once, may still be one).
     */
    static boolean isCommonNonName(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.totalFrequency < 3) {
            return false;
        }
        for (Nature n : attribute.nature) {
            if (n.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "同事", "贡献者", "北京": a word HanLP's core dictionary knows, other than as the name of an organisation or a
     * brand, names no organisation.
     */
    static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.totalFrequency < 3) {
            return false;
        }
        for (Nature n : attribute.nature) {
            if (n.toString().startsWith("nt") || n.toString().equals("nz")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCommon(Term t) {
        if (t.nature == null || !DESCRIBING.contains(t.nature.toString())) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(t.word);
        return attribute != null && attribute.totalFrequency >= COMMON;
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
            for (Nature n : core.nature) {
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
        for (Nature n : attribute.nature) {
            String s = n.toString();
            if (s.startsWith("nr") || s.startsWith("ns") || s.startsWith("nt") || s.equals("nz")) {
                return true;
            }
        }
        return false;
    }
}
