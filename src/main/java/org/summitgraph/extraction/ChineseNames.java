package org.summitgraph.extraction;

import java.util.Set;

/** What a Chinese personal name looks like: a known surname and one or two more characters. */
final class ChineseNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
            + "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包"
            + "宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司"
            + "卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇"
            + "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝屠洪阎郁冀鄢揭匡裘蔺荆茅钮萧芮邰晁禹逯谌";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门");
    /** Characters that follow a name rather than belong to it: verbs, particles, pronouns. */
    private static final String NOT_IN_NAME = "的了是在和与及也都就还又已说讲称表示等将把被对从向为带曾则才所这那他她它们我你很便因给跟"
            + "口中眼里兄弟先生女士士教授老师总经理董事主席一上下来去到得着过更最很非常"
            // "约了周卓吃饭", "和林涛喝咖啡": eating, drinking and chatting follow a name, no given name holds them
            + "吃喝聊";
    /** Frequent words that start with a surname character but are not names. */
    private static final Set<String> NOT_NAMES = Set.of("何在", "何时", "何况", "何必", "何等", "何处", "那一年", "那是",
            "于是", "于此", "时间", "时候", "高兴", "高手", "常常", "成为", "成功", "文化", "明年", "明天", "全部", "全球",
            "安全", "方面", "方向", "方式", "和谐", "平安", "向前", "应该", "应用", "商业", "金融", "石油", "沙发", "车辆",
            "项目", "党员", "路由", "龙头", "包括", "管理", "简单", "单位", "连续", "严重", "钱包", "程序", "黄金", "司机",
            "车机", "车载", "车规", "车联网", "边缘", "云端", "云原生", "安装", "成本");

    private static final Set<String> ONE_WORDS = Set.of("一行", "一方", "一时", "一手", "一心", "一路", "一带", "一如", "一改", "一举");

    private static final Set<String> WORD_STARTS = Set.of("同时", "现任", "目前", "正在", "已经", "曾经", "也是", "还是",
            "就是", "表示", "介绍", "认为", "指出", "担任", "负责", "透露", "随后", "此前", "之前", "今年", "去年", "当时",
            "本人", "先生", "女士", "博士", "长期", "长达", "长年", "教授", "在此", "希望", "强调", "分享", "回顾", "上台", "领奖", "主持", "讲解", "讲述", "发表", "带来", "带队", "现场");

    /** Words that open with an aspect particle's character: "了解", "过去" after a name are no sign of a verb before them. */
    private static final Set<String> PARTICLE_WORDS = Set.of("了解", "了不", "过去", "过程", "过来", "过往", "过年", "过于");

    /** What follows 向 when it is a preposition: "向大家", "向社区", "向用户", "向他们". */
    private static final String XIANG_OBJECTS = "大家社会全世界我你他她它们用客外内各观与上下前后中里本该这那贡提发合主";

    private ChineseNames() {
    }

    /** Length of the surname at {@code at}, 0 when none starts there. */
    static int surnameLength(String text, int at) {
        if (at + 2 <= text.length() && COMPOUND_SURNAMES.contains(text.substring(at, at + 2))) {
            return 2;
        }
        return at < text.length() && SURNAMES.indexOf(text.charAt(at)) >= 0 ? 1 : 0;
    }

    /**
     * "郑凯很爽快", "孟凡因工作调整": the recogniser reads an adverb or a conjunction after a two-character name as its
     * third character; such characters open the predicate, so the name ends before them. Null when no name is left.
     */
    static String withoutPredicate(String name) {
        int surname = surnameLength(name, 0);
        for (int i = surname + 1; i < name.length(); i++) {
            if (PREDICATE_OPENERS.indexOf(name.charAt(i)) >= 0) {
                return i >= 2 ? name.substring(0, i) : null;
            }
        }
        return name;
    }

    /** Adverbs, conjunctions and verbs that follow a subject's name and hardly ever end a given name. */
    private static final String PREDICATE_OPENERS = "很也还就都则又便已说是在和与因";

    static boolean isPlausible(String name) {
        // "单位由…", "金融科技": a word that is no name does not open one either
        if (name.length() < 2 || name.length() > 4 || NOT_NAMES.contains(name) || NOT_NAMES.contains(name.substring(0, 2))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!TextFold.isHan(name.charAt(i))) {
                return false;
            }
        }
        int surname = surnameLength(name, 0);
        if (surname == 0 || name.length() - surname < 1 || name.length() - surname > 2) {
            return false;
        }
        for (int i = surname; i < name.length(); i++) {
            // "刘一鸣", "王一凡": 一 opens many given names, but not words such as "一直" or "一位"
            boolean givenOne = name.charAt(i) == '一' && i == surname && name.length() == surname + 2
                    && !ONE_WORDS.contains(name.substring(i)) && "个次些下点种位家年天场批项名条台块起样直定般切边同度致向旦共再流线体键站".indexOf(name.charAt(i + 1)) < 0;
            // "杜向晖", "李向东": 向 is a preposition after a surname ("王向大家介绍") but opens given names too
            boolean givenXiang = name.charAt(i) == '向' && i == surname && name.length() == surname + 2
                    && XIANG_OBJECTS.indexOf(name.charAt(i + 1)) < 0;
            if (NOT_IN_NAME.indexOf(name.charAt(i)) >= 0 && !givenOne && !givenXiang) {
                return false;
            }
        }
        return true;
    }

    /** The name that starts at {@code at}: surname and up to two given-name characters; null if none. */
    static String nameAt(String text, int at) {
        int surname = surnameLength(text, at);
        if (surname == 0) {
            return null;
        }
        int end = at + surname;
        while (end < text.length() && end - at - surname < 2 && TextFold.isHan(text.charAt(end))
                && (NOT_IN_NAME.indexOf(text.charAt(end)) < 0 || "一向".indexOf(text.charAt(end)) >= 0 && end == at + surname)) {
            end++;
        }
        // "沈蔚同时担任": the last character starts a word ("同时"), it is not part of the name
        if (end - at - surname == 2 && end < text.length() && WORD_STARTS.contains(text.substring(end - 1, end + 1))) {
            end--;
        }
        // "罗钧做了题为…的演讲", "陈默讲过": a third character an aspect particle follows is a verb done, not the name's end
        if (end - at - surname == 2 && end < text.length() && "了过".indexOf(text.charAt(end)) >= 0
                && !PARTICLE_WORDS.contains(text.substring(end, Math.min(text.length(), end + 2)))) {
            end--;
        }
        // "张博士", "李长期": 博 and 长 open given names ("许文博", "顾长风") and words after a surname alike
        if (end - at - surname >= 1 && end < text.length() && "博长".indexOf(text.charAt(end - 1)) >= 0
                && WORD_STARTS.contains(text.substring(end - 1, end + 1))) {
            end--;
        }
        String name = text.substring(at, end);
        return isPlausible(name) ? name : null;
    }
}
