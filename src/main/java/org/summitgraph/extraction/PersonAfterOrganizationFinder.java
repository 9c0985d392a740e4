package org.summitgraph.extraction;

import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese names written straight after the organisation the person comes from ("浪潮陈思远讲Cyborg", "中兴张蕾主持的",
 * "蚂蚁集团的吴昊也来了"), which the name recogniser misses because the organisation's name runs into the person's.
 * Needs the organisations already found, so it runs after the other finders.
 */
final class PersonAfterOrganizationFinder {

    static final String METHOD = "pattern:organization-person";
    /** What follows such a name: a verb of speaking or doing, a particle, punctuation. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "(?:讲|主持|说|表示|介绍|分享|也|在|是|和|与|、|，|,|。|；|的|则|带|提到|认为|做|演讲|上台|指出|透露|告诉|坦言|称|谈|[(（]"
                    + "|因|由于|已|曾|将|此前|目前|现任|担任)");

    private static final Pattern PROJECT_GROUP = Pattern.compile("\\s*(?:社区|项目|团队|开源社区)的");
    private static final Pattern BRACKET = Pattern.compile("\\s*[(（][^()（）]{1,20}[)）]");

    List<Mention> find(ArticleText text, List<Mention> chosen) {
        if (!text.article().isChinese()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        String t = text.text();
        for (Mention org : chosen) {
            int at = org.end();
            // "Apache ShardingSphere社区的潘若溪": a project's community or team is where its people come from
            boolean projectGroup = org.entity().kind() == EntityKind.PROJECT && PROJECT_GROUP.matcher(t).region(at, t.length()).lookingAt();
            if (!org.entity().kind().isOrganization() && !projectGroup) {
                continue;
            }
            if (projectGroup) {
                Matcher group = PROJECT_GROUP.matcher(t).region(at, t.length());
                group.lookingAt();
                at = group.end() - 1; // at 的
            }
            Matcher bracket = BRACKET.matcher(t).region(at, t.length());
            if (bracket.lookingAt()) {
                at = bracket.end(); // "EasyStack（易捷行云）的张若愚"
            }
            boolean possessive = at < t.length() && t.charAt(at) == '的';
            if (possessive) {
                at++;
            }
            String name = ChineseNames.nameAt(t, at);
            if (name == null) {
                continue;
            }
            int begin = at;
            int end = at + name.length();
            if (chosen.stream().anyMatch(c -> c.begin() < end && begin < c.end())
                    || !AFTER_NAME.matcher(t).region(end, t.length()).lookingAt()
                    || !onWordBoundaries(text, begin, end) && !(possessive && rareWordAsName(text, name, end))) {
                continue;
            }
            out.add(new Mention(begin, end, name, NewEntities.of(EntityKind.PERSON, name), METHOD, 0.6));
        }
        return out;
    }

    /** What a person does, told right after the name: speak, present, at the meeting. */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("(?:在(?:会上|大会上|现场|台上|演讲中|分享中|主论坛上)|说|表示|介绍|分享|讲了|讲的是|提到|指出|透露|坦言|告诉|认为|谈到)");

    /**
     * "网易的陶然在会上介绍了…": a name that is also a word ("陶然", cheerful) after an organisation's "的", when the
     * dictionary has the word as rare and what follows is what a speaker does. A common word there ("华为的明确表示")
     * is the organisation's, no person.
     */
    private static boolean rareWordAsName(ArticleText text, String name, int end) {
        return name.length() == 2 && !CommonWords.isCommonNonName(name) && !CommonWords.isCommonWord(name)
                && SPEAKS_AFTER.matcher(text.text()).region(end, text.text().length()).lookingAt()
                && wholeWord(text, end - name.length(), end);
    }

    /** The segmenter read the span as one word of its own, not part of a longer one. */
    private static boolean wholeWord(ArticleText text, int begin, int end) {
        return text.terms().stream().anyMatch(term -> term.offset == begin && term.offset + term.word.length() == end);
    }

    /**
     * The segmenter must not have read the span as part of a longer word or as one common word ("华为高级工程师" is
     * 高级 + 工程师, no 高级工): the name starts and ends on word boundaries, and is one word only when that word is a name.
     */
    private static boolean onWordBoundaries(ArticleText text, int begin, int end) {
        boolean startsWord = false;
        boolean endsWord = false;
        int words = 0;
        boolean nameWord = false;
        for (Term term : text.terms()) {
            int tb = term.offset;
            int te = term.offset + term.word.length();
            if (te <= begin) {
                continue;
            }
            if (tb >= end) {
                break;
            }
            if (tb < begin || te > end) {
                return false;
            }
            startsWord |= tb == begin;
            endsWord |= te == end;
            words++;
            nameWord |= term.nature != null && term.nature.toString().startsWith("nr");
        }
        return startsWord && endsWord && (words > 1 || nameWord);
    }
}
