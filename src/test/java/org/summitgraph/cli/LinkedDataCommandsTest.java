package org.summitgraph.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** export, import-dump and dump-benchmark on folder stores: what they write and their exit codes. */
class LinkedDataCommandsTest {

    private static final Path SAMPLE = Path.of("src/test/resources/extraction/sample.zh.txt");
    private static final String KONG = "https://summitgraph.org/id/person/kong-lingxian";

    @TempDir
    static Path dir;
    static Path store;


    @BeforeAll
    static void storeWithTheSample() {
        store = dir.resolve("store");
        assertEquals(0, CliRun.of("ingest", "--summitgraph.store=" + store, SAMPLE.toString()).exit());
    }

    @Test
    void exportWritesTrigThatImportsIntoAnEmptyStoreAndExportsTheSame() throws Exception {
        Path trig = dir.resolve("all.trig");
        assertEquals(0, CliRun.of("export", "--format", "trig", "--summitgraph.store=" + store, trig.toString()).exit());
        Path copy = dir.resolve("copy");
        Path gz = dir.resolve("all.trig.gz");
        assertEquals(0, CliRun.of("export", "--summitgraph.store=" + store, gz.toString()).exit());
        CliRun imported = CliRun.of("import-dump", "--summitgraph.store=" + copy, gz.toString());
        assertEquals(0, imported.exit(), imported.err());

        Path first = dir.resolve("first.nq");
        Path second = dir.resolve("second.nq.gz");
        assertEquals(0, CliRun.of("export", "--summitgraph.store=" + store, first.toString()).exit());
        assertEquals(0, CliRun.of("export", "--summitgraph.store=" + copy, second.toString()).exit());
        DatasetGraph a = RDFParser.source(first).lang(Lang.NQUADS).toDatasetGraph();
        DatasetGraph b = RDFParser.source(new java.util.zip.GZIPInputStream(Files.newInputStream(second)))
                .lang(Lang.NQUADS).toDatasetGraph();
        assertEquals(a.stream().count(), b.stream().count(), "as many quads after the round trip");
        assertTrue(b.contains(NodeFactory.createURI("https://summitgraph.org/graph/reference"), NodeFactory.createURI(KONG),
                org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
    }

    @Test
    void exportToStandardOutputInEachOneGraphFormatParses() {
        for (String format : new String[]{"ttl", "nt", "jsonld", "rdfxml"}) {
            CliRun r = CliRun.of("export", "--format", format, "--graph", "https://summitgraph.org/graph/ontology",
                    "--summitgraph.store=" + store, "-");
            assertEquals(0, r.exit(), r.err());
            Lang lang = switch (format) {
                case "ttl" -> Lang.TURTLE;
                case "nt" -> Lang.NTRIPLES;
                case "jsonld" -> Lang.JSONLD;
                default -> Lang.RDFXML;
            };
            assertTrue(RDFParser.fromString(r.out(), lang).toGraph().size() > 100, format);
        }
    }

    @Test
    void exportUnderAnotherBaseIriRewritesTheThingsIris() {
        CliRun r = CliRun.of("export", "--format", "nt", "--summitgraph.base-iri=https://data.example.org/kg/",
                "--summitgraph.store=" + store, "-");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("<https://data.example.org/kg/id/person/kong-lingxian>"));
        assertTrue(!r.out().contains("<https://summitgraph.org/id/"));
    }

    @Test
    void exitCodesSayWhatWentWrong() throws Exception {
        assertEquals(1, CliRun.of("export", "--summitgraph.store=" + dir.resolve("none"), "-").exit(), "no store");
        assertEquals(2, CliRun.of("export", "--format", "xls", "--summitgraph.store=" + store, "-").exit(), "unknown format");
        assertEquals(2, CliRun.of("export", "--summitgraph.store=" + store).exit(), "no output");
        assertEquals(2, CliRun.of("export", "--summitgraph.base-iri=ftp:/x", "--summitgraph.store=" + store, "-").exit(), "bad base");
        assertEquals(1, CliRun.of("export", "--graph", "https://summitgraph.org/graph/nothing", "--summitgraph.store=" + store, "-").exit(),
                "no such graph");
        assertEquals(2, CliRun.of("import-dump", "--summitgraph.store=" + dir.resolve("s2"), dir.resolve("missing.nq").toString()).exit(),
                "unreadable file");
        assertEquals(2, CliRun.of("import-dump", "--summitgraph.store=" + dir.resolve("s2"), SAMPLE.toString()).exit(),
                "format unknown from the name");
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<https://summitgraph.org/id/person/a> <https://summitgraph.org/ontology#worksFor> .\n");
        Path empty = dir.resolve("s3");
        CliRun refused = CliRun.of("import-dump", "--summitgraph.store=" + empty, bad.toString());
        assertEquals(1, refused.exit(), "malformed dump");
        assertTrue(refused.err().contains("Nothing was loaded"));
        CliRun after = CliRun.of("export", "--format", "nq", "--summitgraph.store=" + empty, "-");
        assertEquals("", after.out(), "the store is unchanged");
    }

    @Test
    void dumpBenchmarkPrintsSpeedAndHeapForEachFormat() {
        CliRun r = CliRun.of("dump-benchmark", "--rounds", "1", "--format", "nq", "--format", "jsonld", "--summitgraph.store=" + store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*round 1 nq .* /s .*round 1 jsonld .*median.*"), r.out());
    }
}
