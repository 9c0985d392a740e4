package org.summitgraph.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.summitgraph.vocab.SG;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dereferencing, content negotiation, dumps, VoID, the ontology and the context over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkedDataIT {

    private static final String KONG = "/id/person/kong-lingxian";
    private static final Map<String, RdfFormat> RDF_TYPES = Map.of(
            "text/turtle", RdfFormat.TURTLE, "application/ld+json", RdfFormat.JSONLD,
            "application/n-triples", RdfFormat.NTRIPLES, "application/rdf+xml", RdfFormat.RDFXML);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> "it-secret");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static Graph parse(HttpResponse<byte[]> r, RdfFormat format) {
        return RDFParser.source(new ByteArrayInputStream(r.body())).lang(format.lang())
                .base("http://127.0.0.1/").toGraph();
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    /** Every kind of thing: an entity, an article, a statement, a role, a sentence. */
    private List<String> resources() throws Exception {
        Graph kong = parse(get(KONG + ".nt"), RdfFormat.NTRIPLES);
        String statement = kong.find(Node.ANY, RDF.subject.asNode(), iri(SG.ID + "person/kong-lingxian")).next()
                .getSubject().getURI();
        String role = kong.find(iri(SG.ID + "person/kong-lingxian"), SG.hasRole.asNode(), Node.ANY).next()
                .getObject().getURI();
        String sentence = kong.find(iri(statement), SG.evidence.asNode(), Node.ANY).next().getObject().getURI();
        String article = kong.find(iri(statement), SG.inArticle.asNode(), Node.ANY).next().getObject().getURI();
        return List.of(KONG, path(article), path(statement), path(role), path(sentence));
    }

    private static String path(String iri) {
        return iri.substring("https://summitgraph.org".length());
    }

    @Test
    void everyKindOfThingAnswers303ToItsDocumentInEachRdfFormatWhichParses() throws Exception {
        for (String resource : resources()) {
            for (Map.Entry<String, RdfFormat> type : RDF_TYPES.entrySet()) {
                HttpResponse<byte[]> r = get(resource, "Accept", type.getKey());
                assertEquals(303, r.statusCode(), resource + " " + type.getKey());
                assertEquals(resource + "." + type.getValue().extension(), r.headers().firstValue("Location").orElse(""));
                assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");

                HttpResponse<byte[]> doc = get(r.headers().firstValue("Location").orElseThrow());
                assertEquals(200, doc.statusCode());
                assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith(type.getKey()));
                Graph g = parse(doc, type.getValue());
                assertTrue(g.contains(iri("https://summitgraph.org" + resource), Node.ANY, Node.ANY),
                        resource + " is described in " + type.getKey());
            }
        }
    }

    @Test
    void browsersGetThePageAtTheSameAddressWithVaryAccept() throws Exception {
        HttpResponse<byte[]> r = get(KONG, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(text(r).contains("<h1>"), "the HTML page");
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertEquals(200, get(KONG).statusCode(), "no Accept is */*: the page");
    }

    @Test
    void kongLingxiansTurtleHoldsHisRolesEmployersAndTheirEvidence() throws Exception {
        HttpResponse<byte[]> r = get(KONG, "Accept", "text/turtle");
        Graph g = parse(get(r.headers().firstValue("Location").orElseThrow()), RdfFormat.TURTLE);
        Node kong = iri(SG.ID + "person/kong-lingxian");
        assertTrue(g.contains(kong, SG.worksFor.asNode(), iri(SG.ID + "organization/catalyst-it")), "employer");
        assertTrue(g.contains(kong, SG.formerlyWorkedFor.asNode(), iri(SG.ID + "organization/huawei")), "former employer");
        List<Node> roles = g.find(kong, SG.hasRole.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        assertTrue(roles.stream().anyMatch(role -> g.contains(role, SG.roleIn.asNode(), iri(SG.ID + "project/qinling"))
                && g.find(role, SG.roleTitle.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm().equals("PTL")),
                "PTL of Qinling");
        Node statement = g.find(Node.ANY, RDF.object.asNode(), iri(SG.ID + "organization/catalyst-it")).next().getSubject();
        Node sentence = g.find(statement, SG.evidence.asNode(), Node.ANY).next().getObject();
        assertTrue(g.find(sentence, SG.anchorOf.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm()
                .contains("Catalyst"), "the sentence's text");
        assertTrue(g.contains(sentence, SG.beginOffset.asNode(), Node.ANY), "its offsets");
        assertTrue(g.contains(statement, SG.method.asNode(), Node.ANY) && g.contains(statement, SG.confidence.asNode(), Node.ANY));
    }

    @Test
    void formatParameterAndExtensionChooseWithoutNegotiation() throws Exception {
        HttpResponse<byte[]> r = get(KONG + "?format=jsonld", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(text(r).contains("\"worksFor\""), "compact JSON-LD with the context's short names");
        assertFalse(parse(r, RdfFormat.JSONLD).isEmpty());
        HttpResponse<byte[]> ttl = get(KONG + ".ttl", "Accept", "application/rdf+xml");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(get(KONG + ".jsonld"), RdfFormat.JSONLD).isIsomorphicWith(parse(ttl, RdfFormat.TURTLE)),
                "JSON-LD and Turtle say the same");
    }

    @Test
    void unknownThingsAre404AndUnacceptableTypes406() throws Exception {
        assertEquals(404, get("/id/person/nobody-at-all", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/id/person/nobody-at-all.ttl").statusCode());
        assertEquals(404, get("/id/person/nobody-at-all", "Accept", "text/html").statusCode());
        assertEquals(406, get(KONG, "Accept", "image/png").statusCode());
        assertEquals(406, get("/ontology", "Accept", "image/png").statusCode());
        assertEquals(406, get("/.well-known/void", "Accept", "image/png").statusCode());
    }

    @Test
    void theOntologyIsDocumentedInHtmlAndServedAsRdfAtItsNamespace() throws Exception {
        HttpResponse<byte[]> html = get("/ontology", "Accept", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(text(html).contains("id=\"worksFor\""), "anchors for /ontology#worksFor");
        assertTrue(text(html).contains("人物"), "Chinese labels");
        assertTrue(text(html).contains("schema:Person"), "alignments");
        for (Map.Entry<String, RdfFormat> type : RDF_TYPES.entrySet()) {
            HttpResponse<byte[]> r = get("/ontology", "Accept", type.getKey());
            assertEquals(303, r.statusCode());
            assertEquals("/ontology." + type.getValue().extension(), r.headers().firstValue("Location").orElseThrow());
            Graph g = parse(get(r.headers().firstValue("Location").orElseThrow()), type.getValue());
            assertTrue(g.contains(SG.worksFor.asNode(), RDF.type.asNode(), Node.ANY), type.getKey());
        }
    }

    @Test
    void dumpsOfEachFormatParseAndGzipOnRequest() throws Exception {
        for (RdfFormat format : RdfFormat.values()) {
            HttpResponse<byte[]> r = get("/dumps/summitgraph." + format.extension());
            assertEquals(200, r.statusCode(), format.toString());
            if (format.quads()) {
                DatasetGraph ds = RDFParser.source(new ByteArrayInputStream(r.body())).lang(format.lang()).toDatasetGraph();
                assertTrue(ds.containsGraph(iri(SG.GRAPH + "reference")), format + " names graphs");
            } else {
                assertTrue(parse(r, format).contains(iri(SG.ID + "person/kong-lingxian"), Node.ANY, Node.ANY));
            }
        }
        HttpResponse<byte[]> gz = get("/dumps/summitgraph.nq.gz");
        byte[] nq = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
        assertFalse(RDFParser.source(new ByteArrayInputStream(nq)).lang(Lang.NQUADS).toDatasetGraph().isEmpty());
        HttpResponse<byte[]> encoded = get("/dumps/ontology.ttl", "Accept-Encoding", "gzip");
        assertEquals("gzip", encoded.headers().firstValue("Content-Encoding").orElse(""));
        assertFalse(RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(encoded.body()))).lang(Lang.TURTLE)
                .toGraph().isEmpty());
        assertEquals(404, get("/dumps/nothing.ttl").statusCode());
        assertEquals(404, get("/dumps/article/0000000000000000.ttl").statusCode());
    }

    @Test
    void oneArticlesGraphIsADumpOfItsOwn() throws Exception {
        String article = first("href=\"/id/article/([0-9a-f]{16})\"", text(get("/", "Accept", "text/html")));
        HttpResponse<byte[]> r = get("/dumps/article/" + article + ".trig");
        assertEquals(200, r.statusCode());
        DatasetGraph ds = RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TRIG).toDatasetGraph();
        assertTrue(ds.getGraph(iri(SG.GRAPH + "article/" + article)).contains(iri(SG.ID + "article/" + article),
                RDF.type.asNode(), SG.Article.asNode()));
    }

    @Test
    void theDatasetDescriptionCountsAndLinksEverything() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "Turtle by default");
        Graph g = parse(r, RdfFormat.TURTLE);
        String v = "http://rdfs.org/ns/void#";
        Node ds = g.find(Node.ANY, RDF.type.asNode(), iri(v + "Dataset")).next().getSubject();
        long triples = Long.parseLong(g.find(ds, iri(v + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(triples > 1000, "triples counted");
        assertTrue(g.contains(ds, iri(v + "sparqlEndpoint"), iri("http://127.0.0.1:" + port + "/sparql")));
        assertTrue(g.contains(ds, iri(v + "dataDump"), iri("http://127.0.0.1:" + port + "/dumps/summitgraph.nq")));
        assertTrue(g.contains(ds, iri("http://purl.org/dc/terms/license"), Node.ANY));
        assertTrue(g.contains(ds, iri("http://purl.org/dc/terms/modified"), Node.ANY));
        assertTrue(g.find(ds, iri(v + "classPartition"), Node.ANY).toList().size() >= 5, "entities per class");
        assertTrue(g.contains(ds, RDF.type.asNode(), iri("http://www.w3.org/ns/dcat#Dataset")), "DCAT too");
        assertFalse(parse(get("/.well-known/void", "Accept", "application/ld+json"), RdfFormat.JSONLD).isEmpty());
    }

    @Test
    void theContextIsPublishedWithShortNames() throws Exception {
        HttpResponse<byte[]> r = get("/context.jsonld");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        String body = text(r);
        assertTrue(body.contains("\"worksFor\": {\"@id\": \"sg:worksFor\", \"@type\": \"@id\"}"), body);
        assertTrue(body.contains("\"label\": \"rdfs:label\""));
        assertTrue(body.contains("\"datePublished\": {\"@id\": \"sg:datePublished\", \"@type\": \"xsd:date\"}"));
    }

    private static String first(String regex, String body) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), regex);
        return m.group(1);
    }
}
