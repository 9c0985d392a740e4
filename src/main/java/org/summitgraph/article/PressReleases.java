package org.summitgraph.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a press release speaks for: the organisation its dateline has announce ("DETROIT, October 26, 2022 /PRNewswire/
 * -- Halyard Systems, the … company, today announced", "TOKYO — June 16, 2025 — The Cloud Native Computing Foundation®
 * (CNCF®), which …, today announced", "2023年6月13日，上海——青桐云今天宣布"). A release's "we" and "our CTO" are that
 * organisation's. Its "About X" boilerplate is no such cue: a foundation's release about a member may describe only the
 * member (measured: it named the wrong publisher on unseen articles).
 */
final class PressReleases {

    /** A dateline stands in the first few lines, under the title, a repeated title and "FOR IMMEDIATE RELEASE". */
    private static final int DATELINE_LINES = 8;

    private static final String DATE = "(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4})";
    private static final Pattern ANNOUNCER = Pattern.compile(DATE + "\\s*(?:/[^/]{1,40}/)?\\s*(?:--|—|–|-)\\s*(?:The |the )?("
            + Mastheads.LATIN_NAME + ")[®™]?(?: \\([A-Z][\\w®™]*\\))?(?:,? (?:Inc|Ltd|LLC|Corp|GmbH|AG)\\.?)?(?:,[^;]{0,160}?,)?"
            + "\\s+(?:today |on \\w+ )?(?:announced|unveiled|launched|released|introduced)\\b");
    /** "2023年6月13日，上海——青桐云今天宣布…": a Chinese release's dateline, the dash, then the company announcing. */
    private static final Pattern ANNOUNCER_ZH = Pattern.compile("^[【\\[]?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日[，,]\\s*\\p{IsHan}{2,4}\\s*(?:——|—|--)\\s*"
            + "([\\p{IsHan}A-Za-z0-9]{2,15}?)(?:今天|今日|近日)(?:正式)?(?:宣布|发布)");

    private PressReleases() {
    }

    /** The organisation the dateline has announce, if the text opens as a press release. */
    static Optional<String> announcer(List<String> lines) {
        for (int i = 0; i < Math.min(DATELINE_LINES, lines.size()); i++) {
            Matcher m = ANNOUNCER.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
            Matcher chinese = ANNOUNCER_ZH.matcher(lines.get(i));
            if (chinese.find()) {
                return Optional.of(chinese.group(1));
            }
        }
        return Optional.empty();
    }
}
