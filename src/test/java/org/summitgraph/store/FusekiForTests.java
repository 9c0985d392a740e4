package org.summitgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real Apache Jena Fuseki server ({@code jena-fuseki-server}, the jar Maven copies into {@code target/fuseki}) in
 * its own process, for the integration tests in remote mode: started on a free port at first use, stopped when the
 * test JVM exits. It serves {@value #DATASETS} empty in-memory TDB2 datasets, each with query, update and Graph Store
 * Protocol services and the union of its named graphs as default graph, so every application context of a test run
 * gets a store of its own, as {@code summitgraph.store=mem} gives in the default mode.
 */
public final class FusekiForTests {

    /** The property that names the server's jar; set by the failsafe execution that runs the ITs in remote mode. */
    public static final String JAR_PROPERTY = "summitgraph.it.fuseki";
    static final int DATASETS = 32;
    /** Stops on the server what a client gave up on (a test of the endpoint's time limit asks for the impossible). */
    private static final int SERVER_QUERY_TIMEOUT_MS = 5000;

    private static FusekiForTests running;

    private final Process process;
    private final int port;
    private final AtomicInteger nextDataset = new AtomicInteger();

    private FusekiForTests(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Whether this test run keeps its stores in Fuseki. */
    public static boolean wanted() {
        String jar = System.getProperty(JAR_PROPERTY);
        return jar != null && !jar.isBlank();
    }

    public static synchronized FusekiForTests get() {
        if (running == null) {
            running = start(Path.of(System.getProperty(JAR_PROPERTY)));
        }
        return running;
    }

    /** The URL of a dataset no application context has used yet. */
    public String freshDataset() {
        int n = nextDataset.incrementAndGet();
        if (n > DATASETS) {
            throw new IllegalStateException("More application contexts than the " + DATASETS
                    + " datasets the test Fuseki serves: raise FusekiForTests.DATASETS.");
        }
        return "http://127.0.0.1:" + port + "/ds" + n;
    }

    private static FusekiForTests start(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No Fuseki server jar at " + jar.toAbsolutePath()
                    + ": `mvn verify` copies it into target/fuseki before the integration tests.");
        }
        try {
            Path work = Files.createTempDirectory("summitgraph-it-fuseki");
            Path config = work.resolve("config.ttl");
            Files.writeString(config, config(), StandardCharsets.UTF_8);
            int port = freePort();
            Path log = Path.of("target", "fuseki-it.log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                    "--port=" + port, "--localhost", "--config=" + config)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // Fuseki writes its run area into FUSEKI_BASE: keep it out of the project
            builder.environment().put("FUSEKI_BASE", work.resolve("run").toString());
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.destroy();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            awaitPing(process, port, log);
            return new FusekiForTests(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Fuseki", e);
        }
    }

    private static void awaitPing(Process process, int port, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        URI ping = URI.create("http://127.0.0.1:" + port + "/$/ping");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped at start-up; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(HttpRequest.newBuilder(ping).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("Fuseki did not answer within two minutes; see " + log.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String config() {
        StringBuilder out = new StringBuilder("""
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>

                [] rdf:type fuseki:Server ;
                   ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] .
                """.formatted(SERVER_QUERY_TIMEOUT_MS));
        for (int i = 1; i <= DATASETS; i++) {
            out.append("""

                    <#service%1$d> rdf:type fuseki:Service ; fuseki:name "ds%1$d" ;
                      fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                      fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                      fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                      fuseki:dataset <#dataset%1$d> .
                    <#dataset%1$d> rdf:type tdb2:DatasetTDB2 ; tdb2:location "--mem--" ; tdb2:unionDefaultGraph true .
                    """.formatted(i));
        }
        return out.toString();
    }
}
