package org.summitgraph.ingest;

import java.nio.file.Path;

/**
 * Hears what a bulk ingest does, on the thread that called {@link BulkIngest#run}: an article is reported stored
 * only once its batch has committed.
 */
public interface BulkListener {

    default void stored(Path file, IngestResult result) {
    }

    default void skipped(Path file, String articleId) {
    }

    default void refused(Path file, String reason) {
    }

    /** Called after every article handled and every batch committed; listeners decide how often to show it. */
    default void progress(BulkProgress progress) {
    }
}
