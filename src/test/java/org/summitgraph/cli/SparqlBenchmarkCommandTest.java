package org.summitgraph.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

    /** An endpoint that answers every query for its first second (the warm-up round), then none. */
    private static HttpServer endpointThatStopsAnswering() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicLong first = new AtomicLong();
        server.createContext("/sparql", exchange -> {
            long now = System.nanoTime();
            first.compareAndSet(0, now);
            boolean answered = now - first.get() < 1_000_000_000L;
            byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answered ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void aMeasuredRoundWithNoAnswerCountsAsZeroQueriesPerSecondAndTheRunGoesOn() throws IOException {
        HttpServer server = endpointThatStopsAnswering();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Cli.run(new String[]{"sparql-benchmark", "--seconds", "1", "--rounds", "2", "--threads", "2", url},
                    new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
            String report = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, report);
            for (int round = 1; round <= 2; round++) {
                assertTrue(Pattern.compile("round " + round + " +" + Pattern.quote(url) + " +0\\.0 queries/s +median — +p95 —"
                        + " +p99 — +failed [1-9][0-9]* +\\(answered no query in this round\\)").matcher(report).find(), report);
            }
            assertTrue(Pattern.compile(Pattern.quote(url) + " +0\\.0 queries/s +ratio — +median — +p95 — +p99 —"
                    + " +failed [1-9]").matcher(report).find(), report);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEndpointThatAnswersNothingInTheWarmUpStopsTheRunWithAMessage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sparql", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(new String[]{"sparql-benchmark", "--seconds", "1", "--rounds", "1", url},
                    new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, code);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains(url + " answered no query in its warm-up round"),
                    err::toString);
            assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty(), "no round was measured");
        } finally {
            server.stop(0);
        }
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
