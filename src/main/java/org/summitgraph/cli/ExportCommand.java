package org.summitgraph.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.summitgraph.linkeddata.BaseIri;
import org.summitgraph.linkeddata.DumpScope;
import org.summitgraph.linkeddata.DumpWriter;
import org.summitgraph.linkeddata.JsonLdContext;
import org.summitgraph.linkeddata.RdfFormat;
import org.summitgraph.store.StoreFactory;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** {@code export}: the store, or one graph of it, as a dump file or on standard output, streamed. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the store (or one graph) as TriG, N-Quads, Turtle, N-Triples, JSON-LD or RDF/XML";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph export [--format trig|nq|ttl|nt|jsonld|rdfxml] [--gzip] [--graph IRI]
                                          [--summitgraph.store=DIR] [--summitgraph.base-iri=IRI] FILE|-

                Writes the whole dataset, or the named graph IRI, streamed in constant memory.
                TriG and N-Quads keep the graph names; Turtle, N-Triples, JSON-LD and RDF/XML
                hold one graph: the union of all graphs, each triple once (or the graph asked for).
                The format defaults to the file's extension (.trig .nq .ttl .nt .jsonld .rdf),
                else N-Quads; a FILE ending in .gz, or --gzip, is compressed. '-' is standard output.
                IRIs are published under --summitgraph.base-iri (default https://summitgraph.org/).

                Exit code 0 when written, 1 when the store or the graph is missing or the file
                cannot be written, 2 for a bad command line.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        StoreOptions o = StoreOptions.parse(args, true);
        if (o.files.size() != 1) {
            throw new UsageException("give one output FILE, or - for standard output.");
        }
        String file = o.files.get(0);
        RdfFormat format = o.format != null
                ? RdfFormat.byName(o.format).orElseThrow(() -> new UsageException("unknown format " + o.format + "."))
                : RdfFormat.ofFileName(file).orElse(RdfFormat.NQUADS);
        BaseIri base;
        try {
            base = new BaseIri(o.baseIri);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        boolean gzip = o.gzip || file.endsWith(".gz");
        if (StoreFactory.IN_MEMORY.equals(o.store)
                || !StoreFactory.isRemoteLocation(o.store) && !Files.isDirectory(Path.of(o.store))) {
            err.println("summitgraph export: no store at " + o.store + ".");
            return Cli.FAILED;
        }
        Dataset dataset;
        try {
            dataset = StoreFactory.open(o.store);
        } catch (RuntimeException e) {
            err.println("summitgraph export: cannot open the store at " + o.store + ": " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            DumpWriter writer = new DumpWriter(dataset.asDatasetGraph(), base, JsonLdContext.standard());
            DumpScope scope = DumpScope.dataset();
            if (o.graph != null) {
                scope = DumpScope.graph(base.intern(NodeFactory.createURI(o.graph)));
                if (!writer.hasGraph(scope.graph())) {
                    err.println("summitgraph export: the store has no graph " + o.graph + ".");
                    return Cli.FAILED;
                }
            }
            long started = System.nanoTime();
            long n;
            try (OutputStream target = open(file, out, gzip)) {
                n = writer.write(scope, format, target);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("summitgraph export: %d %s in %.1f s (%.0f/s) to %s%n", n, format.quads() ? "quads" : "triples",
                    seconds, n / Math.max(seconds, 1e-9), file);
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("summitgraph export: cannot write " + file + ": " + e.getMessage());
            return Cli.FAILED;
        } finally {
            dataset.close();
        }
    }

    private static OutputStream open(String file, PrintStream stdout, boolean gzip) throws IOException {
        OutputStream raw = file.equals("-") ? new NonClosing(stdout) : new FileOutputStream(file);
        OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
        return gzip ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
    }

    /** Standard output is flushed, never closed: the caller may still print to it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
