package org.summitgraph.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads an HTML page: its metadata from the head, its text with one line per block element. */
final class HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "aside", "form", "iframe", "svg", "template", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "tr", "section", "article", "blockquote", "pre", "dd", "dt", "figcaption", "table", "ul", "ol");

    private HtmlText() {
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase();
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.contains("<head>") || (head.startsWith("<") && (head.contains("<p>") || head.contains("<div")));
    }

    /** Returns the header fields the page states ({@link Header#KEYS}) and its text. */
    static Header read(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> fields = new LinkedHashMap<>();
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
        put(fields, "title", title);
        put(fields, "url", firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href")));
        put(fields, "date", firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                meta(doc, "pubdate"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        put(fields, "language", attr(doc.selectFirst("html[lang]"), "lang"));
        put(fields, "publisher", firstNonBlank(meta(doc, "og:site_name"), meta(doc, "publisher")));
        doc.select(String.join(",", DROPPED)).remove();
        Element root = doc.body() == null ? doc : doc.body();
        StringBuilder out = new StringBuilder();
        if (title != null && !root.text().startsWith(title)) {
            out.append(title).append('\n');
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        return new Header(Map.copyOf(fields), out.toString());
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value.strip());
        }
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
