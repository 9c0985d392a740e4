package org.summitgraph.sparql;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A query past the time limit is stopped with a clear error, and the server goes on answering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlTimeoutIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String store = Files.createTempDirectory("summitgraph-timeout-it").toString();
        registry.add("summitgraph.store", () -> store);
        registry.add("summitgraph.admin.password", () -> "it");
        registry.add("summitgraph.sparql.timeout", () -> "1s");
    }

    @LocalServerPort
    int port;

    @Test
    void aQueryPastTheLimitIsStoppedAndTheServerStaysResponsive() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // every triple with every triple with every triple: far more than a second's work
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(slow, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("longer than the limit"), r.body());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped near the limit, not run to the end");
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode());
    }
}
