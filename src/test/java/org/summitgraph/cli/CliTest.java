package org.summitgraph.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private static final Path SAMPLE = Path.of("src/test/resources/extraction/sample.zh.txt");


    private static long count(Dataset ds, String sparql) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static String mentioned(String type) {
        return "PREFIX sg: <https://summitgraph.org/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?a sg:mentions ?e . ?e a sg:"
                + type + " } }";
    }

    @Test
    void serverOptionsAreNotCommands() {
        assertTrue(Cli.handles(new String[]{"extract", "x"}));
        assertTrue(Cli.handles(new String[]{"--help"}));
        assertEquals(false, Cli.handles(new String[]{"--server.port=9090"}));
        assertEquals(false, Cli.handles(new String[]{}));
    }

    @Test
    void extractPrintsNQuadsOfTheSampleWithItsPeopleOrganisationsProjectsAndSummit() {
        CliRun r = CliRun.of("extract", "--format", "nq", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(ds);
        assertTrue(count(ds, mentioned("Person")) >= 10);
        assertTrue(count(ds, mentioned("Organization")) >= 10);
        assertTrue(count(ds, mentioned("Project")) >= 5);
        assertTrue(count(ds, mentioned("Summit")) >= 1);
    }

    @Test
    void extractWritesTurtleTrigAndJsonLdOnRequest() {
        assertTrue(CliRun.of("extract", "--format", "ttl", SAMPLE.toString()).out().contains("sg:Article"));
        assertTrue(CliRun.of("extract", "--format=trig", SAMPLE.toString()).out().contains("<https://summitgraph.org/graph/article/"));
        CliRun jsonld = CliRun.of("extract", "--format", "jsonld", SAMPLE.toString());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(jsonld.out(), Lang.JSONLD).parse(ds);
        assertTrue(count(ds, mentioned("Project")) >= 5);
    }

    @Test
    void aMissingFileIsAClearErrorWithANonZeroExit() {
        CliRun r = CliRun.of("extract", "no/such/article.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no/such/article.txt") && r.err().contains("no such file"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownFormatOrCommandIsAUsageError() {
        assertEquals(2, CliRun.of("extract", "--format", "xml", SAMPLE.toString()).exit());
        CliRun r = CliRun.of("frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
    }

    @Test
    void aRefusedArticleExitsWithOne(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        CliRun r = CliRun.of("extract", empty.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no text"), r.err());
    }

    @Test
    void helpExplainsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("extract") && r.out().contains("ingest"), r.out());
        assertTrue(CliRun.of("help", "ingest").out().contains("--summitgraph.store=DIR"));
        assertTrue(CliRun.of("extract", "--help").out().contains("--format"));
    }

    @Test
    void ingestStoresArticlesSkipsThemOnASecondRunAndReplacesThemWhenAsked(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.copy(SAMPLE, articles.resolve("sample.zh.txt"));
        Files.writeString(articles.resolve("README.md"), "# not an article\n");
        String store = dir.resolve("store").toString();
        CliRun first = CliRun.of("ingest", "--summitgraph.store=" + store, articles.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("1 of 1 articles ingested"), first.out());
        long size = size(store);
        CliRun second = CliRun.of("ingest", "--summitgraph.store=" + store, articles.resolve("sample.zh.txt").toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().startsWith("skipped "), second.out());
        assertTrue(second.out().contains("0 of 1 articles ingested into " + store + ": 0 new, 0 replaced; 1 skipped as already stored; 0 refused"), second.out());
        assertEquals(size, size(store));
        CliRun third = CliRun.of("ingest", "--replace", "--summitgraph.store=" + store, articles.resolve("sample.zh.txt").toString());
        assertEquals(0, third.exit(), third.err());
        assertTrue(third.out().startsWith("replaced "), third.out());
        assertEquals(size, size(store));
    }

    @Test
    void ingestReportsProgressAndASummaryAndCompactsTheStore(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.copy(SAMPLE, articles.resolve("sample.zh.txt"));
        Files.copy(Path.of("src/test/resources/extraction/vancouver-2018.en.md"), articles.resolve("vancouver.en.md"));
        String store = dir.resolve("store").toString();
        CliRun r = CliRun.of("ingest", "--batch", "1", "--threads", "2", "--summitgraph.store=" + store, articles.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ingest: 2/2 articles (100%), "), r.err());
        assertTrue(r.err().matches("(?s).*\\d+\\.\\d articles/s, 0s left; 2 stored, 0 refused.*"), r.err());
        assertTrue(r.out().contains("2 of 2 articles ingested into " + store + ": 2 new, 0 replaced; 0 skipped as already stored; 0 refused"), r.out());
        assertTrue(r.out().matches("(?s).*\\d+ triples written in \\d+\\.\\d s: \\d+\\.\\d articles/s; heap pools' peaks add up to \\d+ MB \\(an upper bound\\), limit \\d+ MB.*"), r.out());
        assertTrue(r.out().matches("(?s).*store: \\d+ MB on disk after compaction in \\d+\\.\\d s \\(\\d+ MB before\\).*"), r.out());
        try (var folders = Files.list(Path.of(store))) {
            assertEquals(List.of("Data-0002", "text-index"), folders.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".lock")).sorted().toList());
        }
    }

    @Test
    void ingestRefusesABadArticleStoresTheOthersAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.copy(SAMPLE, articles.resolve("sample.zh.txt"));
        Files.writeString(articles.resolve("empty.txt"), "title: nothing\n\n   \n");
        String store = dir.resolve("store").toString();
        CliRun r = CliRun.of("ingest", "--summitgraph.store=" + store, articles.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("empty.txt: The article has no text"), r.err());
        assertTrue(r.out().contains("1 of 2 articles ingested into " + store + ": 1 new, 0 replaced; 0 skipped as already stored; 1 refused"), r.out());
        assertTrue(r.out().contains("refused " + articles.resolve("empty.txt") + ": The article has no text"), r.out());
        Dataset ds = StoreFactory.open(store);
        try {
            assertEquals(1, new GraphStore(ds).articles().size());
        } finally {
            ds.close();
        }
    }

    @Test
    void ingestWithABadBatchSizeIsAUsageError(@TempDir Path dir) {
        CliRun r = CliRun.of("ingest", "--batch", "0", "--summitgraph.store=" + dir.resolve("store"), SAMPLE.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--batch needs a positive whole number"), r.err());
        assertEquals(false, Files.exists(dir.resolve("store")));
    }

    @Test
    void ingestOfAMissingPathChangesNothing(@TempDir Path dir) {
        CliRun r = CliRun.of("ingest", "--summitgraph.store=" + dir.resolve("store"), "missing-folder");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing-folder"), r.err());
        assertEquals(false, Files.exists(dir.resolve("store")));
    }

    @Test
    void evalPrintsPrecisionRecallAndF1AndWithVerboseWhatWasMissed() {
        String gold = "src/test/resources/eval/openstack-sydney-summit-2017-day1.zh.tsv";
        String article = "src/test/resources/eval/openstack-sydney-summit-2017-day1.zh.txt";
        CliRun r = CliRun.of("eval", gold, article);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)entities +P \\d\\.\\d\\d +R \\d\\.\\d\\d +F1 \\d\\.\\d\\d.*relations +P .*role titles +\\d+ of \\d+ right.*"), r.out());
        assertTrue(!r.out().contains("Missed relations"));
        assertTrue(CliRun.of("eval", "--verbose", gold, article).out().contains("Missed relations"));
    }

    @Test
    void evalOfAMalformedGoldFileSaysWhichLine(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("bad.tsv"), "entity\tx\n");
        CliRun r = CliRun.of("eval", gold.toString(), SAMPLE.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad.tsv:1"), r.err());
    }

    @Test
    void benchmarkReportsArticlesPerSecondForOneThreadAndSeveral() {
        CliRun r = CliRun.of("benchmark", "--seconds", "1", "--warmup", "1", "--threads", "2", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*extraction, 1 thread +\\d+\\.\\d articles/s.*extraction, 2 threads +\\d+\\.\\d articles/s.*"), r.out());
        assertEquals(2, CliRun.of("benchmark", "--seconds", "zero", SAMPLE.toString()).exit());
    }

    @Test
    void theSparqlBenchmarkSendsLoadToThisMachineOnly() {
        CliRun r = CliRun.of("sparql-benchmark", "http://example.org/sparql");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("only endpoints on this machine"), r.err());
    }

    private static long size(String location) {
        Dataset ds = StoreFactory.open(location);
        try {
            return new GraphStore(ds).size();
        } finally {
            ds.close();
        }
    }
}
