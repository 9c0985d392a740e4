package org.summitgraph.ingest;

/** No stored article has this identifier. */
class ArticleNotFoundException extends RuntimeException {

    ArticleNotFoundException(String id) {
        super("No article with id " + id + ".");
    }
}
