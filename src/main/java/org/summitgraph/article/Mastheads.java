package org.summitgraph.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher a text names of itself where no header or page metadata gives it: the outlet on the line under the
 * title ("Containerwire Newsletter, May 2024", "Posted by the Containerwire editorial desk", "By Jane Doe | The New
 * Stack", "云栈快讯 2017年3月30日", "开源观察 编辑部 | 2021年12月14日", "作者：张三 来源：InfoQ", WeChat's "原创 作者 公众号"),
 * what the piece says of itself ("本文首发于码上观察", "本文由「开源观察」编辑部整理发布", "This post originally appeared on
 * ..."), the company a press release speaks for ({@link PressReleases}), a company's own post ("磐石软件亮相openEuler
 * Summit 2024" in a text that says "我们"), or the outlet a closing line says produced the piece. A company's "we" and an
 * editor's byline mean the publisher, so it is worth finding in text scraped without metadata; only cue words that
 * say "this is who publishes" are taken, never a name alone: an outlet the body quotes is no publisher.
 */
final class Mastheads {

    /** The lines a masthead may stand on: the title and the few short lines under it. */
    private static final int HEAD_LINES = 4;
    /** A masthead line is short; a paragraph of the body is not. */
    private static final int MASTHEAD_MAX = 160;
    /** The closing lines a colophon may stand on. */
    private static final int TAIL_LINES = 3;

    /** What follows a name to say it is the outlet's channel, not part of the name: "星衡数科官方微信公众号". */
    static final String CHANNEL_ZH = "官方微信公众号|微信公众号|官方公众号|公众号|订阅号|服务号|官方网站|官网|官方博客|技术博客|编辑部|品牌部|市场部|新闻中心";

    /* a period ends a word only inside it ("Node.js"), so "Whitlock Media. Transcript" stops at "Media" */
    static final String LATIN_WORD = "[A-Z](?:[\\w&'-]|\\.(?=\\w))*";
    static final String LATIN_NAME = LATIN_WORD + "(?: (?:" + LATIN_WORD + "|of|for|and|&)){0,5}";
    private static final String HAN_NAME = "[\\p{IsHan}A-Za-z0-9][\\p{IsHan}A-Za-z0-9·.&-]{1,20}?";
    private static final String OPEN_QUOTE = "[「“\"《『]?";
    private static final String CLOSE_QUOTE = "[」”\"》』]?";
    private static final String PARENTHESIS = "(?:\\s*[(（][^)）]{1,40}[)）])?";

    private static final List<Pattern> HEAD = List.of(
            // "Posted by the Containerwire editorial desk", "Published by Kestrel Media"
            Pattern.compile("^(?:Posted|Published|Produced|Written) by (?:the )?(" + LATIN_NAME + ") (?:editorial desk|"
                    + "editorial team|editors|newsroom|news desk|news team|staff)\\b"),
            // "Posted by Jane Doe on the Kestrel Labs blog", "Published in the Corvid Networks newsroom"
            Pattern.compile("^(?:Posted|Published|Written)(?: by .{1,60}?)? (?:on|in|to) (?:the )?(" + LATIN_NAME + ") "
                    + "(?:blog|website|site|newsroom)\\b"),
            // "Cloud Native Carolinas Newsletter, November 2025", "Corvid Networks company blog · October 12, 2021"
            Pattern.compile("^(?!(?:Live|Personal|Guest|Video|Photo|My|Our|Your|Company|Engineering|Official|Tech|Developer|"
                    + "Community|Weekly|Daily|Monthly)\\b)(" + LATIN_NAME + ") (?:[Cc]ompany |[Ee]ngineering |[Oo]fficial |[Tt]ech |[Dd]eveloper |[Cc]ommunity )?"
                    + "(?:[Bb]log|Newsletter|newsletter|Newsroom|newsroom|Weekly|Digest)(?:[ ,:·|–—-]|$)"),
            // "Kernel & Bits | Interviews | 12 December 2022": the outlet, its section and the date under the title
            Pattern.compile("^(?:The )?(" + LATIN_NAME + ")\\s*[|·｜]\\s*(?:Interviews?|News|Features?|Opinion|Analysis|Podcasts?|"
                    + "Reviews?|Reports?|Events?|Insights|Profiles?|Q&A)\\s*[|·｜].*\\b(?:19|20)\\d{2}\\b"),
            // "云栈快讯 2017年3月30日 柏林电": a news-flash service is named with its word
            Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,10}(?:快讯|日报|周刊|周报|晚报|早报|时报))(?:[\\s|·｜]|$)"),
            // "开源观察 编辑部 | 2021年12月14日", "青桐云 官方博客"
            Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,12}?)\\s*(?:编辑部|官方博客|技术博客|新闻中心)(?:[\\s|·｜]|$)"),
            // "作者：张三 来源：InfoQ 2019-05-06", "文 | 张三  来源 | 开源观察": the source given beside the byline
            Pattern.compile("(?:^|[\\s|｜])(?:文章)?来源\\s*[:：|｜]\\s*(?!(?:网络|互联网|网友|本站|原创|综合)(?:\\s|$))(" + HAN_NAME + ")"
                    + "\\s*(?:" + CHANNEL_ZH + ")?(?=\\s|$|[|｜,，])"),
            // "文 | 陈墨    链上观察    2024-10-15", "作者：张三 | 开源前沿 | 2021年5月6日": the outlet between the writer and
            // the date
            Pattern.compile("^(?:文|作者|撰文)\\s*[|｜:：/]\\s*[\\p{IsHan}·]{2,5}(?:\\s+|\\s*[|｜]\\s*)"
                    // "作者:阿鲁 | 个人博客 | 2014-11-12": a kind of page names no outlet
                    + "(?!(?:个人)?(?:博客|主页|网站|空间|专栏)|原创|本站|网络|转载|综合)([\\p{IsHan}A-Za-z0-9]{2,12}?)"
                    + "(?:\\s+|\\s*[|｜]\\s*)\\d{4}[-年/.]"),
            // WeChat's head line: "原创 张三 青穹云原生 2018-06-28", the account last
            Pattern.compile("^原创\\s+(?:\\S+\\s+)?([^\\s\\d][^\\s]{1,20}?)(?:\\s+\\d{4}[-年/.].*)?$"),
            Pattern.compile("^(?:微信)?公众号\\s*[:：]\\s*(" + HAN_NAME + ")\\s*$"));

    /** "By Jane Doe | The New Stack | March 3, 2024": the outlet is a name among the parts after the writer. */
    private static final Pattern BYLINE = Pattern.compile("^By (?:" + LATIN_WORD + " ?){1,4}(?:(?:,| and| &) (?:" + LATIN_WORD
            + " ?){1,4})*\\s*[|·—–]\\s*(.+)$");
    private static final Pattern OUTLET = Pattern.compile("(?:The )?" + LATIN_NAME);
    private static final Pattern NOT_OUTLET = Pattern.compile("\\b(?:Editor|Writer|Reporter|Correspondent|Contributor|Staff|"
            + "Analyst|Columnist|Author|Updated|Published|January|February|March|April|May|June|July|August|September|"
            + "October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b");

    /** What a piece says of where it appears, anywhere in it: "本文首发于码上观察", "This article originally appeared on ...". */
    private static final List<Pattern> SELF = List.of(
            Pattern.compile("(?:本文|此文|本篇|该文)(?:最早|最初)?(?:首发于|首发在|发表于|发布于|转载自|转自|来源于|出自|摘自|选自)\\s*"
                    + OPEN_QUOTE + "(" + HAN_NAME + ")" + CLOSE_QUOTE + "\\s*(?:" + CHANNEL_ZH + ")?(?=[，,。；;）)\\s]|$)"),
            // "本文由「开源观察」编辑部整理发布", "本文由InfoQ编辑周雯整理", "本文由星衡数科品牌部编辑发布": an outlet, told by its
            // desk, its editor's byline or the verb of publishing; "本文由张三撰写" names a writer and is left alone
            Pattern.compile("本文由\\s*" + OPEN_QUOTE + "(" + HAN_NAME + ")" + CLOSE_QUOTE + PARENTHESIS + "\\s*(?:(?:" + CHANNEL_ZH
                    + ")(?:编辑|记者|小编)?\\p{IsHan}{0,4}?(?:整理|编辑|撰写|发布|供稿|出品|编译)|(?:编辑|记者|小编)\\p{IsHan}{2,4}?"
                    + "(?:整理|撰写|编译)|(?:整理)?(?:发布|供稿|出品))"),
            Pattern.compile("\\b(?:originally|first) (?:appeared|published|posted|ran) (?:on|in|at) (?:the )?(" + LATIN_NAME + ")"));

    /** "磐石软件亮相openEuler Summit 2024", "Quarrystone at All Things Open 2024": a title whose subject is at an event. */
    private static final Pattern TITLE_AT_EVENT = Pattern.compile("(?:^|[!！|｜:：]\\s*)(?:(?!(?:A|An|The|My|Our|Your|One|Two|Three|"
            + "Day|Days|Week|Notes|Life|Lessons|Live|Report|Recap|Diary|Photos|Highlights|What|Why|How|Who|Where|This|Back|Meet|"
            + "See|Join|Us|We)\\b)(" + LATIN_NAME + ") (?:at|@|goes to|heads to|returns to) |(?![我本])([\\p{IsHan}A-Za-z0-9]{2,12}?)"
            + "(?:亮相|参展|出席|登陆|\\s*×\\s*|\\s+[xX]\\s+))");
    private static final Pattern WE = Pattern.compile("我们|\\b(?:[Ww]e|[Oo]ur|us)\\b");
    private static final Pattern QUOTED = Pattern.compile("“[^”]{0,400}”|\"[^\"\\n]{0,400}\"");
    /** "We" said this often outside quotes is the voice of the whole text, not of someone quoted in it. */
    private static final int FIRST_PERSON_VOICE = 3;

    /** "The Commit Log is an independent podcast produced by Whitlock Media." */
    private static final Pattern COLOPHON = Pattern.compile("\\b(?:podcast|newsletter|blog|publication|magazine) "
            + "(?:produced|published|run) by (" + LATIN_NAME + ")");

    private Mastheads() {
    }

    /** The publisher's name as the text gives it, or none. */
    static Optional<String> publisherIn(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Optional<String> release = PressReleases.announcer(lines);
        if (release.isPresent()) {
            return release;
        }
        Optional<String> head = head(lines);
        if (head.isPresent()) {
            return head;
        }
        for (Pattern p : SELF) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        for (int i = Math.max(0, lines.size() - TAIL_LINES); i < lines.size(); i++) {
            Matcher m = COLOPHON.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return lines.isEmpty() ? Optional.empty() : ownPost(lines.get(0), text);
    }

    private static Optional<String> head(List<String> lines) {
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (line.length() > MASTHEAD_MAX) {
                if (i > 0) {
                    break; // the body has begun (a title may be long)
                }
                continue;
            }
            for (Pattern p : HEAD) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return Optional.of(m.group(1).strip());
                }
            }
            Matcher byline = BYLINE.matcher(line);
            if (byline.find()) {
                for (String part : byline.group(1).split("\\s*[|·—–]\\s*")) {
                    if (OUTLET.matcher(part.strip()).matches() && !NOT_OUTLET.matcher(part).find()) {
                        return Optional.of(part.strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A company's own post: its title puts the company at an event, and the text speaks as "we" outside quotes. A news
     * report about the same company says "they" and quotes its "we".
     */
    private static Optional<String> ownPost(String title, String text) {
        Matcher m = TITLE_AT_EVENT.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher we = WE.matcher(QUOTED.matcher(text.substring(title.length())).replaceAll(""));
        int count = 0;
        while (we.find()) {
            count++;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        // the company is named again in its own text; "My week" or a topic is not
        return count >= FIRST_PERSON_VOICE && text.indexOf(name, title.length()) >= 0 ? Optional.of(name) : Optional.empty();
    }
}
