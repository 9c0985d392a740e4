package org.summitgraph.graphview;

/** The store holds nothing about the IRI asked for. */
class UnknownEntityException extends RuntimeException {

    UnknownEntityException(String iri) {
        super("Nothing is known about " + iri.strip());
    }
}
