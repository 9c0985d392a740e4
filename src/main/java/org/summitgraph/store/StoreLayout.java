package org.summitgraph.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.DatabaseOps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The indexes a new TDB2 store keeps. TDB2's default keeps every quad in six orders; SummitGraph keeps four: GSPO
 * and the three orders that leave the graph last (SPOG, POSG, OSPG). Every pattern over the union default graph, and
 * every {@code GRAPH ?g} pattern, is answered by one of the three; a pattern inside a graph named in the query with
 * its subject unbound ({@code GRAPH <g> { ?s sg:refersTo ?e }}) reads that graph through GSPO instead of GPOS or
 * GOSP, which costs little because such graphs are small (an article's holds about 1,200 quads) or are read by
 * subject (the figures). Each quad written costs four B+tree inserts instead of six: bulk ingestion spends about a
 * twentieth less CPU, and a store takes about a third less disk.
 * <p>
 * Only a new store is laid out so, and TDB2 reads the layout back from the storage folder's {@code tdb.cfg} at every
 * opening. A store made before, with the six orders and no {@code tdb.cfg}, is opened as it was made, so that none
 * of its indexes is left behind, stale.
 */
final class StoreLayout {

    /** The quad orders of a new store, the primary (GSPO) first. */
    static final List<String> QUAD_INDEXES = List.of("GSPO", "SPOG", "POSG", "OSPG");
    private static final Set<String> INDEX_FILE_KINDS = Set.of("bpt", "dat", "idn");

    private StoreLayout() {
    }

    /** The TDB2 store in the folder, made with {@link #QUAD_INDEXES} when none is there yet. */
    static Dataset connect(Path folder) {
        if (isNewStore(folder)) {
            Path storage = folder.resolve(DatabaseOps.dbNameBase + DatabaseOps.SEP + DatabaseOps.startCount);
            createDirectories(storage);
            // in the storage folder, not beside it: compaction copies the storage folder's configuration along
            StoreParamsCodec.write(Location.create(storage), StoreParams.builder()
                    .quadIndexes(QUAD_INDEXES.toArray(String[]::new)).primaryIndexQuads(QUAD_INDEXES.get(0)).build());
        } else {
            removeUnusedIndexes(folder);
        }
        return TDB2Factory.connectDataset(folder.toString());
    }

    /**
     * No TDB2 store has been made in the folder: it does not exist, or holds neither a {@code Data-NNNN} folder nor a
     * {@code tdb.cfg} (a name index alone may be there, left from a store that was deleted).
     */
    static boolean isNewStore(Path folder) {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .noneMatch(name -> name.startsWith(DatabaseOps.dbNameBase + DatabaseOps.SEP) || name.equals("tdb.cfg"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store folder " + folder, e);
        }
    }

    /**
     * Deletes the files of quad orders the store's layout does not keep. TDB2's compaction (Jena 5.6) writes the
     * compacted copy in all six orders whatever the layout, and copies the layout along, so the copy is opened again
     * with four: the two others were filled once by the compaction, are never read or written after, and only take
     * disk. Called before TDB2 opens the store, when no file of it is in use.
     */
    static void removeUnusedIndexes(Path folder) {
        Path storage = newestStorage(folder);
        if (storage == null || !Files.exists(storage.resolve("tdb.cfg"))) {
            return;
        }
        Set<String> kept = Set.copyOf(Arrays.asList(StoreParamsCodec.read(Location.create(storage)).getQuadIndexes()));
        try (Stream<Path> files = Files.list(storage)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot == 4 && INDEX_FILE_KINDS.contains(name.substring(dot + 1)) && isQuadOrder(name.substring(0, dot))
                        && !kept.contains(name.substring(0, dot))) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy the store folder " + storage, e);
        }
    }

    /** The live storage folder: the Data-NNNN with the highest number, as TDB2 chooses it. */
    private static Path newestStorage(Path folder) {
        String prefix = DatabaseOps.dbNameBase + DatabaseOps.SEP;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches(prefix + "\\d+"))
                    .max((a, b) -> Integer.compare(number(a, prefix), number(b, prefix)))
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store folder " + folder, e);
        }
    }

    private static int number(Path storage, String prefix) {
        return Integer.parseInt(storage.getFileName().toString().substring(prefix.length()));
    }

    /** G, S, P and O each once: the name of a quad order. */
    private static boolean isQuadOrder(String name) {
        return name.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().equals("GOPS");
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the store folder " + dir, e);
        }
    }
}
