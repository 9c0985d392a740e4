package org.summitgraph.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * RDF/XML written as the triples arrive (Jena's RDF/XML writers need the whole graph in memory): one
 * {@code rdf:Description} per run of triples with the same subject, properties named with the known prefixes, or
 * with a namespace declared on the property element itself when their namespace has no prefix. Graph names are
 * dropped: RDF/XML holds one graph.
 */
final class RdfXmlStreamWriter implements StreamRDF {

    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final Writer out;
    private final Map<String, String> prefixes;
    private final StringBuilder b = new StringBuilder(8192);
    private Node subject;

    /** @param prefixes prefix to namespace; declared on the root element */
    RdfXmlStreamWriter(Writer out, Map<String, String> prefixes) {
        this.out = out;
        this.prefixes = prefixes;
    }

    @Override
    public void start() {
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        prefixes.forEach((p, ns) -> {
            b.append("\n    xmlns:").append(p).append("=\"");
            attribute(ns);
            b.append('"');
        });
        if (!prefixes.containsKey("rdf")) {
            b.append("\n    xmlns:rdf=\"").append(RDF_NS).append('"');
        }
        b.append(">\n");
    }

    @Override
    public void triple(Triple t) {
        if (!t.getSubject().equals(subject)) {
            closeSubject();
            subject = t.getSubject();
            b.append("  <rdf:Description ");
            node(t.getSubject(), "rdf:about");
            b.append(">\n");
        }
        property(t.getPredicate(), t.getObject());
        if (b.length() > 1 << 16) {
            drain();
        }
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void finish() {
        closeSubject();
        b.append("</rdf:RDF>\n");
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeSubject() {
        if (subject != null) {
            b.append("  </rdf:Description>\n");
            subject = null;
        }
    }

    private void node(Node n, String iriAttribute) {
        if (n.isBlank()) {
            b.append("rdf:nodeID=\"").append(BlankLabels.safe(n.getBlankNodeLabel())).append('"');
        } else if (n.isURI()) {
            b.append(iriAttribute).append("=\"");
            attribute(n.getURI());
            b.append('"');
        } else {
            throw new IllegalArgumentException("RDF/XML cannot write " + n + " as a subject or object node");
        }
    }

    private void property(Node predicate, Node object) {
        String iri = predicate.getURI();
        int split = split(iri);
        if (split <= 0 || split >= iri.length()) {
            throw new IllegalArgumentException("RDF/XML cannot write the property " + iri
                    + ": it does not end with an XML name");
        }
        String ns = iri.substring(0, split);
        String local = iri.substring(split);
        String prefix = prefixFor(ns);
        String qname = (prefix == null ? "p" : prefix) + ":" + local;
        b.append("    <").append(qname);
        if (prefix == null) {
            b.append(" xmlns:p=\"");
            attribute(ns);
            b.append('"');
        }
        if (!object.isLiteral()) {
            b.append(' ');
            node(object, "rdf:resource");
            b.append("/>\n");
            return;
        }
        String lang = object.getLiteralLanguage();
        String datatype = object.getLiteralDatatypeURI();
        if (lang != null && !lang.isEmpty()) {
            b.append(" xml:lang=\"");
            attribute(lang);
            b.append('"');
        } else if (!XSDDatatype.XSDstring.getURI().equals(datatype)) {
            b.append(" rdf:datatype=\"");
            attribute(datatype);
            b.append('"');
        }
        b.append('>');
        text(object.getLiteralLexicalForm());
        b.append("</").append(qname).append(">\n");
    }

    private String prefixFor(String ns) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (p.getValue().equals(ns)) {
                return p.getKey();
            }
        }
        return RDF_NS.equals(ns) ? "rdf" : null;
    }

    /** Where the XML local name at the end of an IRI begins, or -1. */
    static int split(String iri) {
        int i = iri.length();
        while (i > 0 && nameChar(iri.charAt(i - 1))) {
            i--;
        }
        while (i < iri.length() && !nameStart(iri.charAt(i))) {
            i++;
        }
        return i < iri.length() ? i : -1;
    }

    private static boolean nameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private void attribute(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#xA;");
                case '\r' -> b.append("&#xD;");
                case '\t' -> b.append("&#x9;");
                default -> legal(c);
            }
        }
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#xD;");
                case '\n', '\t' -> b.append(c);
                default -> legal(c);
            }
        }
    }

    /** XML 1.0 has no way to write most control characters, escaped or not. */
    private void legal(char c) {
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException("RDF/XML (XML 1.0) cannot hold the character U+"
                    + String.format("%04X", (int) c));
        }
        b.append(c);
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
