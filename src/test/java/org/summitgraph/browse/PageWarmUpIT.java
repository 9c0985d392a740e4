package org.summitgraph.browse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.summitgraph.web.PageLinks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of the most-mentioned entities are in the page cache before anyone asks for them, in both languages,
 * and a reader on another host name with a browser's {@code Accept} gets the page that was kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWarmUpIT {

    private static final int WARMED = 4;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> "it-secret");
        registry.add("summitgraph.pages.warm-up", () -> WARMED);
    }

    @LocalServerPort
    int port;
    @Autowired
    PageCache cache;
    @Autowired
    GraphReads reads;
    @Autowired
    PageLinks links;

    @Test
    void theMostMentionedEntitiesPagesAreKeptBeforeAnyoneAsksInBothLanguages() throws Exception {
        List<String> pages = reads.read(() -> reads.select("most-mentioned", Map.of(), 0, WARMED)).stream()
                .map(row -> links.pageOf(row.getResource("entity").getURI()).orElseThrow()).toList();
        assertEquals(WARMED, pages.size());
        List<String> keys = pages.stream()
                .flatMap(page -> List.of(CachedPages.key(page, null, "en"), CachedPages.key(page, null, "zh")).stream())
                .toList();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!keys.stream().allMatch(key -> cache.get(key).isPresent()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        for (String key : keys) {
            assertTrue(cache.get(key).isPresent(), key);
        }
        assertEquals(2 * WARMED, cache.size(), "only the most-mentioned entities' pages");

        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pages.get(0)))
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .header("Accept-Language", "zh-CN,zh;q=0.9").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertArrayEquals(Gzip.inflate(cache.get(CachedPages.key(pages.get(0), null, "zh")).orElseThrow().body()), page.body(),
                "the kept page, though it was rendered for 127.0.0.1");
        assertEquals(2 * WARMED, cache.size());
    }
}
