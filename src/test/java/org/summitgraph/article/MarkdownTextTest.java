package org.summitgraph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MarkdownTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"article.md", "ARTICLE.MD", "notes.markdown"})
    void recognisesMarkdownFileNames(String name) {
        assertEquals(true, MarkdownText.isMarkdownName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.txt", "article.html", "md", "article.md.txt"})
    void doesNotTakeOtherFileNamesForMarkdown(String name) {
        assertEquals(false, MarkdownText.isMarkdownName(name));
    }

    @Test
    void takesNoNameForMarkdown() {
        assertEquals(false, MarkdownText.isMarkdownName(null));
    }

    @Test
    void findsTheFirstHeadingWithoutItsMarkup() {
        assertEquals("Kata Containers 1.0", MarkdownText.firstHeading("Intro line\n\n## **Kata** Containers 1.0 ##\n# Later"));
    }

    @Test
    void findsNoHeadingInTextWithoutOne() {
        assertNull(MarkdownText.firstHeading("#hashtag is not a heading\nPlain text."));
    }

    @Test
    void keepsAHashThatEndsAHeadingWord() {
        assertEquals("Programming in C#", MarkdownText.firstHeading("# Programming in C#"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**OpenStack** Summit|OpenStack Summit",
            "__OpenStack__ Summit|OpenStack Summit",
            "*edge* and _core_|edge and core",
            "~~old~~ new|old new",
            "run `nova boot` now|run nova boot now",
            "***both***|both",
            "see [the summit](http://x) site|see the summit site",
            "![a kangaroo](img/roo.png)|a kangaroo",
            "[![logo](logo.png)](http://x)|logo",
            "> quoted words|quoted words",
            "### Heading ###|Heading",
            "2 * 3 * 4|2 * 3 * 4",
            "- list item|- list item",
            "__init__ method|init method",
            "snake_case and _emphasis_|snake_case and emphasis",
    })
    void reducesALineToTheTextAReaderSees(String markdown, String text) {
        assertEquals(text + "\n", MarkdownText.toText(markdown));
    }

    @Test
    void keepsUnderscoresInsideWords() {
        assertEquals("set nova_compute_driver and os_region_name\n",
                MarkdownText.toText("set nova_compute_driver and os_region_name"));
    }

    @Test
    void keepsOneLineForEachSourceLine() {
        assertEquals("Title\n\ncode line\n\n\nText\n",
                MarkdownText.toText("# Title\n```bash\ncode line\n```\n---\nText"));
    }
}
