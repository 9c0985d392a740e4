package org.summitgraph.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Loads a dump into the store in one write transaction: all of it, or nothing when the dump is malformed. Quads
 * keep their graph; triples (and quads of a dump's default graph) go into one named graph, since the store's default
 * graph is the union of its named graphs. IRIs published under another base are turned back into stored ones.
 */
public final class DumpReader {

    /** The graph that triples of a one-graph dump go into unless another is named. */
    public static final String IMPORTED = BaseIri.INTERNAL + "graph/imported";

    /** A dump that could not be read; the store is unchanged. */
    public static final class MalformedDumpException extends RuntimeException {
        MalformedDumpException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DatasetGraph dsg;
    private final BaseIri base;

    public DumpReader(DatasetGraph dsg, BaseIri base) {
        this.dsg = dsg;
        this.base = base;
    }

    /** @return how many triples or quads were read */
    public long load(Path file, RdfFormat format, Node triplesGraph) {
        long[] count = {0};
        try (InputStream in = open(file)) {
            Txn.executeWrite(dsg, () -> {
                StreamRDF into = new IntoGraph(StreamRDFLib.dataset(dsg), base.intern(triplesGraph), count);
                RDFParser.source(in).lang(format.lang()).parse(base.interning(into));
            });
        } catch (RiotException e) {
            throw new MalformedDumpException(file + " is not valid " + format.lang().getLabel() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedDumpException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return count[0];
    }

    /** The dump's bytes, gunzipped when its name ends in .gz. */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static final class IntoGraph extends StreamRDFWrapper {
        private final Node graph;
        private final long[] count;

        IntoGraph(StreamRDF other, Node graph, long[] count) {
            super(other);
            this.graph = graph;
            this.count = count;
        }

        @Override
        public void triple(Triple triple) {
            count[0]++;
            super.quad(Quad.create(graph, triple));
        }

        @Override
        public void quad(Quad quad) {
            count[0]++;
            super.quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
        }
    }
}
