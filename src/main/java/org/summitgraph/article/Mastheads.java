package org.summitgraph.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher a text names of itself where no header or page metadata gives it: the outlet on the line under the
 * title ("Containerwire Newsletter, May 2024", "Posted by the Containerwire editorial desk", "云栈快讯 2017年3月30日",
 * "开源观察 编辑部 | 2021年12月14日"), the company a press release's dateline announces for ("DETROIT, October 26,
 * 2022 /PRNewswire/ -- Halyard Systems, the … company, today announced"), or the outlet a closing line says
 * produced the piece. A company's "we" and an editor's byline mean the publisher, so it is worth finding in text
 * scraped without metadata; only cue words that say "this is who publishes" are taken, never a name alone.
 */
final class Mastheads {

    /** The lines a masthead may stand on: the title and the few short lines under it. */
    private static final int HEAD_LINES = 4;
    /** A masthead line is short; a paragraph of the body is not. */
    private static final int MASTHEAD_MAX = 160;
    /** The closing lines a colophon may stand on. */
    private static final int TAIL_LINES = 3;

    private static final String LATIN_NAME = "[A-Z][\\w&.'-]*(?: (?:[A-Z][\\w&.'-]*|of|for|and|&)){0,5}";

    private static final List<Pattern> HEAD = List.of(
            // "Posted by the Containerwire editorial desk", "Published by Kestrel Media"
            Pattern.compile("^(?:Posted|Published|Produced|Written) by (?:the )?(" + LATIN_NAME + ") (?:editorial desk|"
                    + "editorial team|editors|newsroom|news desk|news team|staff)\\b"),
            // "Cloud Native Carolinas Newsletter, November 2025", "Corvid Networks company blog · October 12, 2021"
            Pattern.compile("^(?!(?:Live|Personal|Guest|Video|Photo|My|Our|Your|Company|Engineering|Official|Tech|Developer|"
                    + "Community|Weekly|Daily|Monthly)\\b)(" + LATIN_NAME + ") (?:[Cc]ompany |[Ee]ngineering |[Oo]fficial |[Tt]ech |[Dd]eveloper |[Cc]ommunity )?"
                    + "(?:[Bb]log|Newsletter|newsletter|Newsroom|newsroom|Weekly|Digest)(?:[ ,:·|–—-]|$)"),
            // "云栈快讯 2017年3月30日 柏林电": a news-flash service is named with its word
            Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,10}(?:快讯|日报|周刊|周报|晚报|早报|时报))(?:[\\s|·｜]|$)"),
            // "开源观察 编辑部 | 2021年12月14日", "青桐云 官方博客"
            Pattern.compile("^([\\p{IsHan}A-Za-z0-9]{2,12}?)\\s*(?:编辑部|官方博客|技术博客|新闻中心)(?:[\\s|·｜]|$)"));

    /** "DETROIT, October 26, 2022 /PRNewswire/ -- Halyard Systems, the Kubernetes data protection company, today announced". */
    private static final Pattern PRESS_RELEASE = Pattern.compile("(?:--|—|–)\\s*(" + LATIN_NAME + ")(?:,[^.]{0,120}?,)?"
            + " (?:today )?(?:announced|launched|unveiled)\\b");
    /** "2023年6月13日，上海——青桐云今天宣布…": a Chinese release's dateline, the dash, then the company announcing. */
    private static final Pattern PRESS_RELEASE_ZH = Pattern.compile("^(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日[，,]\\s*\\p{IsHan}{2,4}\\s*(?:——|—|--)\\s*"
            + "([\\p{IsHan}A-Za-z0-9]{2,15}?)(?:今天|今日|近日)(?:正式)?(?:宣布|发布)");
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Za-z .'-]{1,30}(?:, [A-Z][A-Za-z.]+)?, [A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}");

    /** "The Commit Log is an independent podcast produced by Whitlock Media." */
    private static final Pattern COLOPHON = Pattern.compile("\\b(?:podcast|newsletter|blog|publication|magazine) "
            + "(?:produced|published|run) by (" + LATIN_NAME + ")");

    private Mastheads() {
    }

    /** The publisher's name as the text gives it, or none. */
    static Optional<String> publisherIn(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            String line = lines.get(i);
            Matcher release = PRESS_RELEASE.matcher(line);
            if (DATELINE.matcher(line).lookingAt() && release.find()) {
                return Optional.of(release.group(1));
            }
            Matcher chineseRelease = PRESS_RELEASE_ZH.matcher(line);
            if (chineseRelease.find()) {
                return Optional.of(chineseRelease.group(1));
            }
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
        }
        for (int i = Math.max(0, lines.size() - TAIL_LINES); i < lines.size(); i++) {
            Matcher m = COLOPHON.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(m.group(1).replaceAll("[.]$", "").strip());
            }
        }
        return Optional.empty();
    }
}
