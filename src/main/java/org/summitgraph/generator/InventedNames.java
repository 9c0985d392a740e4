package org.summitgraph.generator;

import java.util.List;

/**
 * Names for invented people and companies, unique by construction: index i is written in a mixed radix over
 * the lists after a fixed permutation, so two indices below the number of combinations never share a name.
 */
final class InventedNames {

    /** A Chinese character and its pinyin. */
    record Syllable(String hanzi, String pinyin) {
    }

    record Industry(String en, String zh, String enSuffix, String zhSuffix) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("bank", "银行", "Bank", "银行"),
            new Industry("telecom operator", "运营商", "Telecom", "电信"),
            new Industry("insurer", "保险公司", "Insurance", "保险"),
            new Industry("logistics company", "物流企业", "Logistics", "物流"),
            new Industry("game studio", "游戏公司", "Games", "游戏"),
            new Industry("retailer", "零售企业", "Retail", "零售"),
            new Industry("energy company", "能源企业", "Energy", "能源"),
            new Industry("cloud provider", "云服务商", "Cloud", "云计算"),
            new Industry("software company", "软件公司", "Software", "软件"),
            new Industry("data company", "数据公司", "Data", "数据"),
            new Industry("network equipment maker", "网络设备厂商", "Networks", "网络"),
            new Industry("brokerage", "证券公司", "Securities", "证券"),
            new Industry("media group", "传媒集团", "Media", "传媒"),
            new Industry("carmaker", "汽车制造商", "Motors", "汽车"),
            new Industry("technology company", "科技公司", "Systems", "科技"),
            new Industry("hosting company", "主机服务商", "Hosting", "信息技术"));

    private static final List<String> EN_HEADS = List.of("Vel", "Kest", "Nor", "Bright", "Cor", "Lumen", "Tess", "Quor",
            "Hal", "Fer", "Sil", "Mar", "Ost", "Pell", "Rav", "Tal", "Wen", "Zep", "Ard", "Bel", "Cal", "Dov", "Elm",
            "Fal", "Gal", "Hav", "Ister", "Jor", "Kel", "Lor", "Mer", "Nav", "Orr", "Pax", "Quill", "Ros", "Stav",
            "Thal", "Umber", "Vist");
    private static final List<String> EN_TAILS = List.of("ora", "ex", "gate", "wick", "ridge", "stone", "mark", "field",
            "haven", "line", "ova", "ia", "wyn", "crest", "mere", "dale", "point", "ara", "ion", "os", "ent", "ane",
            "ford", "holm", "ton", "ley", "ium", "ar", "ic", "io");
    private static final List<Syllable> ZH_HEADS = syllables("澜lan 启qi 北bei 星xing 瀚han 锦jin 泓hong 岚lan 璟jing "
            + "翊yi 恒heng 远yuan 博bo 睿rui 弘hong 嘉jia 鼎ding 易yi 融rong 天tian 东dong 南nan 信xin 同tong 宏hong "
            + "卓zhuo 凌ling 青qing 乾qian 景jing 朗lang 昆kun");
    private static final List<Syllable> ZH_TAILS = syllables("海hai 明ming 辰chen 川chuan 峰feng 源yuan 泰tai 盛sheng "
            + "达da 通tong 创chuang 腾teng 驰chi 航hang 越yue 拓tuo 宇yu 晟sheng 奕yi 钧jun 麟lin 祺qi 衡heng 铭ming "
            + "骏jun 煜yu 琦qi 翔xiang 隆long 诚cheng 澄cheng 岳yue");

    private static final List<Syllable> SURNAMES = syllables("王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao "
            + "吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 韩han "
            + "冯feng 邓deng 曹cao 彭peng 曾zeng 萧xiao 田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 杜du 叶ye 程cheng "
            + "魏wei 苏su 丁ding 沈shen 任ren 姚yao 卢lu 傅fu 钟zhong 崔cui 谭tan");
    private static final List<Syllable> GIVEN = syllables("伟wei 芳fang 娜na 敏min 静jing 磊lei 洋yang 艳yan 勇yong "
            + "军jun 杰jie 涛tao 超chao 霞xia 刚gang 浩hao 宇yu 轩xuan 然ran 嘉jia 博bo 文wen 昊hao 睿rui 思si 雨yu "
            + "欣xin 晨chen 梓zi 琪qi 涵han 佳jia 亦yi 书shu 恒heng 驰chi 俊jun 泽ze 凯kai 鹏peng 晓xiao 婷ting 玲ling "
            + "翔xiang 志zhi 建jian 颖ying 慧hui 倩qian 毅yi 琳lin 哲zhe 彬bin 蕾lei 璐lu 辉hui");
    /** Given names that read as a woman's, for she/她. */
    private static final String FEMININE = "芳娜敏静艳霞琪涵婷玲颖慧倩琳蕾璐欣雨";

    private static final List<String> FIRST_MALE = List.of("Daniel", "Marcus", "Tobias", "Rafael", "Henrik", "Oliver",
            "Lukas", "Samuel", "Adrian", "Felix", "Julian", "Mateo", "Nikolai", "Victor", "Elliot", "Gareth", "Ivan",
            "Jonas", "Kenji", "Liam", "Malik", "Nathan", "Owen", "Pedro", "Quentin", "Ruben", "Simon", "Theo",
            "Umar", "Wesley");
    private static final List<String> FIRST_FEMALE = List.of("Dana", "Ingrid", "Sofia", "Amara", "Clara", "Elena",
            "Freya", "Greta", "Hannah", "Isla", "Julia", "Katrin", "Leila", "Maya", "Nadia", "Olivia", "Priya",
            "Rosa", "Sara", "Tamsin", "Ursula", "Vera", "Yara", "Zoe", "Beatrix", "Carmen", "Delia", "Esther",
            "Fiona", "Helena");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Moreau", "Brennan", "Castellano",
            "Haugland", "Novak", "Petrov", "Delacroix", "Eriksen", "Fairbanks", "Gallagher", "Hoffmann", "Ibarra",
            "Janssen", "Kowalski", "Lombardi", "Mbeki", "Nakamura", "Oyelaran", "Pacheco", "Quintero", "Rasmussen",
            "Sandoval", "Thornton", "Ueda", "Valdez", "Whitaker", "Yilmaz", "Zielinski", "Abernathy", "Bergstrom",
            "Calloway", "Dvorak", "Engel", "Ferreira", "Grummet", "Halvorsen", "Iwasaki", "Jaramillo", "Kaminski",
            "Larkspur", "Mendoza", "Nieminen", "Ostrowski", "Pradhan", "Rourke", "Szabo", "Tanaka", "Varga");

    private InventedNames() {
    }

    private static List<Syllable> syllables(String spec) {
        return java.util.Arrays.stream(spec.split(" "))
                .map(s -> new Syllable(s.substring(0, 1), s.substring(1))).toList();
    }

    /** Digits of a permuted index in the given radices (a multiplier coprime with the product permutes). */
    private static int[] digits(long index, int... radices) {
        long total = 1;
        for (int r : radices) {
            total *= r;
        }
        long step = 7919;
        while (gcd(step, total) != 1) {
            step += 2;
        }
        long v = Math.floorMod(index * step + 17, total);
        int[] out = new int[radices.length];
        for (int i = 0; i < radices.length; i++) {
            out[i] = (int) (v % radices[i]);
            v /= radices[i];
        }
        return out;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A company: its stem ("Kestgate", 澜海), the stem's pinyin for a Chinese one, and its line of business. */
    record CompanyName(String stem, String pinyin, Industry industry) {
    }

    static CompanyName englishCompany(int index) {
        int[] d = digits(index, EN_HEADS.size(), EN_TAILS.size(), INDUSTRIES.size());
        return new CompanyName(EN_HEADS.get(d[0]) + EN_TAILS.get(d[1]), null, INDUSTRIES.get(d[2]));
    }

    static CompanyName chineseCompany(int index) {
        int[] d = digits(index, ZH_HEADS.size(), ZH_TAILS.size(), INDUSTRIES.size());
        Syllable a = ZH_HEADS.get(d[0]);
        Syllable b = ZH_TAILS.get(d[1]);
        return new CompanyName(a.hanzi() + b.hanzi(), capital(a.pinyin()) + b.pinyin(), INDUSTRIES.get(d[2]));
    }

    /** A Chinese person: surname, given name (one or two characters), pinyin "Wang Shuheng", whether feminine. */
    record ChineseName(String surname, String given, String pinyinSurname, String pinyinGiven, boolean female) {
        String full() {
            return surname + given;
        }

        String pinyin() {
            return pinyinSurname + " " + pinyinGiven;
        }
    }

    static ChineseName chinese(int index) {
        int[] d = digits(index, SURNAMES.size(), GIVEN.size(), GIVEN.size() + 1);
        Syllable s = SURNAMES.get(d[0]);
        Syllable g1 = GIVEN.get(d[1]);
        Syllable g2 = d[2] == GIVEN.size() ? null : GIVEN.get(d[2]);
        String given = g1.hanzi() + (g2 == null ? "" : g2.hanzi());
        String pinyin = capital(g1.pinyin()) + (g2 == null ? "" : g2.pinyin());
        boolean female = FEMININE.indexOf(given.charAt(given.length() - 1)) >= 0;
        return new ChineseName(s.hanzi(), given, capital(s.pinyin()), pinyin, female);
    }

    record WesternName(String first, String last, boolean female) {
        String full() {
            return first + " " + last;
        }
    }

    static WesternName western(int index) {
        int[] d = digits(index, 2, FIRST_MALE.size(), LAST.size());
        boolean female = d[0] == 1;
        return new WesternName((female ? FIRST_FEMALE : FIRST_MALE).get(d[1]), LAST.get(d[2]), female);
    }
}
