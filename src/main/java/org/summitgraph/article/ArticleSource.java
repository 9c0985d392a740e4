package org.summitgraph.article;

import java.util.Objects;

/**
 * The raw bytes of an article and what its sender says about them.
 *
 * @param content the bytes, never null
 * @param mediaType e.g. {@code text/html}; null when unknown (then the content and file name decide)
 * @param fileName the name of the file it came from; null when it did not come from a file
 */
public record ArticleSource(byte[] content, String mediaType, String fileName) {

    public ArticleSource {
        Objects.requireNonNull(content, "content");
    }
}
