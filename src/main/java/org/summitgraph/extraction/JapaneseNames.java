package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese personal names written in Han characters in Chinese text: "NEC工程师田中浩二", "NTT数据的小野寺健一起讲了…",
 * "他们的基础架构部长小林诚". A Japanese surname is no Chinese one (or, like 田中, is read as a Chinese surname and a
 * given name, which cuts the name short), so the Chinese finders miss or cut these names. A common Japanese surname
 * and one or two more characters make a name where a title or "的" stands right before it, as it does before a person.
 */
final class JapaneseNames {

    /** Common Japanese surnames in the simplified script Chinese text writes them in; longest first where one holds another. */
    private static final List<String> SURNAMES = List.of("长谷川", "小野寺", "佐佐木", "田中", "山本", "中村", "小林", "佐藤",
            "铃木", "高桥", "渡边", "伊藤", "山田", "松本", "井上", "木村", "斋藤", "清水", "山口", "池田", "桥本", "阿部", "石川",
            "山下", "中岛", "石井", "小川", "前田", "冈田", "藤田", "后藤", "近藤", "村上", "远藤", "青木", "坂本", "福田", "太田",
            "西村", "藤井", "冈本", "松田", "中川", "中野", "原田", "小野", "田村", "竹内", "金子", "和田", "中山", "石田", "上田",
            "森田", "柴田", "酒井", "工藤", "横山", "宫崎", "宫本", "内田", "高木", "安藤", "谷口", "大野", "丸山", "今井", "高田",
            "藤原", "河野", "小岛", "村田", "武田", "上野", "杉山", "增田", "菅原", "平野", "千叶", "久保", "松井", "岩崎", "樱井",
            "木下", "野口", "松尾", "菊地", "野村", "新井", "吉田", "山崎", "北村", "西田", "星野", "服部", "浅野", "片山", "大西");
    /** Right before the name: a title, or "的" after whoever the person is of. */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?:工程师|架构师|研究员|开发者|维护者|负责人|部长|社长|课长|总监|经理|主管|"
            + "总裁|董事|创始人|主席|教授|博士|CEO|CTO|COO|CIO|VP|PTL|[Cc]ore|[Mm]aintainer|的)\\s*$");
    /** Characters that follow a name rather than belong to it: verbs, particles, pronouns, conjunctions. */
    private static final String NOT_IN_NAME = "的了是在和与及也都就还又已说讲称表示等将把被对从向为带曾则才所这那他她它们我你很便因一";

    /** What follows a place name that a surname is also: "千叶县", "山口市", "中山大学", "上野站". */
    private static final String NOT_GIVEN = "县市区町村府都道站港湾桥路街大学院馆园寺山川";

    /** First characters of what a sentence says a person does: "介绍", "表示", "指出", "分享", "先生". */
    private static final String VERB_STARTS = "介表指认提分演先透告笑谈讨展回坦强解负参来去做用上";

    private JapaneseNames() {
    }

    /** The Japanese names of the text, as person mentions found by their context. */
    static List<Mention> find(String text, List<Mention> found, String method, double confidence) {
        List<Mention> out = new ArrayList<>();
        for (String surname : SURNAMES) {
            for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
                String name = nameAt(text, at, surname);
                int begin = at;
                // "伊藤雄介" read whole by another finder: a shorter reading of it is no second person
                if (name != null && CUE_BEFORE.matcher(text).region(Math.max(0, at - 6), at).find()
                        && found.stream().noneMatch(m -> m.begin() <= begin && m.end() >= begin + name.length())) {
                    out.add(new Mention(at, at + name.length(), name, NewEntities.of(EntityKind.PERSON, name), method, confidence));
                }
            }
        }
        return out;
    }

    /** The surname at {@code at} with one or two given-name characters; a second one only where it starts no word. */
    private static String nameAt(String text, int at, String surname) {
        int given = at + surname.length();
        if (given >= text.length() || !isGivenNameChar(text.charAt(given))) {
            return null;
        }
        int end = given + 1;
        // "田中浩二讲", but "小野寺健一起讲", "小林诚英语不算流利": a second character only where a word ends after it
        if (end + 1 <= text.length() && end < text.length() && isGivenNameChar(text.charAt(end))
                && (end + 1 == text.length() || endsName(text.charAt(end + 1)))) {
            end++;
        }
        String name = text.substring(at, end);
        // "的中山大学", "千叶县": a place or a word that starts like a name
        if (NOT_GIVEN.indexOf(text.charAt(given)) >= 0 || CommonWords.isCommonWord(name)
                || end < text.length() && CommonWords.isCommonWord(name + text.charAt(end))) {
            return null;
        }
        return name;
    }

    /** What may follow a name: no Han character, or one that opens what is said of a person ("讲", "介绍", "先生"). */
    private static boolean endsName(char c) {
        return !Character.isIdeographic(c) || NOT_IN_NAME.indexOf(c) >= 0 || VERB_STARTS.indexOf(c) >= 0;
    }

    private static boolean isGivenNameChar(char c) {
        return Character.isIdeographic(c) && NOT_IN_NAME.indexOf(c) < 0;
    }
}
