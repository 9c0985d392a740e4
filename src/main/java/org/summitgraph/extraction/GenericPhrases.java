package org.summitgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that look like an organisation's name by their last word but describe something: a count ("60多个国家",
 * "200余家银行"), or a common word before a weak head word ("训练数据", "容器网络", "车载软件", "视频云"; which words
 * are common, {@link CommonWords#isDescriptive}) unless the article uses the phrase as a name: someone works there,
 * it has a CTO, it announces something.
 */
final class GenericPhrases {

    /** "60多个", "200余家", "近百家", "十几所", "数十家": a number and a measure word before a noun count things. */
    private static final Pattern QUANTITY = Pattern.compile("(?:近|约|超过|逾|上)?[\\d０-９几数一二两三四五六七八九十百千万]+(?:多|余|几)?"
            + "[家个位所款类名支]");
    private static final Pattern DIGITS_BEFORE = Pattern.compile("[\\d０-９几数一二两三四五六七八九十百千万]$");
    private static final Pattern MEASURE_START = Pattern.compile("(?:多|余|几)?[家个位所款类名支]");

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
