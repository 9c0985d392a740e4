package org.summitgraph.graphview;

/** A request the graph view cannot answer as asked: a missing or malformed IRI, an unknown relation. */
class InvalidRequestException extends RuntimeException {

    InvalidRequestException(String message) {
        super(message);
    }
}
