package org.summitgraph.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "- 何铮:Apache ShardingSphere的PMC成员,长期组织…", "2. 苏遥：独立开发者": a line of a list that opens with a whole
 * Chinese name and a colon, and whose first clause after the colon holds a title, introduces that person. The
 * title is asked for because the same shape also opens a programme's lines ("主题：…", "地点：…").
 */
final class ChineseListItemNames {

    private static final Pattern ITEM = Pattern.compile(
            "(?m)^[ \\t]*(?:[-*•·●▪]|\\d{1,2}[.、)）]|[(（]\\d{1,2}[)）])?[ \\t]*(\\p{IsHan}{2,4})[ \\t]*[:：][ \\t]*");
    /** What a person is without a job: "在读博士", "独立开发者", "大三学生". */
    private static final Pattern PERSON_NOUN = Pattern.compile("(?:博士|硕士|博士生|研究生|本科生|学生|开发者|爱好者|志愿者|讲师|教授)$");
    /** Where the description's first clause ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,，。；;！!？?\\n]");

    private ChineseListItemNames() {
    }

    static void find(String text, List<Mention> out, String method) {
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!ChineseNames.isPlausible(name) || ChineseNames.surnameLength(name, 0) == 0 || CommonWords.isCommonNonName(name)) {
                continue;
            }
            Matcher end = CLAUSE_END.matcher(text).region(m.end(), text.length());
            int clauseEnd = end.find() ? end.start() : text.length();
            if (clauseEnd - m.end() > 40 || Titles.findIn(text, m.end(), clauseEnd).isEmpty()
                    && !PERSON_NOUN.matcher(text).region(m.end(), clauseEnd).find()) {
                continue; // "何时:下午三点": no title, no person
            }
            out.add(new Mention(m.start(1), m.end(1), name, NewEntities.of(EntityKind.PERSON, name), method, 0.65));
        }
    }
}
