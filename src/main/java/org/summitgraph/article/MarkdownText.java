package org.summitgraph.article;

import java.util.regex.Pattern;

/**
 * Reduces Markdown to the text a reader sees. Line structure is kept, so each line of the result is a
 * line of the source without its markup.
 */
final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|\\*|~~|`)(\\S(?:.*?\\S)?)\\1");
    /** Underscores inside a word, as in {@code nova_compute_driver}, are not emphasis. */
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(__|_)(\\S(?:.*?\\S)?)\\1(?![\\p{L}\\p{N}_])");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");

    private MarkdownText() {
    }

    static boolean isMarkdownName(String fileName) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.toLowerCase();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    static String firstHeading(String markdown) {
        for (String line : markdown.split("\n")) {
            var m = HEADING.matcher(line);
            if (m.matches()) {
                return plain(m.group(1));
            }
        }
        return null;
    }

    static String toText(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).matches() || RULE.matcher(line).matches()) {
                out.append('\n');
                continue;
            }
            var heading = HEADING.matcher(line);
            String content = heading.matches() ? heading.group(1) : QUOTE.matcher(line).replaceFirst("");
            out.append(plain(content)).append('\n');
        }
        return out.toString();
    }

    private static String plain(String s) {
        String t = IMAGE.matcher(s).replaceAll("$1");
        t = LINK.matcher(t).replaceAll("$1");
        String previous;
        do {
            previous = t;
            t = EMPHASIS.matcher(t).replaceAll("$2");
            t = UNDERSCORE_EMPHASIS.matcher(t).replaceAll("$2");
        } while (!t.equals(previous));
        return t;
    }
}
