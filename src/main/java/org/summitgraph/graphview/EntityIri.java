package org.summitgraph.graphview;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** Checks what a reader typed or a link carried before it goes anywhere near a query. */
final class EntityIri {

    private EntityIri() {
    }

    /**
     * The IRI itself, once known to be a well-formed absolute IRI, so that it can be written into SPARQL as an
     * IRI and nothing else.
     *
     * @throws InvalidRequestException when it is missing, relative or malformed
     */
    static String require(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidRequestException("The parameter iri is required.");
        }
        String iri = raw.strip();
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute()) {
                throw new InvalidRequestException("Not an absolute IRI: " + iri);
            }
        } catch (IRIException e) {
            throw new InvalidRequestException("Not an IRI: " + iri);
        }
        return iri;
    }
}
