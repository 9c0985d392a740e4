package org.summitgraph.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.summitgraph.linkeddata.BaseIri;
import org.summitgraph.linkeddata.DumpReader;
import org.summitgraph.linkeddata.RdfFormat;
import org.summitgraph.store.StoreFactory;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code import-dump FILE}: a dump written by {@code export} (or any RDF file) into a store, in one transaction. */
final class ImportDumpCommand implements Command {

    @Override
    public String name() {
        return "import-dump";
    }

    @Override
    public String summary() {
        return "load a dump (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML, .gz) into a store";
    }

    @Override
    public String usage() {
        return """
                Usage: summitgraph import-dump [--format F] [--graph IRI] [--summitgraph.store=DIR]
                                               [--summitgraph.base-iri=IRI] FILE

                Loads FILE into the store (created when missing) in one transaction: all of
                it or, when FILE is malformed, nothing. The format comes from the extension
                (.trig .nq .ttl .nt .jsonld .rdf, optionally .gz) unless --format says it.
                Quads keep their graphs; triples go into the graph --graph (default
                https://summitgraph.org/graph/imported). IRIs published under --summitgraph.base-iri
                are turned back into the store's own. The server must not run on the same store.

                Exit code 0 when loaded, 1 when the dump is malformed or the store cannot be
                opened, 2 for a bad command line or a file that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        StoreOptions o = StoreOptions.parse(args, false);
        if (o.files.size() != 1) {
            throw new UsageException("give one dump FILE.");
        }
        Path file = Path.of(o.files.get(0));
        RdfFormat format = o.format != null
                ? RdfFormat.byName(o.format).orElseThrow(() -> new UsageException("unknown format " + o.format + "."))
                : RdfFormat.ofFileName(file.getFileName().toString()).orElseThrow(() -> new UsageException(
                        "cannot tell the format of " + file + " from its name; give --format."));
        BaseIri base;
        try {
            base = new BaseIri(o.baseIri);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("summitgraph import-dump: cannot read " + file + ".");
            return Cli.USAGE;
        }
        Dataset dataset;
        try {
            dataset = StoreFactory.open(o.store);
        } catch (RuntimeException e) {
            err.println("summitgraph import-dump: cannot open the store at " + o.store + ": " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            long started = System.nanoTime();
            long n = new DumpReader(dataset.asDatasetGraph(), base)
                    .load(file, format, NodeFactory.createURI(o.graph == null ? DumpReader.IMPORTED : o.graph));
            out.printf("%d %s from %s loaded into %s in %.1f s%n", n, format.quads() ? "quads" : "triples", file, o.store,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (DumpReader.MalformedDumpException e) {
            err.println("summitgraph import-dump: " + e.getMessage() + " Nothing was loaded.");
            return Cli.FAILED;
        } finally {
            dataset.close();
        }
    }
}
