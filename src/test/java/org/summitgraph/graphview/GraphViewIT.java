package org.summitgraph.graphview;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.summitgraph.vocab.SG;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph view and the query editor's links, over real HTTP with the sample article loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphViewIT {

    private static final String KONG = "https://summitgraph.org/id/person/kong-lingxian";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> "it-secret");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path, String accept, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode neighbourhood(String query, String... headers) throws Exception {
        HttpResponse<String> response = get("/graph/neighbourhood?" + query, "application/json", headers);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private static List<String> edges(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : n.get("edges")) {
            out.add(e.get("source").asString() + " " + e.get("relation").asString() + " "
                    + e.get("target").asString() + " [" + e.get("label").asString() + "]");
        }
        return out;
    }

    @Test
    void lingxianKongsNeighbourhoodHasHisRoleEmployerAndSummit() throws Exception {
        JsonNode n = neighbourhood("iri=" + encoded(KONG));

        List<String> edges = edges(n);
        assertTrue(edges.contains(KONG + " roleIn https://summitgraph.org/id/project/qinling [PTL]"), edges.toString());
        assertTrue(edges.contains(KONG + " worksFor https://summitgraph.org/id/organization/catalyst-it [works for]"),
                edges.toString());
        assertTrue(edges.contains(KONG + " attends https://summitgraph.org/id/summit/sydney-2017 [attends]"),
                edges.toString());
        assertEquals(KONG, n.get("nodes").get(0).get("id").asString());
        for (JsonNode node : n.get("nodes")) {
            String id = node.get("id").asString();
            assertEquals("/id/" + id.substring("https://summitgraph.org/id/".length()), node.get("href").asString());
        }
        assertFalse(n.get("truncated").asBoolean());
    }

    @Test
    void namesAreInTheReadersLanguage() throws Exception {
        JsonNode n = neighbourhood("iri=" + encoded(KONG), "Accept-Language", "zh-CN");

        assertEquals("孔令贤", n.get("nodes").get(0).get("label").asString());
        assertTrue(edges(n).contains(KONG + " worksFor https://summitgraph.org/id/organization/catalyst-it [任职于]"),
                edges(n).toString());
    }

    @Test
    void theQueryParsesAndRunAtTheEndpointGivesTheSameRelations() throws Exception {
        String query = neighbourhood("iri=" + encoded(KONG)).get("query").asString();

        Query parsed = QueryFactory.create(query);
        assertTrue(parsed.isConstructType());
        HttpResponse<String> answer = get("/sparql?query=" + encoded(query), "text/turtle");
        assertEquals(200, answer.statusCode(), answer.body());
        Model graph = ModelFactory.createDefaultModel();
        RDFParser.fromString(answer.body(), Lang.TURTLE).parse(graph);
        assertFalse(graph.isEmpty());
        assertTrue(graph.contains(ResourceFactory.createResource(KONG), SG.worksFor,
                ResourceFactory.createResource("https://summitgraph.org/id/organization/catalyst-it")));
    }

    @Test
    void theRelationFilterKeepsOnlyTheRelationsAskedFor() throws Exception {
        JsonNode n = neighbourhood("iri=" + encoded(KONG) + "&relation=worksFor&relation=roleIn");

        Set<String> relations = new TreeSet<>();
        n.get("edges").forEach(e -> relations.add(e.get("relation").asString()));
        assertEquals(Set.of("roleIn", "worksFor"), relations);
        assertTrue(n.get("query").asString().contains("VALUES ?relation { sg:worksFor sg:roleIn }"));
    }

    @Test
    void anUnknownEntityIsNotFound() throws Exception {
        HttpResponse<String> response = get("/graph/neighbourhood?iri="
                + encoded("https://summitgraph.org/id/person/nobody-at-all"), "application/json");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("json"));
    }

    @Test
    void aMissingOrMalformedIriOrAnUnknownRelationIsABadRequest() throws Exception {
        assertEquals(400, get("/graph/neighbourhood", "application/json").statusCode());
        assertEquals(400, get("/graph/neighbourhood?iri=" + encoded("not an iri"), "application/json").statusCode());
        assertEquals(400, get("/graph/neighbourhood?iri=" + encoded("person/kong"), "application/json").statusCode());
        assertEquals(400, get("/graph/neighbourhood?iri=" + encoded("https://x.org/a> } <b"), "application/json")
                .statusCode());
        assertEquals(400, get("/graph/neighbourhood?iri=" + encoded(KONG) + "&relation=sameAs", "application/json")
                .statusCode());
    }

    @Test
    void theGraphPageListsTheRelationsWithoutJavaScriptAndLoadsCytoscapeFromHere() throws Exception {
        HttpResponse<String> page = get("/graph?iri=" + encoded(KONG), "text/html");

        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("id=\"graph-edges\""), "table of relations");
        assertTrue(body.matches("(?s).*<td>PTL</td>\\s*<td><span><a href=\"/id/project/qinling\">Qinling</a>.*"),
                "the PTL role linked to Qinling's page");
        assertTrue(body.contains("<a href=\"/id/organization/catalyst-it\">Catalyst IT</a>"));
        assertTrue(body.contains("id=\"graph\""));
        assertTrue(body.contains("class=\"relation-filter\""));
        assertTrue(body.contains("href=\"/query?query="), "open in the query editor");
        assertFalse(body.contains("https://cdn"), "nothing from a CDN");
        List<String> scripts = new ArrayList<>();
        Matcher matcher = Pattern.compile("<script src=\"([^\"]+)\"").matcher(body);
        while (matcher.find()) {
            scripts.add(matcher.group(1));
        }
        assertTrue(scripts.stream().anyMatch(s -> s.matches("/webjars/cytoscape/[^/]+/dist/cytoscape.min.js")
                || s.equals("/webjars/cytoscape/dist/cytoscape.min.js")), scripts.toString());
        for (String script : scripts) {
            assertTrue(script.startsWith("/"), "served locally: " + script);
            assertEquals(200, get(script, "*/*").statusCode(), script);
        }
    }

    @Test
    void theWebjarScriptsAnswerAtTheirVersionFreeAddresses() throws Exception {
        for (String script : List.of("/webjars/cytoscape/dist/cytoscape.min.js", "/webjars/layout-base/layout-base.js",
                "/webjars/cose-base/cose-base.js", "/webjars/cytoscape-fcose/cytoscape-fcose.js", "/js/graph.js")) {
            assertEquals(200, get(script, "*/*").statusCode(), script);
        }
    }

    @Test
    void theGraphPageFiltersItsTableWithoutJavaScript() throws Exception {
        String body = get("/graph?iri=" + encoded(KONG) + "&relation=worksFor", "text/html").body();

        assertTrue(body.contains("Catalyst IT"));
        assertFalse(body.contains("<td>PTL</td>"), "roles filtered out");
        assertTrue(body.contains("value=\"roleIn\""), "the filter still offers the relations left out");
    }

    @Test
    void theGraphPageOfAnUnknownOrMalformedIriIsAnErrorPage() throws Exception {
        assertEquals(404, get("/graph?iri=" + encoded("https://summitgraph.org/id/person/nobody-at-all"), "text/html")
                .statusCode());
        assertEquals(400, get("/graph?iri=" + encoded("not an iri"), "text/html").statusCode());
        assertEquals(400, get("/graph", "text/html").statusCode());
    }

    @Test
    void theQueryEditorOpensWithAQueryGivenInItsAddress() throws Exception {
        String query = "SELECT ?s WHERE { ?s a <https://summitgraph.org/ontology#Person> } LIMIT 5";
        HttpResponse<String> page = get("/query?query=" + encoded(query), "text/html");

        assertEquals(200, page.statusCode());
        String attribute = "data-query=\"SELECT ?s WHERE { ?s a &lt;https://summitgraph.org/ontology#Person&gt; } LIMIT 5\"";
        assertTrue(page.body().contains(attribute), page.body());
        assertTrue(page.body().contains("data-id-base=\"https://summitgraph.org/id/\""));
    }

    @Test
    void theQueryEditorWithoutAQueryHasNone() throws Exception {
        String body = get("/query", "text/html").body();

        Matcher editor = Pattern.compile("<div id=\"yasgui\"[^>]*>").matcher(body);
        assertTrue(editor.find());
        assertFalse(editor.group().contains("data-query"), editor.group());
        assertFalse(body.contains("id=\"given-query\""));
    }
}
