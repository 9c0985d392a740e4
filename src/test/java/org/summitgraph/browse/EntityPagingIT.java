package org.summitgraph.browse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

/**
 * An entity mentioned by more articles than a page holds, over real HTTP: its articles twenty a page with links
 * between the pages, every statement behind a fact on a page of its own, and the cached page updated by a write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityPagingIT {

    private static final String PASSWORD = "it-secret";
    private static final String FOUNDATION = "/id/organization/openstack-foundation";
    private static final int NOTES = 24;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "src/test/resources/no-articles");
        registry.add("summitgraph.admin.password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void ingestNotes() throws Exception {
        for (int i = 1; i <= NOTES; i++) {
            assertEquals(201, post(note(i)).statusCode());
        }
    }

    private static String note(int i) {
        return "title: Foundation note " + i + "\nurl: https://example.org/notes/" + i + "\ndate: 2019-03-"
                + String.format("%02d", i) + "\nlanguage: en\n\nMark Collier, COO of the OpenStack Foundation, spoke"
                + " about OpenStack in note " + i + ".\n";
    }

    @Test
    void theArticlesOfAnEntityComeTwentyAPageNewestFirstWithLinksBetweenThePages() throws Exception {
        String first = page(FOUNDATION);
        assertTrue(first.contains(NOTES + " articles, page 1 of 2"), () -> section(first));
        assertEquals(20, count(section(first), "<a href=\"/id/article/"));
        assertTrue(section(first).indexOf("Foundation note 24") < section(first).indexOf("Foundation note 5<"),
                "newest first");
        assertFalse(section(first).contains("Foundation note 4<"), "the oldest are on the next page");
        String next = match("<a href=\"([^\"]+)\" rel=\"next\"", section(first)).replace("&amp;", "&");
        assertEquals(FOUNDATION + "?page=2#articles", next);

        String second = page(FOUNDATION + "?page=2");
        assertEquals(4, count(section(second), "<a href=\"/id/article/"));
        assertTrue(section(second).contains("Foundation note 1<"));
        assertTrue(section(second).contains("rel=\"prev\""));
        assertEquals(404, get(FOUNDATION + "?page=3").statusCode());
        assertEquals(404, get(FOUNDATION + "?page=0").statusCode());
    }

    @Test
    void aFactBackedByMoreStatementsThanAWhyShowsLinksToThemAll() throws Exception {
        String body = page("/id/person/mark-collier");
        String more = match("<a href=\"(/evidence/[0-9a-f]{32})\">and (\\d+) more</a>", body);
        String evidence = page(more);
        assertTrue(evidence.contains("Mark Collier"), evidence);
        Matcher counts = Pattern.compile("(\\d+) statements in (\\d+) articles, page 1 of 2").matcher(evidence);
        assertTrue(counts.find(), evidence);
        int statements = Integer.parseInt(counts.group(1));
        assertTrue(statements >= NOTES, "one statement from each note at least");
        assertEquals(EvidencePages.PER_PAGE, count(evidence, "<q class=\"sentence\">"), "a full first page");
        String second = page(more + "?page=2");
        assertEquals(statements - EvidencePages.PER_PAGE, count(second, "<q class=\"sentence\">"), "the rest");
        assertEquals(404, get("/evidence/" + "0".repeat(32)).statusCode());
    }

    @Test
    void aWriteShowsOnTheNextRequestOfACachedPage() throws Exception {
        String before = match("(\\d+) articles, page", page("/id/project/openstack"));
        page("/id/project/openstack");
        assertEquals(201, post(note(25).replace("notes/25", "notes/one-more").replace("note 25", "note one more")).statusCode());
        String after = match("(\\d+) articles, page", page("/id/project/openstack"));
        assertEquals(Integer.parseInt(before) + 1, Integer.parseInt(after));
    }

    @Test
    void aRelationWithMoreValuesThanAPageShowsLinksToItsOwnPagesWithThemAll() throws Exception {
        String body = page("/id/project/openstack");
        Matcher more = Pattern.compile("<span>and (\\d+) more</span>\\s*<a href=\"([^\"]+)\">all of them</a>").matcher(body);
        assertTrue(more.find(), "a relation of OpenStack with more than " + EntityPages.SHOWN_PER_RELATION + " values");
        int total = EntityPages.SHOWN_PER_RELATION + Integer.parseInt(more.group(1));
        String relation = page(more.group(2).replace("&amp;", "&"));
        Matcher counts = Pattern.compile("(\\d+) in all, page 1 of (\\d+)").matcher(relation);
        assertTrue(counts.find(), relation);
        assertEquals(total, Integer.parseInt(counts.group(1)));
        assertEquals((total + RelationPages.PER_PAGE - 1) / RelationPages.PER_PAGE, Integer.parseInt(counts.group(2)));
        String values = relation.substring(relation.indexOf("<ul class=\"values\">"));
        assertEquals(Math.min(total, RelationPages.PER_PAGE), count(values, "<details class=\"why\">"),
                "every value with its why?");

        assertEquals(400, get("/relation?iri=https%3A%2F%2Fsummitgraph.org%2Fid%2Fproject%2Fopenstack&dir=sideways")
                .statusCode());
        assertEquals(404, get("/relation?iri=https%3A%2F%2Fsummitgraph.org%2Fid%2Fproject%2Fnothing"
                + "&p=https%3A%2F%2Fsummitgraph.org%2Fontology%23partOf&dir=in").statusCode());
    }

    @Test
    void aCachedPageIsKeptPerLanguage() throws Exception {
        assertTrue(page("/id/project/openstack").contains("Articles that mention it"));
        assertTrue(page("/id/project/openstack").contains("Articles that mention it"));
        HttpResponse<String> chinese = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/id/project/openstack")).header("Accept", "text/html").header("Accept-Language", "zh").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(chinese.body().contains("提到它的文章"), "the Chinese page, not the cached English one");
        assertEquals("text/html;charset=UTF-8", chinese.headers().firstValue("Content-Type").orElseThrow());
    }

    private HttpResponse<String> post(String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                        .header("Content-Type", "text/plain; charset=UTF-8").header("Authorization", "Basic " + auth)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html").header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String section(String body) {
        int start = body.indexOf("<section class=\"mentioned\"");
        assertTrue(start >= 0, "the articles section");
        return body.substring(start, body.indexOf("</section>", start));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String match(String regex, String body) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), () -> regex + " in " + body.substring(Math.max(0, body.indexOf("<main"))));
        return m.group(1);
    }
}
