package org.summitgraph.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

import java.net.URI;
import java.util.Objects;

/**
 * The base under which the graph is published. Inside the store every IRI the project mints starts with
 * {@value #INTERNAL} ({@code id/...} for things, {@code graph/...} for named graphs); published data may live under
 * another base ({@code https://data.example.org/kg/}). IRIs are rewritten on the way out and back on the way in.
 * The ontology's namespace is not rewritten: it is the project's vocabulary, whoever publishes the data.
 */
public final class BaseIri {

    public static final String INTERNAL = "https://summitgraph.org/";
    private static final String[] MINTED = {"id/", "graph/"};

    private final String base;

    public BaseIri(String base) {
        Objects.requireNonNull(base, "base");
        String b = base.endsWith("/") ? base : base + "/";
        URI uri = URI.create(b);
        if (!uri.isAbsolute() || uri.getHost() == null || !(b.startsWith("http://") || b.startsWith("https://"))) {
            throw new IllegalArgumentException("summitgraph.base-iri must be an absolute http(s) IRI, not '" + base + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("summitgraph.base-iri may not have a query or fragment: '" + base + "'");
        }
        this.base = b;
    }

    public static BaseIri internal() {
        return new BaseIri(INTERNAL);
    }

    /** The public base, ending with a slash. */
    public String value() {
        return base;
    }

    /** The path the base stands for on this server: {@code /} or {@code /kg/}. */
    public String path() {
        String p = URI.create(base).getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    public boolean isInternal() {
        return base.equals(INTERNAL);
    }

    /** The published form of a stored IRI. */
    public String publish(String iri) {
        return rewrite(iri, INTERNAL, base);
    }

    /** The stored form of a published IRI. */
    public String intern(String iri) {
        return rewrite(iri, base, INTERNAL);
    }

    public Node publish(Node n) {
        return isInternal() || !n.isURI() ? n : uri(n, publish(n.getURI()));
    }

    public Node intern(Node n) {
        return isInternal() || !n.isURI() ? n : uri(n, intern(n.getURI()));
    }

    /** A stream that writes published IRIs into {@code out}. */
    public StreamRDF publishing(StreamRDF out) {
        return isInternal() ? out : new Rewriting(out, true);
    }

    /** A stream that writes stored IRIs into {@code out}. */
    public StreamRDF interning(StreamRDF out) {
        return isInternal() ? out : new Rewriting(out, false);
    }

    private static Node uri(Node old, String iri) {
        return iri.equals(old.getURI()) ? old : NodeFactory.createURI(iri);
    }

    private static String rewrite(String iri, String from, String to) {
        if (from.equals(to) || !iri.startsWith(from)) {
            return iri;
        }
        for (String minted : MINTED) {
            if (iri.startsWith(minted, from.length())) {
                return to + iri.substring(from.length());
            }
        }
        return iri;
    }

    private final class Rewriting extends StreamRDFWrapper {
        private final boolean out;

        Rewriting(StreamRDF other, boolean out) {
            super(other);
            this.out = out;
        }

        private Node map(Node n) {
            return out ? publish(n) : intern(n);
        }

        @Override
        public void triple(Triple t) {
            super.triple(Triple.create(map(t.getSubject()), map(t.getPredicate()), map(t.getObject())));
        }

        @Override
        public void quad(Quad q) {
            super.quad(Quad.create(map(q.getGraph()), map(q.getSubject()), map(q.getPredicate()), map(q.getObject())));
        }

        @Override
        public void prefix(String prefix, String iri) {
            super.prefix(prefix, out ? publish(iri) : intern(iri));
        }
    }
}
