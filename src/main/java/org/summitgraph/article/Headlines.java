package org.summitgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline of a page scraped with its site chrome: "知乎 / 首页 会员 发现 / OpenStack · 云计算 / 如何看待…?", "STRATA EDGE
 * SYSTEMS / Platform Solutions Customers / Newsroom › Company news / Strata Edge Systems names … / November 3, 2022". The
 * site's name, its menus and breadcrumbs come first; the headline is the line the chrome ends on, or the line above the
 * page's dateline or byline. A text that opens with its title (the title, then the date or the body) keeps its first line.
 */
final class Headlines {

    /** The headline stands among the first lines of a page: a few lines of chrome, the title, a subtitle, a byline. */
    private static final int HEAD_LINES = 10;
    /** Without a dateline the chrome is only trusted this near the top, where a site puts it. */
    private static final int CHROME_ONLY_LINES = 5;
    private static final int DATELINE_MAX = 120;
    /** A line this short above the dateline is a label (the site, the account, "Episode 47", the writer's name). */
    private static final int LABEL_MAX = 15;

    /** "发表于 2024-05-28 | 分类于…", "By Tom Okonjo · October 1, 2021", "原创 溯光小编 溯光科技 2023-04-25". */
    private static final Pattern BYLINE_START = Pattern.compile("^(?:By\\s+\\p{Lu}|Posted\\b|Published\\b|Updated\\b|Written by\\b|"
            + "作者\\s*[:：|｜]|文\\s*[|｜/:：]|原创\\s|发布|发表|更新于|编辑于|日期\\s*[:：])");
    private static final Pattern DATE_CUE = Pattern.compile("发布|发表|更新|日期|时间|来源|作者|[|｜·•]");
    /** Menus and tag lists: "首页  归档  分类  标签", "Home · Archive · About", "Platform   Solutions   Customers". */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|｜·•]\\s*|\\s{2,}");
    /** Breadcrumbs: "Newsroom › Company news", "Interviews / AI & Data", "新闻中心 / 公司新闻". */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[›»>]\\s*|\\s+/\\s+");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[,，。!！?？;；\"“”「」]");
    private static final int ITEM_MAX = 25;
    private static final int ITEM_WORDS = 4;
    /** "STRATA EDGE SYSTEMS", "THE LEDGER LETTER — news from …": a masthead set in capitals. */
    private static final Pattern CAPITALS = Pattern.compile("^\\p{Lu}{2,}(?:[ &'-]+\\p{Lu}{2,})+\\b(?![a-z]).*");

    private Headlines() {
    }

    /** The headline among the first lines of the text, or none when the text opens with it. */
    static Optional<String> in(String text) {
        List<String> head = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(HEAD_LINES).toList();
        int dateline = -1;
        for (int i = 1; i < head.size() && dateline < 0; i++) {
            if (isDateline(head.get(i))) {
                dateline = i;
            }
        }
        int end = dateline >= 0 ? dateline : Math.min(CHROME_ONLY_LINES, head.size());
        int lastChrome = -1;
        for (int i = 0; i < end; i++) {
            if (isChrome(head.get(i))) {
                lastChrome = i;
            }
        }
        if (dateline < 0) {
            // no dateline: the headline is the line the chrome ends on, if the chrome is there at all
            return lastChrome >= 0 && lastChrome + 1 < head.size() && !isChrome(head.get(lastChrome + 1))
                    ? Optional.of(head.get(lastChrome + 1)) : Optional.empty();
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = lastChrome + 1; i < dateline; i++) {
            candidates.add(i);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> lines = candidates.stream()
                .filter(i -> head.get(i).codePointCount(0, head.get(i).length()) > LABEL_MAX && !CAPITALS.matcher(head.get(i)).matches())
                .toList();
        // the page's first line, when a headline follows it, is the site's name and tagline; unless it is the headline
        // and the site's name follows it ("PGConf.EU 2023 in Prague: …" over "The Data Stack Journal")
        if (lines.size() > 1 && lines.get(0) == 0 && !(readsAsSiteName(head.get(lines.get(1))) && !readsAsSiteName(head.get(0)))) {
            lines = lines.subList(1, lines.size());
        }
        return lines.isEmpty() ? Optional.of(head.get(candidates.get(candidates.size() - 1))) : Optional.of(head.get(lines.get(0)));
    }

    /** "OpenWire — news for people who ship open source", "开源前哨 | 关注开源": the site's name before its tagline. */
    private static final Pattern TAGLINE = Pattern.compile("\\s+(?:—+|–|-|\\||｜)\\s+.*$|\\s*｜.*$");
    private static final Pattern LATIN_SITE_NAME = Pattern.compile("(?:The )?\\p{Lu}[\\p{L}\\p{N}&.'-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}&.'-]*|of|for|and|&)){0,3}");
    private static final Pattern HAN_SITE_NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,12}");
    private static final int SITE_NAME_MAX = 30;

    /**
     * The site's name a page opens with, above its menu: "The Supply Chain Brief / Home · Archive · About", "知乎 / 首页 会员
     * 发现". Only a line that reads as a name (not "View this email in your browser") and only when a menu follows it.
     */
    static Optional<String> siteName(String text) {
        List<String> head = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList();
        if (head.size() < 2 || !isChrome(head.get(1))) {
            return Optional.empty();
        }
        return readsAsSiteName(head.get(0)) ? Optional.of(TAGLINE.matcher(head.get(0)).replaceFirst("").strip()) : Optional.empty();
    }

    /** A line that reads as a site's name, its tagline aside: a few capitalised words or a short run of Han, not a sentence. */
    private static boolean readsAsSiteName(String line) {
        String name = TAGLINE.matcher(line).replaceFirst("").strip();
        return name.length() <= SITE_NAME_MAX && !CAPITALS.matcher(name).matches()
                && (LATIN_SITE_NAME.matcher(name).matches() || HAN_SITE_NAME.matcher(name).matches());
    }

    static boolean isDateline(String line) {
        if (line.length() > DATELINE_MAX) {
            return false;
        }
        if (BYLINE_START.matcher(line).find()) {
            return true;
        }
        // the date opens the line ("2024-11-18 09:42 来源:开源前哨", "Jun 27, 2022 · …") or a cue stands before it
        java.util.regex.Matcher date = DateParser.WITHIN.matcher(line);
        return date.find() && DateParser.find(date.group()).isPresent()
                && (date.start() == 0 || DATE_CUE.matcher(line.substring(0, date.start())).find());
    }

    static boolean isChrome(String line) {
        if (Boilerplate.isMenu(line) || SENTENCE_PUNCTUATION.matcher(line).find() || DateParser.find(line).isPresent()) {
            return Boilerplate.isMenu(line);
        }
        return items(line, MENU_SEPARATOR, 3) || items(line, CRUMB_SEPARATOR, 2);
    }

    private static boolean items(String line, Pattern separator, int atLeast) {
        String[] items = separator.split(line.strip());
        if (items.length < atLeast) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.length() > ITEM_MAX || item.strip().split("\\s+").length > ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }
}
