package org.summitgraph.article;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    private static final ArticleReader READER = new ArticleReader(1 << 20);
    private static final String SAMPLE_TITLE = "【OpenStack悉尼峰会快报】峰会Day 1:老而弥坚";

    private static byte[] resource(String name) {
        try (InputStream in = ArticleReaderTest.class.getResourceAsStream("/article/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article read(String text, String mediaType, String fileName) {
        return READER.read(new ArticleSource(text.getBytes(StandardCharsets.UTF_8), mediaType, fileName));
    }

    private static Article read(String text) {
        return read(text, null, null);
    }

    private static InvalidArticleException refusal(String text) {
        return assertThrows(InvalidArticleException.class, () -> read(text));
    }

    // the sample: a scraped Chinese news page

    @Test
    void takesTheTitleFromTheFirstLineAfterTheSiteNavigation() {
        Article article = READER.read(new ArticleSource(resource("sample.zh.txt"), null, "sample.zh.txt"));

        assertEquals(SAMPLE_TITLE, article.title());
        assertEquals(List.of(SAMPLE_TITLE, "2018-03-28", ""), article.text().lines().limit(3).toList());
    }

    @Test
    void findsTheDateLineUnderTheTitle() {
        Article article = READER.read(new ArticleSource(resource("sample.zh.txt"), null, null));

        assertEquals(LocalDate.of(2018, 3, 28), article.datePublished());
    }

    @Test
    void takesTheDateFromASourceLineThatIsDroppedFromTheText() {
        Article article = read("人事动态 | 李明加盟星河云\n来源:云原生周刊 | 2018年3月2日\n\n李明已于本月正式加入星河云。\n");

        assertEquals(LocalDate.of(2018, 3, 2), article.datePublished());
        assertFalse(article.text().contains("来源"));
    }

    @Test
    void takesTheDateAPageGivesAtItsFootWhenItsHeadHasNone() {
        Article zh = read("问答社区\n首页  发现  等你来答\n如何评价KubeCon China 2023在上海回归线下?\n关注者 210\n\n"
                + "我去了三天,说几点感受。\n\n编辑于 2023-09-30 21:05\n赞同 12  3 条评论  分享");
        Article en = read("Harbor Notes\nHome · Archive · About\nWhat I learned at KubeCon 2023\n\nI went to Chicago.\n\n"
                + "Published on November 12, 2023\nShare · Comment");

        assertEquals("如何评价KubeCon China 2023在上海回归线下?", zh.title());
        assertEquals(LocalDate.of(2023, 9, 30), zh.datePublished());
        assertEquals("What I learned at KubeCon 2023", en.title());
        assertEquals(LocalDate.of(2023, 11, 12), en.datePublished());
    }

    @Test
    void takesNoDateFromAFootLineThatDoesNotDateThePage() {
        Article article = read("Harbor Notes\nHome · Archive · About\nWhat I learned at KubeCon 2023\n\nI went to Chicago.\n\n"
                + "The next KubeCon runs from March 19, 2024 in Paris.\nShare · Comment");

        assertNull(article.datePublished());
    }

    @Test
    void takesTheDateFromAShortLineOpeningWithItUnderTheTitle() {
        Article article = read("Jane Doe joins Harbor Cloud as CTO\n\nApril 28, 2016. Austin, Texas.\n\nHarbor Cloud today announced a new CTO.\n");

        assertEquals(LocalDate.of(2016, 4, 28), article.datePublished());
    }

    @Test
    void takesNoDateFromABodyLineThatOpensWithADateMidSentence() {
        Article article = read("Harbor Notes\n\nMarch 19, 2024 is when the next KubeCon opens in Paris, and we will be there with our whole team.\n");

        assertNull(article.datePublished());
    }

    @Test
    void takesTheDateFromANewsDatelineOpeningTheFirstParagraph() {
        Article a = read("Summit opens\nSEOUL, June 4, 2019 (updated 10:00 KST) -- The conference opened this morning with a keynote.\n");
        Article b = read("Summit opens\nNEW YORK, 12 May 2021 -- The conference opened this morning with a keynote by the founder.\n");
        Article none = read("Summit opens\nThe conference opened this morning; the report of March 3, 2020 -- said so.\n");

        assertEquals(LocalDate.of(2019, 6, 4), a.datePublished());
        assertEquals(LocalDate.of(2021, 5, 12), b.datePublished());
        assertNull(none.datePublished());
    }

    @Test
    void detectsChineseAndTakesThePublisherFromTheGreetingLine() {
        Article article = READER.read(new ArticleSource(resource("sample.zh.txt"), null, null));

        assertEquals("zh", article.language());
        assertEquals("中国开源云联盟", article.publisherName());
        assertNull(article.url());
    }

    @Test
    void dropsSiteNavigationLinesAndKeepsTheBody() {
        Article article = READER.read(new ArticleSource(resource("sample.zh.txt"), null, null));

        assertFalse(article.text().contains("加入收藏"));
        assertFalse(article.text().contains("当前位置"));
        assertFalse(article.text().contains("欢迎访问"));
        assertTrue(article.text().endsWith("它存在,展现价值,这就够了。\n\n老而弥坚。"));
    }

    @Test
    void collapsesRunsOfBlankLinesToOne() {
        Article article = READER.read(new ArticleSource(resource("sample.zh.txt"), null, null));

        assertFalse(article.text().contains("\n\n\n"));
        assertEquals(article.text().strip(), article.text());
    }

    @Test
    void treatsLinesOfNoBreakSpacesAsBlank() {
        Article article = read("第一段。\n\u00A0\n\n\u00A0\u00A0\n第二段。\u00A0", "text/plain", null);

        assertEquals("第一段。\n\n第二段。", article.text());
    }

    @Test
    void collapsesTheEmptyParagraphsOfAnHtmlPage() {
        Article article = read("<body><p>第一段。</p><p>&nbsp;</p><p>&nbsp;&nbsp;</p><p>第二段。</p></body>", "text/html", null);

        assertEquals("第一段。\n\n第二段。", article.text());
    }

    @Test
    void givesTheSameBytesTheSameIdDerivedFromTheText() {
        Article first = READER.read(new ArticleSource(resource("sample.zh.txt"), null, "a.txt"));
        Article second = READER.read(new ArticleSource(resource("sample.zh.txt"), "text/plain", "b.txt"));

        assertEquals(first.id(), second.id());
        assertEquals(ArticleReader.idOf(first.text()), first.id());
        assertEquals(16, first.id().length());
    }

    @Test
    void recordsTheFileNameTheArticleCameFrom() {
        Article article = READER.read(new ArticleSource(resource("sample.zh.txt"), null, "sample.zh.txt"));

        assertEquals("sample.zh.txt", article.sourceFile());
    }

    @Test
    void givesDifferentTextsWithoutUrlDifferentIds() {
        assertNotEquals(read("One article.").id(), read("Another article.").id());
    }

    // the header block

    @Test
    void takesTheMetadataFromTheHeaderBlock() {
        Article article = READER.read(new ArticleSource(resource("header.zh.txt"), null, "header.zh.txt"));

        assertEquals("OpenStack悉尼峰会首日速览", article.title());
        assertEquals("https://www.example.cn/news/sydney-day1", article.url());
        assertEquals(LocalDate.of(2017, 11, 6), article.datePublished());
        assertEquals("zh", article.language());
        assertEquals("开源云观察", article.publisherName());
    }

    @Test
    void keepsTheHeaderOutOfTheText() {
        Article article = READER.read(new ArticleSource(resource("header.zh.txt"), null, null));

        assertEquals("2018-03-28\n\nOpenStack峰会自11月6-8日在悉尼召开。", article.text());
    }

    @Test
    void letsHeaderValuesWinOverWhatTheTextSays() {
        Article article = read("""
                title: Given title
                date: 2017-11-06
                language: en
                publisher: Given Publisher

                您好,欢迎访问中国开源云联盟官网!
                【OpenStack悉尼峰会快报】峰会Day 1
                2018-03-28
                峰会首日的议程已经结束。
                """);

        assertEquals("Given title", article.title());
        assertEquals(LocalDate.of(2017, 11, 6), article.datePublished());
        assertEquals("en", article.language());
        assertEquals("Given Publisher", article.publisherName());
    }

    @Test
    void derivesTheIdFromTheUrlWhenThereIsOne() {
        Article first = read("url: https://example.org/news/1\n\nFirst version of the text.");
        Article second = read("url: https://example.org/news/1\n\nSecond, corrected version of the text.");

        assertEquals(first.id(), second.id());
        assertEquals(ArticleReader.idOf("https://example.org/news/1"), first.id());
    }

    @Test
    void treatsABodyStartingWithNoteAsBody() {
        Article article = read("Note: something the author wants to say.\n\nThe rest of the article.");

        assertEquals("Note: something the author wants to say.", article.title());
        assertEquals("Note: something the author wants to say.\n\nThe rest of the article.", article.text());
    }

    @Test
    void readsNoHeaderWhenAnUnknownKeyInterruptsIt() {
        Article article = read("title: A title\nauthor: Someone\n\nThe article.");

        assertEquals("title: A title", article.title());
        assertEquals("title: A title\nauthor: Someone\n\nThe article.", article.text());
    }

    @Test
    void refusesAHeaderDateThatIsNotADateAndNamesIt() {
        InvalidArticleException e = refusal("date: tomorrow\n\nThe article.");

        assertEquals(InvalidArticleException.Reason.BAD_METADATA, e.reason());
        assertTrue(e.getMessage().contains("\"tomorrow\""), e.getMessage());
    }

    @Test
    void refusesAHeaderUrlThatIsNotAnAddress() {
        InvalidArticleException e = refusal("url: not a url\n\nThe article.");

        assertEquals(InvalidArticleException.Reason.BAD_METADATA, e.reason());
        assertTrue(e.getMessage().contains("\"not a url\""), e.getMessage());
    }

    @Test
    void refusesAHeaderUrlThatIsNotHttp() {
        InvalidArticleException e = refusal("url: ftp://example.org/article.txt\n\nThe article.");

        assertEquals(InvalidArticleException.Reason.BAD_METADATA, e.reason());
    }

    @Test
    void refusesAHeaderLanguageThatIsNotALanguageCode() {
        InvalidArticleException e = refusal("language: 中文\n\n文章正文。");

        assertEquals(InvalidArticleException.Reason.BAD_METADATA, e.reason());
        assertTrue(e.getMessage().contains("\"中文\""), e.getMessage());
    }

    // HTML

    @Test
    void readsTheMetadataOfAnHtmlPage() {
        Article article = READER.read(new ArticleSource(resource("page.en.html"), "text/html; charset=utf-8", null));

        assertEquals("OpenStack Summit Vancouver 2018: Day One Recap", article.title());
        assertEquals("https://news.example.org/2018/05/vancouver-day-one", article.url());
        assertEquals(LocalDate.of(2018, 5, 21), article.datePublished());
        assertEquals("en", article.language());
        assertEquals("Example Cloud News", article.publisherName());
        assertEquals(ArticleReader.idOf("https://news.example.org/2018/05/vancouver-day-one"), article.id());
    }

    @Test
    void keepsTheParagraphsOfAnHtmlPageAndDropsScriptsNavigationAndFooter() {
        Article article = READER.read(new ArticleSource(resource("page.en.html"), "text/html", null));

        assertEquals("""
                OpenStack Summit Vancouver 2018: Day One Recap

                The OpenStack Foundation opened the summit in Vancouver on Monday.

                Jonathan Bryce spoke about open infrastructure and edge computing.

                Kata Containers reached version 1.0.""", article.text());
    }

    @Test
    void readsAnHtmlFileByItsNameWhenNoMediaTypeIsGiven() {
        Article byType = READER.read(new ArticleSource(resource("page.en.html"), "text/html", null));
        Article byName = READER.read(new ArticleSource(resource("page.en.html"), null, "page.html"));

        assertEquals(byType.text(), byName.text());
        assertEquals(byType.url(), byName.url());
    }

    @Test
    void recognisesHtmlByItsContentWhenNeitherTypeNorNameSaySo() {
        Article byType = READER.read(new ArticleSource(resource("page.en.html"), "text/html", null));
        Article sniffed = READER.read(new ArticleSource(resource("page.en.html"), null, null));

        assertEquals(byType.text(), sniffed.text());
        assertEquals(byType.title(), sniffed.title());
    }

    @Test
    void keepsMarkupAsTextWhenTheSenderSaysPlainText() {
        Article article = read("<p>An article about the <p> element.</p>", "text/plain", null);

        assertEquals("<p>An article about the <p> element.</p>", article.text());
    }

    // Markdown

    @Test
    void takesTheFirstHeadingOfAMarkdownFileAsTitle() {
        Article article = READER.read(new ArticleSource(resource("article.en.md"), null, "article.en.md"));

        assertEquals("Kata Containers 1.0 Released at the OpenStack Summit", article.title());
        assertEquals("en", article.language());
    }

    @Test
    void reducesMarkdownToTheTextAReaderSees() {
        Article article = READER.read(new ArticleSource(resource("article.en.md"), "text/markdown", null));

        assertEquals("""
                Kata Containers 1.0 Released at the OpenStack Summit

                Kata Containers logo

                The Kata Containers project, hosted by the OpenStack Foundation, released version 1.0.

                It combines the speed of containers with the isolation of virtual machines.

                Who contributed

                - Intel contributed Clear Containers
                - Hyper contributed runV""", article.text());
    }

    @Test
    void readsAMarkdownFileSentAsPlainTextByItsName() {
        Article article = READER.read(new ArticleSource(resource("article.en.md"), "text/plain", "article.en.md"));

        assertEquals("Kata Containers 1.0 Released at the OpenStack Summit", article.title());
    }

    // language

    @Test
    void detectsEnglishText() {
        Article article = read("The OpenStack Foundation announced the Rocky release at the summit in Vancouver.");

        assertEquals("en", article.language());
    }

    @Test
    void detectsChineseTextFullOfLatinProductNames() {
        Article article = read("华为在OpenStack Summit上发布了基于Kubernetes和Kata Containers的FusionStage平台。");

        assertEquals("zh", article.language());
    }

    // refusals

    @Test
    void refusesAnArticleThatIsOnlySiteNavigation() {
        InvalidArticleException e = refusal("加入收藏\n您好,欢迎访问中国开源云联盟官网!\n\n当前位置:\n");

        assertEquals(InvalidArticleException.Reason.EMPTY, e.reason());
    }

    @Test
    void refusesAnArticleWhoseHeaderHasNoBody() {
        InvalidArticleException e = refusal("title: Only a title\n\n");

        assertEquals(InvalidArticleException.Reason.EMPTY, e.reason());
    }

    @Test
    void refusesEmptyBytes() {
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> READER.read(new ArticleSource(new byte[0], null, null)));

        assertEquals(InvalidArticleException.Reason.EMPTY, e.reason());
    }

    @Test
    void refusesAnArticleLargerThanTheLimit() {
        ArticleReader reader = new ArticleReader(10);
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> reader.read(new ArticleSource("eleven byte".getBytes(StandardCharsets.UTF_8), null, null)));

        assertEquals(InvalidArticleException.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void refusesAnImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> READER.read(new ArticleSource(png, "image/png", "logo.png")));

        assertEquals(InvalidArticleException.Reason.UNSUPPORTED_TYPE, e.reason());
        assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }

    @Test
    void refusesUntypedBytesWithoutAFileName() {
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> read("Some text.", "application/octet-stream", null));

        assertEquals(InvalidArticleException.Reason.UNSUPPORTED_TYPE, e.reason());
    }

    @Test
    void readsUntypedBytesByTheirFileName() {
        Article article = read("# A heading\n\nSome **text**.", "application/octet-stream", "notes.md");

        assertEquals("A heading", article.title());
        assertEquals("A heading\n\nSome text.", article.text());
    }

    @Test
    void stripsAByteOrderMarkBeforeTheHeader() {
        Article article = read("\uFEFFtitle: With a BOM\n\nThe article.");

        assertEquals("With a BOM", article.title());
        assertEquals("The article.", article.text());
    }

    @Test
    void readsWindowsLineEndingsLikeUnixOnes() {
        Article article = read("title: Windows\r\ndate: 2018-03-28\r\n\r\nFirst line.\r\n\r\n\r\nSecond line.\r\n");

        assertEquals("Windows", article.title());
        assertEquals(LocalDate.of(2018, 3, 28), article.datePublished());
        assertEquals("First line.\n\nSecond line.", article.text());
    }

    @Test
    void metadataAPageStatesBadlyIsIgnoredRatherThanRefused() {
        String html = "<html lang=\"zh_CN\"><head><title>Nova 新版本</title><link rel=\"canonical\" href=\"/news/1\">"
                + "<meta property=\"article:published_time\" content=\"yesterday\"></head><body><p>OpenStack Nova 发布了新版本。</p></body></html>";
        Article article = new ArticleReader(1 << 20).read(new ArticleSource(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html", null));
        assertEquals("zh-cn", article.language());
        assertEquals(null, article.url());
        assertEquals(null, article.datePublished());
    }

    // a page scraped without metadata: its chrome, title, byline and footer

    @Test
    void findsTitleDateAndPublisherOnAnEnglishPageWithoutHeader() {
        Article article = read("""
                Skip to content
                Home | News | Events | Podcasts
                KubeCon Europe 2024: day one keynotes
                By Jane Doe | The New Stack | March 20, 2024

                The first day opened with three keynotes and a packed hall.
                © 2024 The New Stack | Privacy Policy | Terms of Use
                """);

        assertEquals("KubeCon Europe 2024: day one keynotes", article.title());
        assertEquals(LocalDate.of(2024, 3, 20), article.datePublished());
        assertEquals("The New Stack", article.publisherName());
    }

    @Test
    void findsTitleDateAndPublisherOnAChinesePageWithoutHeader() {
        Article article = read("""
                首页 | 资讯 | 活动 | 关于我们
                瓦伦西亚七日：疫情后第一次线下KubeCon
                发布于 2022-05-24 | 分类：游记 | 作者：阿岚

                上一次线下参加KubeCon，还是2019年在巴塞罗那。
                （本文首发于云原生杂谈，转载请注明出处。）
                """);

        assertEquals("瓦伦西亚七日：疫情后第一次线下KubeCon", article.title());
        assertEquals(LocalDate.of(2022, 5, 24), article.datePublished());
        assertEquals("云原生杂谈", article.publisherName());
    }
}
