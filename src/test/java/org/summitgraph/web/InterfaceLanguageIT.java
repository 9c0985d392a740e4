package org.summitgraph.web;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interface's language and the error pages, over real HTTP with the sample article loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterfaceLanguageIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> "it-secret");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aChineseBrowserGetsTheChineseInterface() throws Exception {
        HttpResponse<String> page = get("/", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"zh\""), "html lang");
        assertTrue(page.body().contains(">首页<"), "Chinese navigation");
    }

    @Test
    void anyOtherBrowserGetsEnglish() throws Exception {
        HttpResponse<String> page = get("/", "Accept-Language", "de-DE,fr;q=0.5");

        assertTrue(page.body().contains("lang=\"en\""));
        assertTrue(page.body().contains(">Home<"));
    }

    @Test
    void theSwitchIsRememberedOverTheBrowsersLanguage() throws Exception {
        HttpResponse<String> switched = get("/?lang=zh", "Accept-Language", "en");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("summitgraph-lang=zh"), cookie);
        assertTrue(switched.body().contains(">首页<"));

        HttpResponse<String> later = get("/", "Accept-Language", "en", "Cookie", cookie.split(";")[0]);
        assertTrue(later.body().contains(">首页<"), "the cookie wins over Accept-Language");
    }

    @Test
    void theSwitchLinksKeepTheReaderOnTheSamePage() throws Exception {
        String body = get("/query", "Accept-Language", "en").body();

        assertTrue(body.contains("/query?lang=zh"), "link to the same page in Chinese");
        assertTrue(body.contains("/query?lang=en"));
    }

    @Test
    void anUnknownLanguageKeepsEnglishInsteadOfFailing() throws Exception {
        HttpResponse<String> page = get("/?lang=xx-%25%25", "Accept-Language", "en");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(">Home<"));
    }

    @Test
    void theHomePageLinksArticlesToTheirPagesHere() throws Exception {
        String body = get("/").body();

        assertTrue(body.matches("(?s).*href=\"/id/article/[0-9a-f]{16}\".*"), "article page link");
    }

    @Test
    void anUnknownAddressGetsAFriendlyNotFoundPageWithoutATrace() throws Exception {
        HttpResponse<String> page = get("/no/such/page", "Accept-Language", "zh");

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("未找到"), page.body());
        assertFalse(page.body().contains("Exception"));
        assertFalse(page.body().contains("at org."));
    }
}
