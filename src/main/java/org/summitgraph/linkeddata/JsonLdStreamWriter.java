package org.summitgraph.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON-LD in compact form with SummitGraph's context, written as the triples or quads arrive: one node object per
 * run of triples with the same subject, one {@code {"@id": graph, "@graph": [...]}} per run of quads in the same
 * graph. Memory holds one subject's triples at a time, so a dump of any size streams. Input in subject order (as
 * the store's indexes give it) makes one node object per subject; otherwise a subject gets several, which JSON-LD
 * merges when read.
 */
final class JsonLdStreamWriter implements StreamRDF {

    private static final String INDENT = "    ";

    private final Writer out;
    private final JsonLdContext context;
    private final List<Triple> subjectTriples = new ArrayList<>();
    private Node subject;
    private Node graph;
    private boolean inNamedGraph;
    private boolean firstTop = true;
    private boolean firstInGraph = true;

    JsonLdStreamWriter(Writer out, JsonLdContext context) {
        this.out = out;
        this.context = context;
    }

    @Override
    public void start() {
        write("{\n  \"@context\": " + context.json() + ",\n  \"@graph\": [");
    }

    @Override
    public void triple(Triple triple) {
        add(null, triple);
    }

    @Override
    public void quad(Quad quad) {
        add(quad.isDefaultGraph() ? null : quad.getGraph(), quad.asTriple());
    }

    private void add(Node g, Triple t) {
        if (!Objects.equals(g, graph)) {
            flushSubject();
            closeGraph();
            graph = g;
            if (g != null) {
                write(firstTop ? "\n" : ",\n");
                firstTop = false;
                write("    {\"@id\": " + Json.string(id(g)) + ", \"@graph\": [");
                inNamedGraph = true;
                firstInGraph = true;
            }
        }
        if (!t.getSubject().equals(subject)) {
            flushSubject();
            subject = t.getSubject();
        }
        subjectTriples.add(t);
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void finish() {
        flushSubject();
        closeGraph();
        write("\n  ]\n}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeGraph() {
        if (inNamedGraph) {
            write("\n    ]}");
            inNamedGraph = false;
        }
    }

    private void flushSubject() {
        if (subjectTriples.isEmpty()) {
            return;
        }
        String indent = inNamedGraph ? INDENT + INDENT : INDENT;
        StringBuilder b = new StringBuilder(256);
        if (inNamedGraph) {
            b.append(firstInGraph ? "\n" : ",\n");
            firstInGraph = false;
        } else {
            b.append(firstTop ? "\n" : ",\n");
            firstTop = false;
        }
        b.append(indent).append("{\"@id\": ");
        Json.append(b, id(subject));
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        List<Node> types = new ArrayList<>();
        for (Triple t : subjectTriples) {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                types.add(t.getObject());
            } else {
                byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        if (!types.isEmpty()) {
            b.append(",\n").append(indent).append("  \"@type\": ");
            values(b, types, n -> Json.append(b, context.compact(n.getURI())));
        }
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            String iri = e.getKey().getURI();
            JsonLdContext.Term term = context.term(iri);
            b.append(",\n").append(indent).append("  ");
            Json.append(b, context.compact(iri));
            b.append(": ");
            String coercion = term == null ? null : term.coercion();
            values(b, e.getValue(), n -> value(b, n, coercion));
        }
        b.append('}');
        write(b.toString());
        subjectTriples.clear();
    }

    private interface ValueWriter {
        void write(Node n);
    }

    private static void values(StringBuilder b, List<Node> nodes, ValueWriter w) {
        if (nodes.size() == 1) {
            w.write(nodes.get(0));
            return;
        }
        b.append('[');
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            w.write(nodes.get(i));
        }
        b.append(']');
    }

    /** A value in the shortest form the term's coercion allows; the explicit form otherwise. */
    private static void value(StringBuilder b, Node n, String coercion) {
        if (n.isURI() || n.isBlank()) {
            if ("@id".equals(coercion)) {
                Json.append(b, id(n));
            } else {
                b.append("{\"@id\": ");
                Json.append(b, id(n));
                b.append('}');
            }
            return;
        }
        if (!n.isLiteral()) {
            throw new IllegalArgumentException("JSON-LD cannot write the node " + n);
        }
        String lang = n.getLiteralLanguage();
        String datatype = n.getLiteralDatatypeURI();
        if (lang != null && !lang.isEmpty()) {
            b.append("{\"@value\": ");
            Json.append(b, n.getLiteralLexicalForm());
            b.append(", \"@language\": ");
            Json.append(b, lang);
            b.append('}');
        } else if (coercion == null && XSDDatatype.XSDstring.getURI().equals(datatype)) {
            Json.append(b, n.getLiteralLexicalForm());
        } else if (datatype.equals(coercion)) {
            Json.append(b, n.getLiteralLexicalForm());
        } else {
            b.append("{\"@value\": ");
            Json.append(b, n.getLiteralLexicalForm());
            if (!XSDDatatype.XSDstring.getURI().equals(datatype)) {
                b.append(", \"@type\": ");
                Json.append(b, JsonLdContext.prefixed(datatype));
            }
            b.append('}');
        }
    }

    private static String id(Node n) {
        if (n.isBlank()) {
            return "_:" + BlankLabels.safe(n.getBlankNodeLabel());
        }
        return n.getURI();
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
