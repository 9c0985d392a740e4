package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation is at the event when its people are, unnamed: "后排有AT&T的人一直在记笔记", "还有中国电信研究院的两个小伙子",
 * "主讲是中国移动的一位架构师", "an Intel engineer joined her on stage", "a Panasonic engineer who asked not to be named",
 * "a talk by a Collabora engineer on graphics drivers". A named person ("华为的李想", "Google engineer Jane Doe") is the
 * one there, told by the person rules; here nobody follows the staff noun. The people must be shown at the event: named
 * as being there ("有", "还有", "主讲是", "a talk by"), or doing something only done there (sitting in the room, asking,
 * taking notes, joining on stage), not writing a blog post or contributing code.
 */
final class UnnamedStaffFinder implements RelationFinder {

    static final String METHOD = "pattern:unnamed-staff";

    /** "的两个小伙子", "的一位架构师", "的人": the organisation's people, counted or not. */
    private static final Pattern STAFF_ZH = Pattern.compile("^\\s*的\\s*(?:[一二两三四五六七八九十几多数\\d]+\\s*(?:位|个|名))?\\s*"
            + "(?:人(?![工才力口物气员])|工程师|架构师|研究员|博士生|研究生|学生|同学|小伙子|朋友|同事|代表(?![作性])|员工|开发者|技术专家|专家)");
    /** "后排有", "还有", "主讲是", "碰到了": the people are named as there, before the organisation. */
    private static final Pattern THERE_BEFORE_ZH = Pattern.compile("(?:(?:也|还|就|都)?有|(?:主讲|讲者|演讲者|主讲人|提问的|问问题的)(?:是|为)"
            + "|碰到了?|遇到了?|见到了?|认识了?)\\s*(?:来自)?\\s*$");
    /** "一直在记笔记", "坐我旁边", "也在现场", "提了个问题": doing there what only someone there does. */
    private static final Pattern THERE_AFTER_ZH = Pattern.compile("^\\s*(?:也|都|还|一直|正在|就|全程)*(?:在现场|在台下|在后排|在前排|在会场|在展台"
            + "|在记笔记|记笔记|坐在?我|坐在|坐我|举手|提问|问了|提了[^，。；]{0,6}?问题|上台|登台|到场|来了|来到现场)");
    /** "an Intel engineer", "two Google developers": counted people of the organisation, in English. */
    private static final Pattern COUNT_BEFORE_EN = Pattern.compile("\\b(?:a|an|one|two|three|four|five|six|several|some|a few|a couple of)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAFF_EN = Pattern.compile("^\\s+(?:engineers?|developers?|architects?|researchers?|employees?|staffers?"
            + "|representatives?|maintainers?|folks)\\b(?!\\s+(?-i:\\p{Lu}))", Pattern.CASE_INSENSITIVE);
    /** "joined Nakamura on stage", "who asked not to be named", "sat next to me": the person doing it is there. */
    private static final Pattern THERE_AFTER_EN = Pattern.compile("^\\s*(?:,\\s*)?(?:who\\s+)?(?:also\\s+|then\\s+|later\\s+)?"
            + "(?:joined\\s+(?:[\\w'-]+\\s+){0,3}?on\\s+stage|asked|raised\\s+(?:a|the)\\s+question|sat\\s+(?:next\\s+to|beside|behind|in\\s+front\\s+of)"
            + "|took\\s+notes|came\\s+(?:up|over|by)|stopped\\s+by|walked\\s+(?:up|over)|demoed|presented|spoke)\\b", Pattern.CASE_INSENSITIVE);
    /** "a talk by", "a session from": the people give a talk. */
    private static final Pattern TALK_BY_EN = Pattern.compile("\\b(?:talks?|sessions?|keynotes?|presentations?|demos?|panels?|workshops?)\\s+"
            + "(?:by|from|with)\\s+(?:a|an|one|two|three|several|a few)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final int REACH_BEFORE = 24;

    @Override
    public List<Fact> find(AnnotatedText text) {
        if (text.about().isEmpty()) {
            return List.of();
        }
        Entity summit = text.about().get();
        List<Fact> out = new ArrayList<>();
        String t = text.text();
        for (Sentence s : text.sentences()) {
            for (Mention org : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                if (org.anaphoric() || org.entity().kind().isEvent()) {
                    continue;
                }
                int from = Math.max(s.begin(), Clauses.clauseStart(t, org.begin(), s.begin()));
                String before = t.substring(Math.max(from, org.begin() - REACH_BEFORE), org.begin());
                int there = text.isChinese() ? chineseStaffThere(text, org, before, s) : englishStaffThere(text, org, before, s);
                // "没有星澜科技的人在现场": none of them there (the negation read up to the words that place them, not beyond:
                // "a developer who asked not to be named" was there)
                if (there > 0 && !Hypotheticals.before(text, s.begin(), from, org.begin()) && !Negation.within(t.substring(from, there))) {
                    out.add(Clauses.fact(org.entity(), SG.attends, summit, s, METHOD, 0.55));
                }
            }
        }
        return out;
    }

    /** Where the words that place the organisation's unnamed people there end, or -1. */
    private static int chineseStaffThere(AnnotatedText text, Mention org, String before, Sentence s) {
        Matcher staff = STAFF_ZH.matcher(text.text()).region(org.end(), s.end());
        if (!staff.lookingAt() || text.startingAt(staff.end(), Clauses.PERSON).isPresent()) {
            return -1;
        }
        return placed(before, THERE_BEFORE_ZH, THERE_AFTER_ZH.matcher(text.text()).region(staff.end(), s.end()), staff.end());
    }

    private static int englishStaffThere(AnnotatedText text, Mention org, String before, Sentence s) {
        Matcher staff = STAFF_EN.matcher(text.text()).region(org.end(), s.end());
        if (!staff.lookingAt() || !COUNT_BEFORE_EN.matcher(before).find()) {
            return -1;
        }
        return placed(before, TALK_BY_EN, THERE_AFTER_EN.matcher(text.text()).region(staff.end(), s.end()), staff.end());
    }

    private static int placed(String before, Pattern thereBefore, Matcher thereAfter, int staffEnd) {
        if (thereAfter.lookingAt()) {
            return thereAfter.end();
        }
        return thereBefore.matcher(before).find() ? staffEnd : -1;
    }
}
