package org.summitgraph.linkeddata;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streams the store, or one graph of it, in any {@link RdfFormat}, inside one read transaction, without
 * holding more than one subject's triples: quads straight from the store's graph-first index (so each graph's
 * quads come together, subject by subject); for one-graph formats over the whole dataset, the union of the
 * graphs, each triple once ({@link StoreScan}). IRIs are published under the base IRI.
 */
public final class DumpWriter {

    private static final int BUFFER = 1 << 16;

    private final DatasetGraph dsg;
    private final BaseIri base;
    private final JsonLdContext context;

    public DumpWriter(DatasetGraph dsg, BaseIri base, JsonLdContext context) {
        this.dsg = dsg;
        this.base = base;
        this.context = context;
    }

    /** @return how many triples or quads were written */
    public long write(DumpScope scope, RdfFormat format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            StreamRDF sink = base.publishing(sink(format, out, context));
            sink.start();
            prefixes().forEach(sink::prefix);
            long n = 0;
            if (format.quads()) {
                Iterator<Quad> quads = scope.wholeDataset() ? StoreScan.quads(dsg) : StoreScan.quads(dsg, scope.graph());
                while (quads.hasNext()) {
                    sink.quad(quads.next());
                    n++;
                }
            } else {
                Iterator<Triple> triples = scope.wholeDataset() ? StoreScan.union(dsg)
                        : Iter.map(StoreScan.quads(dsg, scope.graph()), Quad::asTriple);
                while (triples.hasNext()) {
                    sink.triple(triples.next());
                    n++;
                }
            }
            sink.finish();
            return n;
        });
    }

    /** Whether the store has the graph. */
    public boolean hasGraph(Node graph) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(graph));
    }

    /** A streaming writer of the format onto {@code out}; the caller calls start and finish. */
    static StreamRDF sink(RdfFormat format, OutputStream out, JsonLdContext context) {
        return switch (format) {
            case TRIG, TURTLE -> new TurtleStreamWriter(writer(out));
            case NQUADS -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case NTRIPLES -> StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            case JSONLD -> new JsonLdStreamWriter(writer(out), context);
            case RDFXML -> new RdfXmlStreamWriter(writer(out), JsonLdContext.PREFIXES);
        };
    }

    static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>(JsonLdContext.PREFIXES);
        p.put("id", BaseIri.INTERNAL + "id/");
        p.put("graph", BaseIri.INTERNAL + "graph/");
        return p;
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }
}
