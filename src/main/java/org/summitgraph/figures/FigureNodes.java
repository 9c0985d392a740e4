package org.summitgraph.figures;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.summitgraph.vocab.Digests;

/** The figure node of an entity or of a fact (subject, predicate, object); the same input always names the same node. */
public final class FigureNodes {

    private static final String ENTITY = FIG.ID + "entity/";
    private static final String FACT = FIG.ID + "fact/";

    private FigureNodes() {
    }

    public static Node entity(String iri) {
        return NodeFactory.createURI(ENTITY + Digests.hex(iri, 16));
    }

    public static Node fact(Node subject, Node predicate, Node object) {
        return NodeFactory.createURI(FACT + factId(subject, predicate, object));
    }

    /** The identifier of a fact's figure, as in {@code /evidence/{id}}. */
    public static String factId(Node subject, Node predicate, Node object) {
        return Digests.hex(key(subject) + "\n" + key(predicate) + "\n" + key(object), 16);
    }

    public static String factId(Node factNode) {
        return factNode.getURI().substring(FACT.length());
    }

    public static Node fact(String id) {
        return NodeFactory.createURI(FACT + id);
    }

    /** Equal for equal terms: the IRI, or a literal with its datatype and language. */
    private static String key(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return "\"" + node.getLiteralLexicalForm() + "\"^^" + node.getLiteralDatatypeURI() + "@"
                    + node.getLiteralLanguage();
        }
        return node.toString();
    }
}
