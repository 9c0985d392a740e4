package org.summitgraph.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code page-benchmark}: response times of entity pages on running servers, with requests skewed the way real
 * traffic is (a Zipf choice among the entities, the most-mentioned asked for most often), from concurrent clients,
 * in rounds that alternate between the servers so that all see the same machine state.
 */
final class PageBenchmarkCommand implements Command {

    /** The most-mentioned entities, reported on their own. */
    static final int TOP = 10;

    private static final String ENTITIES = """
            PREFIX sg: <https://summitgraph.org/ontology#>
            SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a sg:mentions ?e }
            GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT %d
            """;
    private static final Pattern ROW = Pattern.compile("^(https://summitgraph\\.org/id/([a-z-]+)/[^,]+),(\\d+)\\s*$",
            Pattern.MULTILINE);
    private static final java.util.Set<String> KINDS = java.util.Set.of("person", "organization", "project", "summit",
            "event", "place", "award", "event-series");

    @Override
    public String name() {
        return "page-benchmark";
    }

    @Override
    public String summary() {
        return "measure entity page response times on running servers under skewed, concurrent load";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph page-benchmark [--clients N] [--seconds N] [--warmup N] [--rounds N]
                                                  [--entities N] [--zipf S] [--seed N] SERVER...

                Asks the first server's /sparql for the N entities most mentioned by articles, then requests
                their pages (/id/...) from --clients concurrent clients, each choosing an entity by a Zipf law
                of exponent S over the ranks (the most-mentioned most often). After a warm-up of --warmup
                seconds per server, the servers take turns for --rounds rounds of --seconds seconds. Prints, per
                round and as the median of the rounds, the median, p95 and p99 response time in milliseconds of
                all pages and of the pages of the 10 most-mentioned entities, and pages per second.
                Only servers on this machine (127.0.0.1, localhost) are accepted.

                  --clients N    concurrent clients (default 16)
                  --seconds N    length of a round (default 20)
                  --warmup N     warm-up per server before the first round (default 20)
                  --rounds N     measured rounds per server (default 3)
                  --entities N   entities to choose from (default 1000)
                  --zipf S       exponent of the Zipf law (default 1.0)
                  --seed N       seed of the clients' choices (default 1)

                Example: summitgraph page-benchmark --clients 16 http://127.0.0.1:8080 http://127.0.0.1:8081
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int clients = 16;
        int seconds = 20;
        int warmup = 20;
        int rounds = 3;
        int entities = 1000;
        double zipf = 1.0;
        long seed = 1;
        List<URI> servers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--clients" -> clients = Cli.positiveInt(args, ++i, a);
                case "--seconds" -> seconds = Cli.positiveInt(args, ++i, a);
                case "--warmup" -> warmup = Cli.positiveInt(args, ++i, a);
                case "--rounds" -> rounds = Cli.positiveInt(args, ++i, a);
                case "--entities" -> entities = Cli.positiveInt(args, ++i, a);
                case "--seed" -> seed = Cli.positiveInt(args, ++i, a);
                case "--zipf" -> zipf = exponent(args, ++i);
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a + ".");
                    }
                    servers.add(server(a));
                }
            }
        }
        if (servers.isEmpty()) {
            throw new UsageException("give at least one server, e.g. http://127.0.0.1:8080.");
        }
        HttpClient setup = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> paths;
        try {
            paths = mostMentioned(setup, servers.get(0), entities);
        } catch (Exception e) {
            err.println("summitgraph page-benchmark: cannot list the entities from " + servers.get(0) + ": " + e.getMessage());
            return Cli.FAILED;
        }
        if (paths.isEmpty()) {
            err.println("summitgraph page-benchmark: " + servers.get(0) + " has no entity mentioned by an article.");
            return Cli.FAILED;
        }
        out.printf(Locale.ROOT, "%d entities, Zipf exponent %.2f, %d clients, %d rounds of %d s after %d s of warm-up%n",
                paths.size(), zipf, clients, rounds, seconds, warmup);
        out.println("most mentioned: " + String.join(" ", paths.subList(0, Math.min(TOP, paths.size()))));
        ZipfSampler sampler = new ZipfSampler(paths.size(), zipf);
        Round[][] results = new Round[servers.size()][rounds];
        for (URI server : servers) {
            run(server, paths, sampler, clients, warmup, seed);
        }
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < servers.size(); s++) {
                Round round = run(servers.get(s), paths, sampler, clients, seconds, seed + 1000L * (r + 1));
                results[s][r] = round;
                out.printf(Locale.ROOT, "round %d  %-28s %s%n", r + 1, servers.get(s), round);
            }
        }
        out.println("median of the rounds (ms):");
        for (int s = 0; s < servers.size(); s++) {
            Round[] rs = results[s];
            out.printf(Locale.ROOT, "%-28s all: median %7.1f  p95 %7.1f  p99 %7.1f | top %d: median %7.1f  p95 %7.1f  p99 %7.1f | %6.1f pages/s, %d errors%n",
                    servers.get(s), median(rs, x -> x.all.percentile(50)), median(rs, x -> x.all.percentile(95)),
                    median(rs, x -> x.all.percentile(99)), TOP, median(rs, x -> x.top.percentile(50)),
                    median(rs, x -> x.top.percentile(95)), median(rs, x -> x.top.percentile(99)),
                    median(rs, Round::perSecond), Arrays.stream(rs).mapToLong(x -> x.errors).sum());
        }
        return 0;
    }

    /** Requests pages for {@code seconds} from {@code clients} threads. */
    private static Round run(URI server, List<String> paths, ZipfSampler sampler, int clients, int seconds, long seed) {
        Round round = new Round(seconds);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(seed * 31 + c);
                futures.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    while (System.nanoTime() < end) {
                        int rank = sampler.next(random);
                        HttpRequest request = HttpRequest.newBuilder(server.resolve(paths.get(rank)))
                                .header("Accept", "text/html").header("Accept-Language", "en")
                                .timeout(Duration.ofSeconds(60)).build();
                        long start = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                            double millis = (System.nanoTime() - start) / 1e6;
                            if (status != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                            round.all.add(millis);
                            if (rank < TOP) {
                                round.top.add(millis);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("load run failed", e);
        } finally {
            pool.shutdownNow();
        }
        round.errors = errors.get();
        return round;
    }

    /** Paths of the entity pages, most-mentioned first. */
    static List<String> mostMentioned(HttpClient http, URI server, int limit) throws Exception {
        String query = ENTITIES.formatted(limit);
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return entityPaths(response.body());
    }

    /** The page paths of the entities in a CSV result of ?e ?n, in its order. */
    static List<String> entityPaths(String csv) {
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(csv.replace("\r", ""));
        while (m.find()) {
            if (KINDS.contains(m.group(2))) {
                out.add(URI.create(m.group(1)).getPath());
            }
        }
        return out;
    }

    private static URI server(String a) {
        URI uri;
        try {
            uri = URI.create(a);
        } catch (IllegalArgumentException e) {
            throw new UsageException("not a URL: " + a + ".");
        }
        // a load test sends its traffic to this machine only
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new UsageException("only servers on this machine are benchmarked, not " + a + ".");
        }
        return uri;
    }

    private static double exponent(List<String> args, int i) {
        if (i >= args.size()) {
            throw new UsageException("--zipf needs a number.");
        }
        try {
            double s = Double.parseDouble(args.get(i));
            if (!(s >= 0 && s <= 10)) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new UsageException("--zipf needs a number from 0 to 10, not " + args.get(i) + ".");
        }
    }

    private static double median(Round[] rounds, java.util.function.ToDoubleFunction<Round> f) {
        double[] v = Arrays.stream(rounds).mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The response times of one round. */
    private static final class Round {
        final Latencies all = new Latencies();
        final Latencies top = new Latencies();
        final int seconds;
        long errors;

        Round(int seconds) {
            this.seconds = seconds;
        }

        double perSecond() {
            return all.count() / (double) seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6d pages %6.1f/s  all: median %7.1f p95 %7.1f p99 %7.1f | top %d: median %7.1f p95 %7.1f p99 %7.1f | %d errors",
                    all.count(), perSecond(), all.percentile(50), all.percentile(95), all.percentile(99), TOP,
                    top.percentile(50), top.percentile(95), top.percentile(99), errors);
        }
    }
}
