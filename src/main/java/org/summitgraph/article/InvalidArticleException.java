package org.summitgraph.article;

/** The input cannot be read as an article; the message says why, in words a user can act on. */
public class InvalidArticleException extends RuntimeException {

    private final Reason reason;

    public enum Reason { EMPTY, TOO_LARGE, NOT_TEXT, UNSUPPORTED_TYPE, BAD_METADATA, REFUSED_BY_SHAPES }

    public InvalidArticleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
