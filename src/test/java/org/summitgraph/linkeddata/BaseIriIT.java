package org.summitgraph.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.summitgraph.vocab.SG;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Published under another base IRI: the things' IRIs rewritten on the way out, and answered under its path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BaseIriIT {

    private static final String BASE = "https://data.example.org/kg/";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> "it-secret");
        registry.add("summitgraph.base-iri", () -> BASE);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thingsAnswerUnderTheBasePathWithTheirPublishedIris() throws Exception {
        HttpResponse<String> r = get("/kg/id/person/kong-lingxian", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/kg/id/person/kong-lingxian.ttl", r.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> doc = get("/kg/id/person/kong-lingxian.ttl", "*/*");
        assertEquals(200, doc.statusCode());
        Graph g = RDFParser.fromString(doc.body(), Lang.TURTLE).toGraph();
        Node kong = NodeFactory.createURI(BASE + "id/person/kong-lingxian");
        assertTrue(g.contains(kong, SG.worksFor.asNode(), NodeFactory.createURI(BASE + "id/organization/catalyst-it")));
        assertFalse(doc.body().contains("https://summitgraph.org/id/"), "no stored IRI leaks out");

        HttpResponse<String> page = get("/kg/id/person/kong-lingxian", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Catalyst IT"), "the page, under the base path too");
    }

    @Test
    void dumpsAndTheDatasetDescriptionUseTheBase() throws Exception {
        String nt = get("/dumps/summitgraph.nt", "*/*").body();
        assertTrue(nt.contains("<" + BASE + "id/person/kong-lingxian>"));
        assertFalse(nt.contains("<https://summitgraph.org/id/"));
        String v = get("/.well-known/void", "text/turtle").body();
        assertTrue(v.contains(BASE + "id/"), "void:uriSpace");
    }
}
