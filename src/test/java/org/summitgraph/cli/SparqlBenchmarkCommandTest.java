package org.summitgraph.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparqlBenchmarkCommandTest {

    /** An endpoint that answers every other query with an empty result and fails the rest. */
    private static HttpServer endpoint() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/sparql", exchange -> {
            boolean answered = requests.incrementAndGet() % 2 == 0;
            byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answered ? 200 : 500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void reportsQueriesPerSecondResponseTimesAndFailuresOfEachEndpoint() throws IOException {
        HttpServer server = endpoint();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Cli.run(new String[]{"sparql-benchmark", "--seconds", "1", "--rounds", "1", "--threads", "2", url},
                    new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
            assertEquals(0, code);
            Matcher m = Pattern.compile(Pattern.quote(url) + " +([0-9.]+) queries/s +ratio 1\\.00 +median ([0-9.]+) ms"
                    + " +p95 ([0-9.]+) ms +p99 ([0-9.]+) ms +failed ([0-9]+)").matcher(out.toString());
            assertTrue(m.find(), out::toString);
            assertTrue(Double.parseDouble(m.group(1)) > 0, "some queries were answered");
            assertTrue(Double.parseDouble(m.group(2)) <= Double.parseDouble(m.group(4)), "the median is not above p99");
            assertTrue(Long.parseLong(m.group(5)) > 0, "the queries the endpoint failed are counted");
        } finally {
            server.stop(0);
        }
    }
}
