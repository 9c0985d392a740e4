package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese media accounts named "…观察" ("开源观察", "云原生观察", "开源基础设施观察"), written where a source is credited or an
 * interviewer speaks: "本文为开源观察原创", "来源:云原生观察", "【云栈观察讯】", "开源观察记者在现场", "开源观察:先介绍一下".
 * 观察 is also a common word ("几点观察", "峰会快报和观察文章"), so the name must stand apart: after a mark or a word of
 * crediting, and before a mark, a space or a word of the trade (记者, 编辑, 原创, 讯, 采访).
 */
final class ChineseColumnNameFinder implements MentionFinder {

    private static final Pattern NAME = Pattern.compile("(?<=^|[\\s「《【“\"(（:：,，。、|/]|本文为|首发于|本文由|来源|来自|转载自)"
            + "(?<name>(?<topic>\\p{IsHan}{2,6})观察)(?=[\\s」》】”\"):：,，。、|/]|$|记者|编辑|原创|讯|采访|专访|特约)");
    /** Words that make the topic a counted or owned remark, not a name: "几点观察", "我的观察", "现场观察". */
    private static final Pattern CREDIT = Pattern.compile("^(?:本文为|首发于|本文由|来源|来自|转载自)");
    private static final Pattern NOT_TOPIC = Pattern.compile("[的了和与及点些个次]|^(?:现场|长期|持续|一些|我们|本期|深度|独家)");

    /**
     * The first match of {@link #NAME} from {@code from} on, as {@code find} gives it, or null. A match begins two to
     * six characters before a "观察", so the pattern is tried only there: run over the whole text, its look-behind was
     * tried at every character, a fortieth of the extraction's time on a Chinese article.
     */
    private static Matcher next(String s, int from) {
        Matcher m = NAME.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int tried = from;
        for (int at = s.indexOf("观察", from + 2); at >= 0; at = s.indexOf("观察", at + 1)) {
            for (int begin = Math.max(tried, at - 6); begin <= at - 2; begin++) {
                if (m.region(begin, s.length()).lookingAt()) {
                    return m;
                }
            }
            tried = Math.max(tried, at - 1);
        }
        return null;
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String s = text.text();
        if (!text.article().isChinese() || !s.contains("观察")) {
            return out;
        }
        for (Matcher m = next(s, 0); m != null; m = next(s, m.end())) {
            // "本文为开源观察原创": at a line's start the crediting words come before the name
            Matcher credit = CREDIT.matcher(m.group("topic"));
            int begin = m.start("name") + (credit.find() ? credit.end() : 0);
            String topic = s.substring(begin, m.end("topic"));
            if (topic.length() < 2 || NOT_TOPIC.matcher(topic).find()) {
                continue;
            }
            String name = s.substring(begin, m.end("name"));
            out.add(new Mention(begin, m.end("name"), name, NewEntities.of(EntityKind.ORGANIZATION, name),
                    OrganizationPatternFinder.METHOD, 0.6));
        }
        return out;
    }
}
