package org.summitgraph.cli;

import org.apache.jena.query.Dataset;
import org.summitgraph.linkeddata.BaseIri;
import org.summitgraph.linkeddata.DumpScope;
import org.summitgraph.linkeddata.DumpWriter;
import org.summitgraph.linkeddata.JsonLdContext;
import org.summitgraph.linkeddata.RdfFormat;
import org.summitgraph.store.StoreFactory;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * {@code dump-benchmark}: how fast the full dump streams in each format, and how much heap it needs. Formats take
 * turns within each round, so a busy machine slows them alike; the median of the rounds is printed.
 */
final class DumpBenchmarkCommand implements Command {

    @Override
    public String name() {
        return "dump-benchmark";
    }

    @Override
    public String summary() {
        return "measure full-dump speed (triples/s) and peak heap per format";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph dump-benchmark [--rounds N] [--gzip] [--format F]... [--summitgraph.store=DIR]

                Dumps the whole store in each format (default: all six) to a byte counter, N rounds
                (default 3) with the formats taking turns, and prints per format the median
                triples (or quads) per second, the megabytes written and the peak heap in use.
                Run it with a small heap (java -Xmx128m -jar ...) to show the dump streams.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int rounds = 3;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--rounds")) {
                rounds = Cli.positiveInt(args, ++i, "--rounds");
            } else {
                rest.add(args.get(i));
            }
        }
        List<RdfFormat> formats = new ArrayList<>();
        List<String> withoutFormats = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("--format")) {
                String f = i + 1 < rest.size() ? rest.get(++i) : "";
                formats.add(RdfFormat.byName(f).orElseThrow(() -> new UsageException("unknown format " + f + ".")));
            } else {
                withoutFormats.add(rest.get(i));
            }
        }
        if (formats.isEmpty()) {
            formats = Arrays.asList(RdfFormat.values());
        }
        StoreOptions o = StoreOptions.parse(withoutFormats, true);
        if (!o.files.isEmpty()) {
            throw new UsageException("unexpected argument " + o.files.get(0) + ".");
        }
        if (!Files.isDirectory(Path.of(o.store))) {
            err.println("summitgraph dump-benchmark: no store at " + o.store + ".");
            return Cli.FAILED;
        }
        Dataset dataset = StoreFactory.open(o.store);
        try {
            DumpWriter writer = new DumpWriter(dataset.asDatasetGraph(), new BaseIri(o.baseIri), JsonLdContext.standard());
            out.printf("max heap %d MB, %d rounds%s%n", Runtime.getRuntime().maxMemory() >> 20, rounds,
                    o.gzip ? ", gzip" : "");
            Map<RdfFormat, List<double[]>> runs = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                for (RdfFormat format : formats) {
                    double[] r = once(writer, format, o.gzip);
                    runs.computeIfAbsent(format, k -> new ArrayList<>()).add(r);
                    out.printf("round %d %-7s %,12.0f %s  %7.2f s  %,10.0f /s  %8.1f MB  peak heap %5.1f MB"
                                    + "  live after GC %5.1f MB%n", round, format.extension(), r[0],
                            format.quads() ? "quads  " : "triples", r[1], r[0] / r[1], r[2] / 1e6, r[3] / 1048576.0,
                            r[4] / 1048576.0);
                }
            }
            out.println("median  format       per second   peak heap (MB)   live after GC (MB)");
            runs.forEach((format, rs) -> out.printf("        %-7s %,14.0f   %6.1f           %6.1f%n", format.extension(),
                    median(rs.stream().mapToDouble(r -> r[0] / r[1]).toArray()),
                    rs.stream().mapToDouble(r -> r[3] / 1048576.0).max().orElse(0),
                    rs.stream().mapToDouble(r -> r[4] / 1048576.0).max().orElse(0)));
            return 0;
        } finally {
            dataset.close();
        }
    }

    /** @return triples, seconds, bytes, peak heap bytes, largest heap left after a collection (live data) */
    private static double[] once(DumpWriter writer, RdfFormat format, boolean gzip) {
        System.gc();
        LiveHeap live = new LiveHeap();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Counter counter = new Counter();
        long started = System.nanoTime();
        long n;
        try (OutputStream target = gzip ? new GZIPOutputStream(counter, 1 << 16) : counter) {
            n = writer.write(DumpScope.dataset(), format, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        live.close();
        return new double[]{n, seconds, counter.bytes, peak, live.max};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /**
     * The most heap in use right after any collection during a run: what the dump really keeps (the peak above
     * also counts garbage not yet collected, and grows with the heap one allows).
     */
    private static final class LiveHeap implements javax.management.NotificationListener, AutoCloseable {
        private final List<java.lang.management.GarbageCollectorMXBean> collectors =
                ManagementFactory.getGarbageCollectorMXBeans();
        long max;

        LiveHeap() {
            collectors.forEach(c -> ((javax.management.NotificationEmitter) c).addNotificationListener(this, null, null));
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo
                    .from((javax.management.openmbean.CompositeData) n.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            synchronized (this) {
                max = Math.max(max, used);
            }
        }

        private static boolean isHeap(String pool) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
        }

        @Override
        public void close() {
            for (var c : collectors) {
                try {
                    ((javax.management.NotificationEmitter) c).removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone: nothing to remove
                }
            }
        }
    }

    /** Counts the bytes and throws them away: the benchmark measures the store and the writer, not a disk. */
    private static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
