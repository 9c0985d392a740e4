package org.summitgraph.article;

import org.summitgraph.vocab.Digests;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.summitgraph.article.InvalidArticleException.Reason.BAD_METADATA;
import static org.summitgraph.article.InvalidArticleException.Reason.UNSUPPORTED_TYPE;

/**
 * Reads an article from plain text, Markdown or HTML: the optional header block, the site's boilerplate
 * dropped, title, date, language and publisher found when the header does not give them.
 */
public class ArticleReader {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final int TITLE_MAX = 200;
    private static final int DATE_SEARCH_LINES = 6;
    private static final int DATELINE_MAX = 100;
    private static final Pattern DATELINE_CUE = Pattern.compile("发布|发表|更新|日期|时间|原创|[|｜·]|\\b(?:Published|Posted|Updated|By|by|on)\\b");

    /**
     * The closing lines a page may date itself on, and the words that say the date there is when the page was written:
     * Zhihu's "编辑于" and "发布于", a blog's "Published on"; "Last updated" may be years later and dates no edition.
     */
    private static final int DATE_TAIL_LINES = 6;
    private static final Pattern FOOT_DATE_CUE = Pattern.compile("^(?:编辑于|发布于|发表于|发布时间|发布日期|(?:Published|Posted)(?: on)?\\b)");

    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .'-]{1,30},\\s+(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4})"
            + "(?=\\s*(?:\\(|--|—|–|-))");

    private static final Pattern OPENING_DATE = Pattern.compile("(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4})"
            + "(?=\\s*(?:[.;:—–-]|$))");

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Article read(ArticleSource source) {
        Format format = Format.of(source);
        String raw = TextDecoder.decode(source.content(), maxBytes).replace("\r\n", "\n").replace('\r', '\n');
        Header header = Header.parse(raw);
        Header content = switch (format) {
            case HTML -> HtmlText.read(header.body());
            case MARKDOWN -> new Header(markdownTitle(header.body()), MarkdownText.toText(header.body()));
            case PLAIN -> HtmlText.looksLikeHtml(header.body()) && source.mediaType() == null
                    ? HtmlText.read(header.body()) : new Header(java.util.Map.of(), header.body());
        };
        String publisher = first(header.get("publisher"), content.get("publisher"));
        List<String> lines = new ArrayList<>();
        LocalDate droppedDate = null;
        for (String line : content.body().split("\n", -1)) {
            // scraped pages write empty paragraphs as no-break spaces, which stripTrailing() keeps
            String stripped = line.replace('\u00A0', ' ').stripTrailing();
            if (Boilerplate.isBoilerplate(stripped)) {
                if (publisher == null) {
                    publisher = Boilerplate.publisherIn(stripped).orElse(null);
                }
                // "来源:容器时代 | 2017年11月28日": a source line dropped near the top may be the only line with the date
                if (droppedDate == null && lines.stream().filter(l -> !l.isBlank()).count() < DATE_SEARCH_LINES
                        && stripped.length() <= DATELINE_MAX) {
                    droppedDate = DateParser.find(stripped).orElse(null);
                }
                continue;
            }
            lines.add(stripped);
        }
        String text = joinCollapsingBlankLines(lines);
        if (text.isBlank()) {
            throw new InvalidArticleException(InvalidArticleException.Reason.EMPTY,
                    "The article has no text besides site navigation.");
        }
        if (publisher == null) {
            publisher = Mastheads.publisherIn(text).or(() -> Headlines.siteName(text)).orElse(null);
        }
        String title = first(header.get("title"), content.get("title"), Headlines.in(text).map(ArticleReader::clipped).orElse(null), firstLine(text));
        // what the user writes in the header must be right; what a page says of itself is taken when usable
        LocalDate date = date(first(header.get("date"), lenient(content.get("date"), v -> DateParser.parse(v).isPresent())), text);
        date = date != null ? date : droppedDate;
        String language = language(first(header.get("language"),
                lenient(content.get("language") == null ? null : content.get("language").replace('_', '-'),
                        v -> LANGUAGE_TAG.matcher(v).matches())), text);
        String url = url(first(header.get("url"), lenient(content.get("url"), ArticleReader::isHttpUrl)));
        String id = idOf(url != null ? url : text);
        return new Article(id, title, url, date, language, publisher, text, source.fileName());
    }

    /** The identifier an article with this URL, or failing that this cleaned text, is stored under. */
    public static String idOf(String urlOrText) {
        return Digests.hex(urlOrText, 8);
    }

    private enum Format {
        PLAIN, HTML, MARKDOWN;

        static Format of(ArticleSource source) {
            String type = source.mediaType() == null ? null
                    : source.mediaType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            String name = source.fileName() == null ? "" : source.fileName().toLowerCase(Locale.ROOT);
            if (type == null || type.isEmpty() || type.equals("application/octet-stream") && !name.isEmpty()) {
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    return HTML;
                }
                return MarkdownText.isMarkdownName(name) ? MARKDOWN : PLAIN;
            }
            return switch (type) {
                case "text/html", "application/xhtml+xml" -> HTML;
                case "text/markdown", "text/x-markdown" -> MARKDOWN;
                case "text/plain" -> MarkdownText.isMarkdownName(name) ? MARKDOWN : PLAIN;
                default -> throw new InvalidArticleException(UNSUPPORTED_TYPE, "Articles are accepted as "
                        + "text/plain, text/markdown or text/html, not " + type + ".");
            };
        }
    }

    private static java.util.Map<String, String> markdownTitle(String markdown) {
        String heading = MarkdownText.firstHeading(markdown);
        return heading == null ? java.util.Map.of() : java.util.Map.of("title", heading);
    }

    private static String joinCollapsingBlankLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean blankPending = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankPending = out.length() > 0;
                continue;
            }
            if (blankPending) {
                out.append('\n');
                blankPending = false;
            }
            out.append(line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String firstLine(String text) {
        return clipped(text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip());
    }

    private static String clipped(String line) {
        return line.length() > TITLE_MAX ? line.substring(0, TITLE_MAX) + "…" : line;
    }

    private static LocalDate date(String given, String text) {
        if (given != null) {
            return DateParser.parse(given).orElseThrow(() -> new InvalidArticleException(BAD_METADATA,
                    "The date \"" + given + "\" is not a date; write it as YYYY-MM-DD."));
        }
        List<String> head = text.lines().filter(l -> !l.isBlank()).limit(DATE_SEARCH_LINES).toList();
        return head.stream().map(DateParser::parse).flatMap(Optional::stream).findFirst()
                // a dateline or byline under the title ("发布时间：2019-11-04 10:23 来源：InfoQ", "By Jane Doe | March 3,
                // 2024"); the title itself may name the event's own date ("议程公布:Meetup武汉站(2024年11月23日)")
                .or(() -> head.stream().skip(1).filter(l -> l.length() <= DATELINE_MAX && DATELINE_CUE.matcher(l).find())
                        .map(DateParser::find).flatMap(Optional::stream).findFirst())
                // a news dateline opening the first paragraph: "BERLIN, March 29, 2017 (updated 18:40 CET) -- The …"
                .or(() -> head.stream().skip(1).map(DATELINE::matcher).filter(java.util.regex.Matcher::lookingAt)
                        .map(m -> DateParser.find(m.group())).flatMap(Optional::stream).findFirst())
                // a short line that opens with the date under the title: "April 28, 2016. Austin, Texas."
                .or(() -> head.stream().skip(1).filter(l -> l.length() <= DATELINE_MAX).map(OPENING_DATE::matcher)
                        .filter(java.util.regex.Matcher::lookingAt)
                        .map(m -> DateParser.find(m.group())).flatMap(Optional::stream).findFirst())
                // a page that dates itself at the foot: Zhihu's "编辑于 2020-10-22 23:41", a blog's "Last updated March 3, 2024"
                .or(() -> tail(text).stream().filter(l -> l.length() <= DATELINE_MAX && FOOT_DATE_CUE.matcher(l).find())
                        .map(DateParser::find).flatMap(Optional::stream).findFirst())
                .orElse(null);
    }

    private static List<String> tail(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.subList(Math.max(0, lines.size() - DATE_TAIL_LINES), lines.size());
    }

    private static String language(String given, String text) {
        if (given == null) {
            return LanguageDetector.detect(text);
        }
        if (!LANGUAGE_TAG.matcher(given).matches()) {
            throw new InvalidArticleException(BAD_METADATA,
                    "The language \"" + given + "\" is not a language code such as zh or en.");
        }
        return given.toLowerCase(Locale.ROOT);
    }

    private static String url(String given) {
        if (given == null) {
            return null;
        }
        if (!isHttpUrl(given)) {
            throw new InvalidArticleException(BAD_METADATA, "The url \"" + given + "\" is not an http(s) address.");
        }
        return URI.create(given).toString();
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String lenient(String value, java.util.function.Predicate<String> usable) {
        return value != null && usable.test(value) ? value : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
