package org.summitgraph.sparql;

import org.springframework.http.HttpStatus;

/** A SPARQL request that cannot be answered; the status and message go back to the client as they are. */
class SparqlException extends RuntimeException {

    private final HttpStatus status;

    SparqlException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
