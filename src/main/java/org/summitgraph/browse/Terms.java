package org.summitgraph.browse;

import org.apache.jena.rdf.model.RDFNode;

import java.time.LocalDate;

/** Small conversions of the RDF terms in query rows. */
final class Terms {

    private Terms() {
    }

    /** A key that is equal for equal terms: the IRI, or the literal with its datatype and language. */
    static String key(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (node.isLiteral()) {
            return "\"" + node.asLiteral().getLexicalForm() + "\"^^" + node.asLiteral().getDatatypeURI()
                    + "@" + node.asLiteral().getLanguage();
        }
        return node.toString();
    }

    static String text(RDFNode node) {
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI()
                : node.toString();
    }

    static String uri(RDFNode node) {
        return node != null && node.isURIResource() ? node.asResource().getURI() : null;
    }

    static LocalDate date(RDFNode node) {
        try {
            return node == null ? null : LocalDate.parse(node.asLiteral().getLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A confidence between 0 and 1 as two decimals, or null. */
    static String confidence(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        try {
            return String.format(java.util.Locale.ROOT, "%.2f", node.asLiteral().getDouble());
        } catch (RuntimeException e) {
            return node.asLiteral().getLexicalForm();
        }
    }

    static Integer integer(RDFNode node) {
        try {
            return node == null ? null : node.asLiteral().getInt();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
