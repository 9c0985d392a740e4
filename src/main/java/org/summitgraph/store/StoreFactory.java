package org.summitgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.summitgraph.search.NameIndex;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the TDB2 store: in a folder, or in memory for tests and one-off runs; with its name index beside it
 * ({@code <store>/text-index}, or in memory), so that every writer, the command line included, keeps the index current.
 */
public final class StoreFactory {

    /** The location that asks for a store in memory. */
    public static final String IN_MEMORY = "mem";

    private StoreFactory() {
    }

    public static Dataset open(String location) {
        Dataset dataset;
        if (IN_MEMORY.equals(location)) {
            dataset = TDB2Factory.createDataset();
        } else {
            Path dir = Path.of(location);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("The store location " + dir.toAbsolutePath() + " is a file, not a folder.");
            }
            dataset = TDB2Factory.connectDataset(location);
        }
        // queries see the union of the named graphs as their default graph
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return NameIndex.wrap(dataset, IN_MEMORY.equals(location) ? null : Path.of(location, NameIndex.FOLDER));
    }
}
