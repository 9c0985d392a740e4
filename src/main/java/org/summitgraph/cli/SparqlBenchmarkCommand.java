package org.summitgraph.cli;

import org.summitgraph.sparql.QueryGallery;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sparql-benchmark}: queries per second of SPARQL endpoints on the gallery's SELECT queries, measured in
 * alternating rounds in one run so that both endpoints see the same machine state.
 */
final class SparqlBenchmarkCommand implements Command {

    @Override
    public String name() {
        return "sparql-benchmark";
    }

    @Override
    public String summary() {
        return "compare SPARQL endpoints' queries per second on the gallery queries";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph sparql-benchmark [--seconds N] [--rounds N] [--threads N] ENDPOINT...

                Sends the gallery's SELECT queries (JSON results) round-robin to each endpoint for N seconds
                per round, the endpoints taking turns for --rounds rounds after one warm-up round each, and
                prints each endpoint's queries per second, its ratio to the first endpoint, and the response
                times of the measured rounds (median, p95, p99) with the queries that failed.
                Only endpoints on this machine (127.0.0.1, localhost) are accepted.

                  --seconds N   length of a round (default 10)
                  --rounds N    measured rounds per endpoint (default 3)
                  --threads N   concurrent clients (default 2)

                Example: summitgraph sparql-benchmark http://127.0.0.1:8080/sparql http://127.0.0.1:3030/ds/sparql
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int seconds = 10;
        int rounds = 3;
        int threads = 2;
        List<URI> endpoints = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--seconds" -> seconds = Cli.positiveInt(args, ++i, a);
                case "--rounds" -> rounds = Cli.positiveInt(args, ++i, a);
                case "--threads" -> threads = Cli.positiveInt(args, ++i, a);
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a + ".");
                    }
                    URI uri = URI.create(a);
                    // a load test sends its traffic to this machine only
                    if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
                        throw new UsageException("only endpoints on this machine are benchmarked, not " + a + ".");
                    }
                    endpoints.add(uri);
                }
            }
        }
        if (endpoints.isEmpty()) {
            throw new UsageException("give at least one endpoint.");
        }
        List<String> queries = new QueryGallery().examples().stream().map(QueryGallery.Example::query)
                .filter(q -> q.contains("SELECT")).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        double[] total = new double[endpoints.size()];
        long[] failed = new long[endpoints.size()];
        List<Latencies> times = new ArrayList<>();
        for (int e = 0; e < endpoints.size(); e++) {
            times.add(new Latencies());
            TimedLoad.Result warmUp = round(http, endpoints.get(e), queries, threads, Math.max(2, seconds / 2),
                    new Latencies());
            // an endpoint that answers nothing while warming up is down or holds other data: measuring it says nothing
            if (warmUp.succeeded() == 0) {
                err.printf(Locale.ROOT, "summitgraph sparql-benchmark: %s answered no query in its warm-up round"
                        + " (%d failed or timed out): is it running, and does it serve the data?%n",
                        endpoints.get(e), warmUp.failed());
                return 1;
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int e = 0; e < endpoints.size(); e++) {
                Latencies roundTimes = new Latencies();
                TimedLoad.Result result = round(http, endpoints.get(e), queries, threads, seconds, roundTimes);
                times.get(e).addAll(roundTimes);
                total[e] += result.perSecond();
                failed[e] += result.failed();
                // a round in which the endpoint answered nothing counts as 0 queries/s; the run goes on
                out.printf(Locale.ROOT, "round %d  %-45s %8.1f queries/s  median %s  p95 %s  p99 %s  failed %d%s%n",
                        r + 1, endpoints.get(e), result.perSecond(), millis(roundTimes.percentile(50)),
                        millis(roundTimes.percentile(95)), millis(roundTimes.percentile(99)), result.failed(),
                        result.succeeded() == 0 ? "  (answered no query in this round)" : "");
            }
        }
        out.printf(Locale.ROOT, "%d queries, %d threads, %d rounds of %d s%n", queries.size(), threads, rounds, seconds);
        for (int e = 0; e < endpoints.size(); e++) {
            Latencies t = times.get(e);
            out.printf(Locale.ROOT, "%-52s %8.1f queries/s  ratio %s  median %s  p95 %s  p99 %s  failed %d%n",
                    endpoints.get(e), total[e] / rounds, total[0] > 0 ? String.format(Locale.ROOT, "%.2f", total[e] / total[0]) : "—",
                    millis(t.percentile(50)), millis(t.percentile(95)), millis(t.percentile(99)), failed[e]);
        }
        return 0;
    }

    /** A response time for the report; "—" when no query was answered. */
    static String millis(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static TimedLoad.Result round(HttpClient http, URI endpoint, List<String> queries, int threads, int seconds,
                                          Latencies times) {
        return TimedLoad.run(threads, seconds, i -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                            + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build();
            long start = System.nanoTime();
            boolean ok = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            if (ok) {
                times.add((System.nanoTime() - start) / 1e6);
            }
            return ok;
        });
    }
}
