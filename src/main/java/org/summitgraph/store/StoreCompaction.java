package org.summitgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Keeps a TDB2 store folder small. TDB2 writes copy-on-write: every write transaction appends new index blocks and
 * never reuses the old ones, so a store grows with the number of transactions, not only with its data. Compaction
 * copies the live data into a fresh {@code Data-NNNN} folder and deletes the old one; the name index beside it is
 * untouched.
 */
public final class StoreCompaction {

    private StoreCompaction() {
    }

    /** Compacts the store under the dataset (its name index wrapper included); false for a store in memory. */
    public static boolean compact(Dataset dataset) {
        DatasetGraph tdb = unwrap(dataset.asDatasetGraph());
        if (!(tdb instanceof DatasetGraphSwitchable switchable) || switchable.getLocation().isMem()) {
            return false;
        }
        DatabaseMgr.compact(switchable, true);
        return true;
    }

    /** The switchable TDB2 dataset under the wrappers (it is a wrapper itself, of the current Data-NNNN folder). */
    private static DatasetGraph unwrap(DatasetGraph dsg) {
        while (!(dsg instanceof DatasetGraphSwitchable) && dsg instanceof DatasetGraphWrapper wrapper) {
            dsg = wrapper.getWrapped();
        }
        return dsg;
    }

    /** Bytes the files under a folder take (their length, as {@code ls} counts it), 0 when it does not exist. */
    public static long bytesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreCompaction::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + folder, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // a file TDB2 removed while the folder was walked
            return 0;
        }
    }
}
