package org.summitgraph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body><p>x</p></body></html>", "  <html lang=\"zh\">",
            "<head><title>t</title></head>", "<div class=\"content\">正文</div>", "<p>One paragraph.</p>"})
    void recognisesHtml(String text) {
        assertEquals(true, HtmlText.looksLikeHtml(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OpenStack峰会自11月6-8日在悉尼召开", "If a < b and b > c then the <p> tag is wrong.",
            "title: x\n\n<p>late</p>", "<https://example.org> is an autolink."})
    void doesNotMistakeTextForHtml(String text) {
        assertEquals(false, HtmlText.looksLikeHtml(text));
    }

    @Test
    void prefersTheOpenGraphTitleAndCanonicalLink() {
        Header page = HtmlText.read("""
                <html><head><title>Day 1 | Example News</title>
                <meta property="og:title" content="Day 1">
                <link rel="canonical" href="https://example.org/day-1">
                </head><body><p>Text.</p></body></html>""");

        assertEquals(Map.of("title", "Day 1", "url", "https://example.org/day-1"), page.fields());
    }

    @Test
    void takesTheDateFromATimeElementAndTheLanguageFromTheHtmlElement() {
        Header page = HtmlText.read("""
                <html lang="zh-CN"><body><article><h1>峰会首日</h1>
                <time datetime="2017-11-06">11月6日</time><p>正文。</p></article></body></html>""");

        assertEquals(Map.of("title", "峰会首日", "date", "2017-11-06", "language", "zh-CN"), page.fields());
    }

    @Test
    void writesTheTitleFirstWhenTheBodyDoesNotStartWithIt() {
        Header page = HtmlText.read("<html><head><title>The title</title></head><body><p>The text.</p></body></html>");

        assertEquals("The title\n\nThe text.\n", page.body());
    }

    @Test
    void writesEachBlockOnItsOwnLineAndInlineElementsWithinIt() {
        Header page = HtmlText.read("<body><h2>Heading</h2><p>A <b>bold</b> <a href=\"#\">link</a>.</p>"
                + "<ul><li>one</li><li>two</li></ul></body>");

        assertEquals(new Header(Map.of(), "\nHeading\n\nA bold link.\n\n\none\n\ntwo\n\n"), page);
    }

    @Test
    void dropsScriptsStylesNavigationAndForms() {
        Header page = HtmlText.read("<body><nav>Home News</nav><style>p { color: red }</style>"
                + "<p>Kept.</p><script>alert('x')</script><form><input><button>Search</button></form>"
                + "<aside>Related articles</aside><footer>Copyright</footer></body>");

        assertEquals("\nKept.\n", page.body());
    }
}
