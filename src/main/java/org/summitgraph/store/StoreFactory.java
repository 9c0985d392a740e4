package org.summitgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.summitgraph.figures.FIG;
import org.summitgraph.figures.Figures;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.search.NameIndex;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the store: TDB2 in a folder, or in memory for tests and one-off runs, with its name index beside it
 * ({@code <store>/text-index}, or in memory), so that every writer, the command line included, keeps the index current;
 * or a remote SPARQL server, with the name index in memory, filled from the server's names when opened.
 */
public final class StoreFactory {

    /** The location that asks for a store in memory. */
    public static final String IN_MEMORY = "mem";

    private StoreFactory() {
    }

    /**
     * The TDB2 store at {@code location} ({@code mem} for one in memory); a location that is an http(s) URL is a
     * remote Fuseki dataset, as with {@code summitgraph.store.mode=remote} and {@code summitgraph.store.remote.url}
     * (what the command line uses, with {@code SUMMITGRAPH_STORE_REMOTE_USER} and {@code _PASSWORD} from the environment).
     */
    public static Dataset open(String location) {
        if (isRemoteLocation(location)) {
            return openRemote(RemoteService.of(location, null, null, null,
                    System.getenv("SUMMITGRAPH_STORE_REMOTE_USER"), System.getenv("SUMMITGRAPH_STORE_REMOTE_PASSWORD")));
        }
        Dataset dataset;
        if (IN_MEMORY.equals(location)) {
            dataset = TDB2Factory.createDataset();
        } else {
            Path dir = Path.of(location);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("The store location " + dir.toAbsolutePath() + " is a file, not a folder.");
            }
            dataset = StoreLayout.connect(dir);
        }
        // queries see the union of the named graphs as their default graph
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return NameIndex.wrap(dataset, IN_MEMORY.equals(location) ? null : Path.of(location, NameIndex.FOLDER));
    }

    /** Whether a store location names a remote Fuseki dataset (an http(s) URL) rather than a folder. */
    public static boolean isRemoteLocation(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** The store as the settings say: TDB2 at {@code location}, or the remote server. */
    public static Dataset open(StoreProperties settings, String location) {
        return settings.mode() == StoreProperties.Mode.REMOTE ? openRemote(settings.remote().service()) : open(location);
    }

    /**
     * The store kept in a remote SPARQL server. The name index is rebuilt in memory from the server's names at every
     * start and kept current by this process's writes (not by other processes writing to the same server).
     */
    public static Dataset openRemote(RemoteService service) {
        RemoteQueryEngine.register();
        RemoteDatasetGraph remote = new RemoteDatasetGraph(service, Figures.versionMark());
        remote.readAheadOnAdd(FIG.GRAPH, (graph, content) -> GraphNames.isArticleGraph(graph)
                ? Figures.touchedBy(graph, content) : java.util.List.of());
        try {
            return NameIndex.wrapRemote(DatasetFactory.wrap(remote), remote);
        } catch (RuntimeException e) {
            // the first request: say which server, not only what the HTTP client saw
            throw new IllegalStateException("The remote store does not answer (" + service + "): " + e.getMessage(), e);
        }
    }

    /** Whether the dataset is kept in a remote server. */
    public static boolean isRemote(Dataset dataset) {
        return RemoteDatasetGraph.of(dataset.asDatasetGraph()) != null;
    }
}
