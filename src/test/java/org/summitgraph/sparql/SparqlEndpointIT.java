package org.summitgraph.sparql;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL 1.1 Protocol over real HTTP, on a store holding the sample article. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlEndpointIT {

    private static final String PEOPLE = "PREFIX sg: <https://summitgraph.org/ontology#> "
            + "SELECT ?p WHERE { ?a sg:mentions ?p . ?p a sg:Person }";
    private static final String GRAPH = "PREFIX sg: <https://summitgraph.org/ontology#> "
            + "CONSTRUCT { ?p a sg:Person } WHERE { ?a sg:mentions ?p . ?p a sg:Person }";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String store = Files.createTempDirectory("summitgraph-sparql-it").toString();
        registry.add("summitgraph.store", () -> store);
        registry.add("summitgraph.admin.password", () -> "it");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + "/sparql" + (query == null ? "" : "?" + query));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String params, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(params));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static int rows(HttpResponse<byte[]> r, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static Model graph(HttpResponse<byte[]> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(m);
        return m;
    }

    @Test
    void aGetQueryIsAnsweredInEveryResultFormatItAsksFor() {
        int people = rows(get("query=" + enc(PEOPLE), "application/sparql-results+json"), ResultSetLang.RS_JSON);
        assertTrue(people >= 10, "people: " + people);
        assertEquals(people, rows(get("query=" + enc(PEOPLE), "application/sparql-results+xml"), ResultSetLang.RS_XML));
        assertEquals(people, rows(get("query=" + enc(PEOPLE), "text/csv"), ResultSetLang.RS_CSV));
        assertEquals(people, rows(get("query=" + enc(PEOPLE), "text/tab-separated-values"), ResultSetLang.RS_TSV));
        HttpResponse<byte[]> byParameter = get("query=" + enc(PEOPLE) + "&format=csv", "text/html");
        assertTrue(byParameter.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test
    void postedFormsAndQueryBodiesAreQueriesToo() {
        HttpResponse<byte[]> form = send(HttpRequest.newBuilder(uri(null)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString("query=" + enc(PEOPLE))).build());
        HttpResponse<byte[]> direct = send(HttpRequest.newBuilder(uri(null)).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(PEOPLE)).build());
        assertEquals(200, form.statusCode(), body(form));
        assertEquals(200, direct.statusCode(), body(direct));
        assertEquals(rows(form, ResultSetLang.RS_JSON), rows(direct, ResultSetLang.RS_JSON));
    }

    @Test
    void askAnswersTrueOrFalse() {
        HttpResponse<byte[]> r = get("query=" + enc("ASK { ?s a <https://summitgraph.org/ontology#Summit> }"), "application/sparql-results+json");
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON));
    }

    @Test
    void constructIsAnsweredInEveryGraphFormat() {
        long people = graph(get("query=" + enc(GRAPH), "text/turtle"), Lang.TURTLE).size();
        assertTrue(people >= 10);
        assertEquals(people, graph(get("query=" + enc(GRAPH), "application/n-triples"), Lang.NTRIPLES).size());
        assertEquals(people, graph(get("query=" + enc(GRAPH), "application/ld+json"), Lang.JSONLD).size());
        assertEquals(people, graph(get("query=" + enc(GRAPH), "application/rdf+xml"), Lang.RDFXML).size());
        assertEquals(people, graph(get("query=" + enc(GRAPH), "application/trig"), Lang.TRIG).size());
        assertEquals(people, graph(get("query=" + enc(GRAPH), "application/n-quads"), Lang.NQUADS).size());
    }

    @Test
    void theProtocolsDatasetParametersChooseTheGraphs() {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://summitgraph.org/ontology#Article> }";
        String reference = enc("https://summitgraph.org/graph/reference");
        HttpResponse<byte[]> onlyReference = get("query=" + enc(count) + "&default-graph-uri=" + reference, "text/csv");
        assertTrue(body(onlyReference).contains("\n0"), body(onlyReference));
        HttpResponse<byte[]> union = get("query=" + enc(count), "text/csv");
        assertTrue(body(union).contains("\n1"), body(union));
    }

    @Test
    void withoutAQueryTheEndpointDescribesItself() {
        HttpResponse<byte[]> r = get(null, null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model description = graph(r, Lang.TURTLE);
        assertTrue(description.contains(null, description.createProperty(ServiceDescription.SD + "supportedLanguage"),
                description.createResource(ServiceDescription.SD + "SPARQL11Query")));
    }

    @Test
    void aMalformedQueryGets400WithTheParsersLineAndColumn() {
        HttpResponse<byte[]> r = get("query=" + enc("SELECT ?s WHERE { ?s ?p }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(body(r).contains("line 1"), body(r));
    }

    @Test
    void updatesAreRefusedBecauseTheEndpointIsReadOnly() {
        HttpResponse<byte[]> form = send(HttpRequest.newBuilder(uri(null)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("DROP ALL"))).build());
        HttpResponse<byte[]> direct = send(HttpRequest.newBuilder(uri(null)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertEquals(403, form.statusCode());
        assertEquals(403, direct.statusCode());
        assertTrue(body(direct).contains("read-only"), body(direct));
        assertTrue(rows(get("query=" + enc(PEOPLE), null), ResultSetLang.RS_JSON) >= 10, "nothing was dropped");
    }

    @Test
    void unknownFormatsAndUnacceptableTypesAreRefused() {
        assertEquals(400, get("query=" + enc(PEOPLE) + "&format=pdf", null).statusCode());
        assertEquals(406, get("query=" + enc(PEOPLE), "image/png").statusCode());
    }

    @Test
    void serviceCallsToOtherEndpointsAreRefused() {
        HttpResponse<byte[]> r = get("query=" + enc("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), null);
        assertEquals(403, r.statusCode());
        assertTrue(body(r).contains("SERVICE"), body(r));
    }

    @Test
    void anyOriginMayQuery() {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri("query=" + enc(PEOPLE))).header("Origin", "https://example.org").build());
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(uri(null)).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, preflight.statusCode());
    }

    @Test
    void theEditorPageServesYasguiFromThisApplicationWithTheGallery() {
        HttpResponse<byte[]> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/query")).build());
        assertEquals(200, page.statusCode());
        String html = body(page);
        assertTrue(html.contains("Who spoke at which summit") && html.contains("谁在哪届峰会上演讲"), "gallery titles");
        assertTrue(html.contains("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js"), "local YASGUI");
        assertTrue(!html.contains("cdn.") && !html.contains("unpkg") && !html.contains("jsdelivr"), "no CDN");
        HttpResponse<byte[]> script = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js")).build());
        assertEquals(200, script.statusCode());
        assertTrue(script.body().length > 100_000);
    }
}
