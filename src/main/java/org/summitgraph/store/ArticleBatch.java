package org.summitgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.summitgraph.figures.FigureBatch;
import org.summitgraph.search.NameIndex;

import java.util.HashSet;
import java.util.Set;

/**
 * The article graphs one write transaction adds and removes. On TDB2 the added graphs' quads get their node ids as
 * they come and are written together, sorted per index ({@link SortedQuadWriter}), when the batch is flushed, so a
 * graph need not be kept once added; whatever must read the
 * store first flushes it: a removal (the figures read the graph that goes), and the search for earlier versions of
 * an article when an article of the batch not yet written has the same URL or text. The figures go the same way
 * ({@link FigureBatch}). On another store every graph is added at once.
 */
final class ArticleBatch {

    /**
     * Quads gathered before they are written, in the transaction, whatever the batch's size: sorted runs of this
     * length keep most of the benefit of sorting (TDB2 copies a block once per transaction however often it is
     * touched), the writer's memory stays a few megabytes, and a commit is short, so the preparing threads seldom
     * wait for a writer busy with its indexes.
     */
    static final int WRITE_EVERY_QUADS = 1 << 17;

    private final Dataset dataset;
    private final int writeEveryQuads;
    private final SortedQuadWriter writer;
    private final FigureBatch figures;
    private final NameIndex.Additions names;
    private final Set<String> urls = new HashSet<>();
    private final Set<String> texts = new HashSet<>();

    ArticleBatch(Dataset dataset, int writeEveryQuads) {
        this.dataset = dataset;
        this.writeEveryQuads = writeEveryQuads;
        this.writer = SortedQuadWriter.of(dataset.asDatasetGraph());
        this.names = NameIndex.additions(dataset);
        // the figures' new quads are sorted and written with the articles' (they hold no names for the name index)
        this.figures = writer == null ? new FigureBatch(dataset) : new FigureBatch(dataset, writer::add, writer::flush);
    }

    /** Call before the store is asked for earlier versions of the article: they may be in this batch, unwritten. */
    void beforeLookup(GraphStore.Prepared article) {
        if ((article.url() != null && urls.contains(article.url())) || texts.contains(article.text())) {
            flush();
        }
    }

    void add(Node graph, GraphStore.Prepared article) {
        figures.articleAdded(article.figures());
        if (writer == null) {
            // whole, as a graph: a remote store reads ahead what the graph's terms need
            Graph content = GraphFactory.createDefaultGraph();
            for (Triple t : article.triples()) {
                content.add(t);
            }
            dataset.asDatasetGraph().addGraph(graph, content);
            return;
        }
        for (Triple t : article.triples()) {
            Quad quad = Quad.create(graph, t);
            writer.add(quad);
            // the writer goes beneath the name index's wrapper, which would otherwise see the name
            names.added(quad);
        }
        if (writer.pending() >= writeEveryQuads) {
            writeQuads();
        } else {
            if (article.url() != null) {
                urls.add(article.url());
            }
            texts.add(article.text());
        }
    }

    /** Removes a stored article graph and what it contributed to the figures. */
    void remove(Node graph) {
        flush();
        figures.articleRemoved(graph);
        dataset.removeNamedModel(graph.getURI());
        names.graphRemoved();
    }

    /** Writes what was gathered; call before the transaction commits. */
    void flush() {
        writeQuads();
        figures.flush();
    }

    /** The gathered quads into the indexes: the articles they come from can then be found in the store. */
    private void writeQuads() {
        if (writer != null) {
            writer.flush();
        }
        names.written();
        urls.clear();
        texts.clear();
    }
}
