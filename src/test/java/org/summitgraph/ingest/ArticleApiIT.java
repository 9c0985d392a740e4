package org.summitgraph.ingest;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.summitgraph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application on a random port with a fresh store in a temporary folder, driven over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleApiIT {

    private static final String PASSWORD = "it-secret";
    private static final Path SAMPLE = Path.of("src/test/resources/extraction/sample.zh.txt");
    private static final Path ENGLISH = Path.of("src/test/resources/extraction/vancouver-2018.en.md");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path store = Files.createTempDirectory("summitgraph-it-store");
        registry.add("summitgraph.store", store::toString);
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> PASSWORD);
        registry.add("summitgraph.max-article-size", () -> "64KB");
    }

    @LocalServerPort
    int port;
    @Autowired
    GraphStore store;
    @Autowired
    Dataset dataset;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest.Builder post(String type, byte[] body, String password) {
        HttpRequest.Builder b = request("/api/articles").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (password != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private long count(String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private long mentioned(String type) {
        return count("PREFIX sg: <https://summitgraph.org/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?a sg:mentions ?e . ?e a sg:"
                + type + " }");
    }

    @Test
    void theSampleFolderIsIngestedAtStartUp() {
        assertTrue(mentioned("Person") >= 10);
        assertTrue(mentioned("Organization") >= 10);
        assertTrue(mentioned("Project") >= 5);
        assertTrue(mentioned("Summit") >= 1);
        assertEquals(1, count("PREFIX sg: <https://summitgraph.org/ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a sg:text ?t }"));
    }

    @Test
    void theHomePageShowsWhatTheGraphHolds() {
        HttpResponse<String> home = send(request("/"));
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("老而弥坚"), "latest article listed");
        assertTrue(home.body().matches("(?s).*id=\"count-Person\">\\d\\d+<.*"), "people counted");
        assertTrue(home.body().matches("(?s).*id=\"count-Article\">1<.*"), "one article");
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> health = send(request("/actuator/health"));
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    }

    @Test
    void ingestingWithoutCredentialsIsRefusedAndChangesNothing() throws IOException {
        long before = store.size();
        assertEquals(401, send(post("text/markdown", Files.readAllBytes(ENGLISH), null)).statusCode());
        assertEquals(401, send(post("text/markdown", Files.readAllBytes(ENGLISH), "wrong")).statusCode());
        assertEquals(401, send(request("/api/articles/anything").DELETE()).statusCode());
        assertEquals(before, store.size());
    }

    @Test
    void ingestingTheSampleAgainReplacesItWithoutDuplicatingAStatement() throws IOException {
        long before = store.size();
        HttpResponse<String> again = send(post("text/plain; charset=utf-8", Files.readAllBytes(SAMPLE), PASSWORD));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"replaced\":true"), again.body());
        assertEquals(before, store.size());
    }

    @Test
    void aNewArticleIsCreatedListedAndDeleted() throws IOException {
        long before = store.size();
        HttpResponse<String> created = send(post("text/markdown", Files.readAllBytes(ENGLISH), PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("https://summitgraph.org/id/article/"), location);
        String id = location.substring(location.lastIndexOf('/') + 1);
        long withArticle = store.size();
        assertTrue(withArticle > before);

        assertTrue(send(request("/api/articles")).body().contains("Vancouver summit, day one"));
        assertEquals(200, send(request("/api/articles/" + id)).statusCode());
        assertEquals(200, send(post("text/markdown", Files.readAllBytes(ENGLISH), PASSWORD)).statusCode());
        assertEquals(withArticle, store.size());

        assertEquals(204, send(request("/api/articles/" + id).DELETE().header("Authorization", basic())).statusCode());
        assertEquals(before, store.size());
        assertEquals(404, send(request("/api/articles/" + id).DELETE().header("Authorization", basic())).statusCode());
        assertEquals(404, send(request("/api/articles/" + id)).statusCode());
    }

    @Test
    void aMultipartUploadIsAnArticleToo() throws IOException {
        String boundary = "----summitgraph-test";
        byte[] file = Files.readAllBytes(ENGLISH);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vancouver.md\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), file, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = send(post("multipart/form-data; boundary=" + boundary, body, PASSWORD));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        send(request("/api/articles/" + location.substring(location.lastIndexOf('/') + 1)).DELETE().header("Authorization", basic()));
    }

    @Test
    void badInputGetsAClientErrorWithAMessageAndChangesNothing() {
        long before = store.size();
        assertRefused(400, "text/plain", new byte[0], "empty");
        assertRefused(400, "text/plain", "   \n\n ".getBytes(StandardCharsets.UTF_8), "no text");
        assertRefused(400, "text/plain", new byte[]{(byte) 0xC3, 0x28, 0x41}, "UTF-8");
        assertRefused(400, "text/plain", new byte[]{'P', 'N', 'G', 0, 0, 0, 13, 10}, "binary");
        assertRefused(400, "text/plain", "date: someday\n\nText about Nova.".getBytes(StandardCharsets.UTF_8), "someday");
        assertRefused(413, "text/plain", "OpenStack ".repeat(10_000).getBytes(StandardCharsets.UTF_8), "bytes");
        assertEquals(415, send(post("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), PASSWORD)).statusCode());
        assertEquals(before, store.size());
    }

    private void assertRefused(int status, String type, byte[] body, String messagePart) {
        HttpResponse<String> r = send(post(type, body, PASSWORD));
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(messagePart), r.body());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
