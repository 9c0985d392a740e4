package org.summitgraph.cli;

/** The command line asks for something the command cannot do; the message says what. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
