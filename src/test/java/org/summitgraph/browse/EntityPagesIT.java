package org.summitgraph.browse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entity, summit, article and statement pages over real HTTP, with the sample article loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EntityPagesIT {

    private static final String PASSWORD = "it-secret";
    private static final String KONG = "/id/person/kong-lingxian";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String page(String path, String language) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, language);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String first(String regex, String body) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    @Test
    void fromTheHomePageTheReaderReachesKongLingxiansPage() throws Exception {
        String article = first("href=\"(/id/article/[0-9a-f]{16})\"", page("/", "zh"));

        assertTrue(page(article, "zh").contains("href=\"" + KONG + "\""), "the article links 孔令贤 to his page");
    }

    @Test
    void kongLingxiansPageShowsHisRolesEmployerSummitAndTheSentenceBehindEach() throws Exception {
        String body = page(KONG, "en");

        assertTrue(body.contains("<h1>Lingxian Kong</h1>"), "his name");
        assertTrue(body.matches("(?s).*<strong class=\"role-title\">PTL</strong>\\s*<span>of</span>\\s*"
                + "<a href=\"/id/project/qinling\">Qinling</a>.*"), "PTL of Qinling");
        assertTrue(body.matches("(?s).*<strong class=\"role-title\">Core</strong>\\s*<span>of</span>\\s*"
                + "<a href=\"/id/project/mistral\">Mistral</a>.*"), "Core of Mistral");
        assertTrue(body.contains("<a href=\"/id/organization/catalyst-it\">Catalyst IT</a>"), "employer");
        assertTrue(body.contains("<a href=\"/id/organization/huawei\">Huawei</a>"), "former employer");
        assertTrue(body.contains("<a href=\"/id/summit/sydney-2017\">OpenStack Summit Sydney 2017</a>"), "the summit");
        assertTrue(body.contains("<summary>why?</summary>"));
        assertTrue(body.contains("现在依然是Qinling项目的PTL以及Mistral项目的Core。</q>"), "the sentence behind the roles");
        assertTrue(body.contains("href=\"/graph?iri=https%3A%2F%2Fsummitgraph.org%2Fid%2Fperson%2Fkong-lingxian\""));
    }

    @Test
    void theInterfaceAndTheNamesFollowTheReadersLanguage() throws Exception {
        String chinese = page(KONG, "zh-CN,zh;q=0.9");
        String english = page(KONG, "en-GB");

        assertTrue(chinese.contains("<h1>孔令贤</h1>"));
        assertTrue(chinese.contains("<summary>依据？</summary>"));
        assertTrue(chinese.contains("<h3>任职于</h3>"));
        assertTrue(chinese.contains("<a href=\"/id/summit/sydney-2017\">2017年OpenStack悉尼峰会</a>"));
        assertTrue(english.contains("<h3>works for</h3>"));
        assertFalse(english.contains("依据？"));
    }

    @Test
    void aWhyLinkLeadsToTheStatementPageWithItsSentenceMethodAndConfidence() throws Exception {
        String statement = first("href=\"(/id/statement/[0-9a-f]+)\"", page(KONG, "en"));
        String body = page(statement, "en");

        assertTrue(body.contains("<a href=\"" + KONG + "\">Lingxian Kong</a>"), body);
        assertTrue(body.contains("<dt>Method</dt>") && body.contains("<dt>Confidence</dt>"));
        assertTrue(body.matches("(?s).*<dd>0\\.\\d\\d</dd>.*"), "a confidence");
    }

    @Test
    void theArticlePageMarksMentionsLinkedToTheirEntitiesWithSentenceAnchors() throws Exception {
        String article = first("href=\"(/id/article/[0-9a-f]{16})\"", page(KONG, "en"));
        String body = page(article, "en");

        assertTrue(Pattern.compile("<a class=\"mention\" id=\"mention-\\d+\" href=\"/id/person/kong-lingxian\">孔令贤</a>")
                .matcher(body).find(), () -> body.substring(body.indexOf("<main")));
        assertTrue(body.contains("<a class=\"mention\" id=\"mention-"));
        assertTrue(body.contains("id=\"sentence-52\""));
        assertTrue(body.contains("<code>pattern:works-at</code>"), "the statements with their methods");
    }

    @Test
    void sentenceAndMentionIrisSeeOtherToTheirPlaceInTheArticle() throws Exception {
        String article = first("href=\"(/id/article/[0-9a-f]{16})\"", page(KONG, "en"));
        HttpResponse<String> sentence = get(article + "/sentence/52", "en");
        HttpResponse<String> mention = get(article + "/mention/1", "en");

        assertEquals(303, sentence.statusCode());
        assertEquals(article + "#sentence-52", sentence.headers().firstValue("Location").orElseThrow());
        assertEquals(303, mention.statusCode());
        assertEquals(article + "#mention-1", mention.headers().firstValue("Location").orElseThrow());
        assertEquals(404, get(article + "/sentence/99999", "en").statusCode());
    }

    @Test
    void theSummitPageListsItsDatesSpeakersAwardsAndFinalists() throws Exception {
        String body = page("/id/summit/sydney-2017", "en");

        assertTrue(body.contains("2017-11-06") && body.contains("2017-11-08"), "dates");
        assertTrue(body.contains("<a href=\"/id/place/sydney\">Sydney</a>"), "place");
        String speakers = body.substring(body.indexOf("id=\"speakers\""), body.indexOf("id=\"attendees\""));
        assertTrue(speakers.contains(">Lew Tucker</a>"), speakers);
        assertTrue(speakers.contains(">Mark Collier</a>"), speakers);
        String finalists = body.substring(body.indexOf("class=\"finalists\""));
        assertTrue(finalists.contains("<a href=\"/id/organization/china-unionpay\">"), "UnionPay a finalist");
        assertTrue(finalists.contains("<a href=\"/id/organization/zhongtiexin\">"), "中铁信 a finalist");
        assertTrue(body.contains(">Superuser Award (Sydney 2017)</a>"));
        String companies = body.substring(body.indexOf("id=\"companies\""));
        assertTrue(companies.contains("<a href=\"/id/organization/cisco\">Cisco</a>"), "a speaker's employer");
    }

    @Test
    void markupInAnIngestedArticleIsShownAsTextAndNeverRun() throws Exception {
        String article = "title: Tencent at the summit <script>alert(1)</script>\nlanguage: en\n"
                + "url: https://example.org/news/script-test\n\n"
                + "Mark Collier of the OpenStack Foundation said <script>alert(1)</script> on stage. "
                + "Tencent won the award. <img src=x onerror=alert(2)>\n";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.body());
        String iri = created.headers().firstValue("Location").orElseThrow();
        String path = iri.substring(iri.indexOf("/id/article/"));
        try {
            String body = page(path, "en");

            // the layout's own script is the only one: nothing from the article became an element
            assertEquals(1, body.split("<script").length - 1, "one script element, the layout's");
            assertTrue(body.contains("<script src=\"/js/search.js\""), body);
            assertFalse(body.contains("<img src=x"));
            assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
            assertTrue(body.contains("href=\"/id/person/mark-collier\">Mark Collier</a>"), "mentions still marked");
            assertTrue(body.contains("href=\"https://example.org/news/script-test\" rel=\"nofollow noopener\""),
                    "the source link");
        } finally {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles/"
                            + path.substring("/id/article/".length())))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void anIriTheGraphDoesNotKnowIsNotFoundWithoutATrace() throws Exception {
        HttpResponse<String> unknown = get("/id/person/nobody-at-all", "en");

        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Not found"));
        assertFalse(unknown.body().contains("Exception"));
        assertEquals(404, get("/id/article/0000000000000000", "en").statusCode());
        assertEquals(404, get("/id/statement/0000", "en").statusCode());
        assertEquals(404, get("/id/spaceship/x", "en").statusCode());
    }

    @Test
    void aMalformedPathIsRefusedNotAnError() throws Exception {
        for (String path : new String[]{"/id/person/", "/id/%00", "/id/person/%00", "/id/person/a%20b",
                "/id/article/xyz", "/id/statement/%3Cscript%3E", "/id/article/0000000000000000/sentence/x"}) {
            int status = get(path, "en").statusCode();
            assertTrue(status == 404 || status == 400, path + " gave " + status);
        }
    }
}
