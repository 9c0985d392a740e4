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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turtle, or TriG when quads arrive, written as they arrive: a subject is written once for its run of triples
 * ({@code ;} between predicates, {@code ,} between objects of the same predicate), each run of quads of one graph
 * in a {@code <graph> { ... }} block. Jena's streaming Turtle writer pads its indentation one character at a time,
 * which made a dump spend most of its time indenting; this writes each subject with plain string building.
 */
final class TurtleStreamWriter implements StreamRDF {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final String TYPE = RDF.type.getURI();

    private final Writer out;
    private final StringBuilder b = new StringBuilder(1 << 16);
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private Node graph;
    private boolean inGraph;
    private Node subject;
    private Node predicate;

    TurtleStreamWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void start() {
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.put(prefix, iri);
        b.append("@prefix ").append(prefix).append(": <");
        iriChars(iri);
        b.append("> .\n");
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void triple(Triple t) {
        add(null, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void quad(Quad q) {
        add(q.isDefaultGraph() ? null : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    private void add(Node g, Node s, Node p, Node o) {
        if (!Objects.equals(g, graph)) {
            endSubject();
            if (inGraph) {
                b.append("}\n");
                inGraph = false;
            }
            graph = g;
            if (g != null) {
                b.append('\n');
                node(g);
                b.append(" {\n");
                inGraph = true;
            }
        }
        if (s.equals(subject)) {
            if (p.equals(predicate)) {
                b.append(" , ");
            } else {
                b.append(" ;\n    ");
                predicate(p);
                b.append(' ');
            }
        } else {
            endSubject();
            if (!inGraph) {
                b.append('\n');
            }
            node(s);
            b.append(' ');
            predicate(p);
            b.append(' ');
        }
        subject = s;
        predicate = p;
        node(o);
        if (b.length() > 1 << 15) {
            drain();
        }
    }

    private void endSubject() {
        if (subject != null) {
            b.append(" .\n");
            subject = null;
            predicate = null;
        }
    }

    @Override
    public void finish() {
        endSubject();
        if (inGraph) {
            b.append("}\n");
        }
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void predicate(Node p) {
        if (p.isURI() && p.getURI().equals(TYPE)) {
            b.append('a');
        } else {
            node(p);
        }
    }

    private void node(Node n) {
        if (n.isURI()) {
            iri(n.getURI());
        } else if (n.isBlank()) {
            b.append("_:").append(BlankLabels.safe(n.getBlankNodeLabel()));
        } else if (n.isLiteral()) {
            literal(n);
        } else {
            throw new IllegalArgumentException("Turtle cannot write the node " + n);
        }
    }

    private void iri(String iri) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String ns = p.getValue();
            if (iri.startsWith(ns) && LOCAL.matcher(iri).region(ns.length(), iri.length()).matches()) {
                b.append(p.getKey()).append(':').append(iri, ns.length(), iri.length());
                return;
            }
        }
        b.append('<');
        iriChars(iri);
        b.append('>');
    }

    /** Characters an IRIREF may not hold are written as \\u escapes, which Turtle allows there. */
    private void iriChars(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                    || c == '`' || c == '\\') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
    }

    private void literal(Node n) {
        // a JSON string is also a Turtle short string: the same escapes, and a numeric escape for every control character
        Json.append(b, n.getLiteralLexicalForm());
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            b.append('@').append(lang);
        } else if (!XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI())) {
            b.append("^^");
            iri(n.getLiteralDatatypeURI());
        }
    }

    private void drain() {
        try {
            out.write(b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.setLength(0);
    }
}
