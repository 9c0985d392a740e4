package org.summitgraph.figures;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The figures' side of one write transaction that adds and removes article graphs. What an added article
 * contributes is read from its graph in memory, not from the store, and summed per figure; each figure is then
 * written once per batch ({@link #flush}) instead of once per article: a popular entity is mentioned by most
 * articles of a batch, and every count rewritten is a delete and an add in six indexes. The newest articles and
 * statements a figure keeps are the newest of the stored ones and the batch's, the same as adding one by one gives.
 * A removal reads the figures and the stored article graphs, so what was gathered is written first.
 */
public final class FigureBatch {

    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final Map<Node, Figures.Tally> entities = new HashMap<>();
    private final Map<Node, Figures.Tally> facts = new HashMap<>();

    private final Consumer<Quad> adds;
    private final Runnable writeAdds;

    public FigureBatch(Dataset dataset) {
        this(dataset, dataset.asDatasetGraph()::add, () -> { });
    }

    /**
     * A batch whose new figure quads go to {@code adds}, which writes them when {@code writeAdds} runs, at the end of
     * every {@link #flush}: a bulk writer sorts them with the articles' quads instead of inserting them one by one
     * through the store's wrappers. The quads it removes are removed from the dataset at once. No quad added is read
     * again before {@code writeAdds}: each figure is written once per flush.
     */
    public FigureBatch(Dataset dataset, Consumer<Quad> adds, Runnable writeAdds) {
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
        this.adds = adds;
        this.writeAdds = writeAdds;
    }

    /** Gathers what an article graph adds; the graph itself may reach the store later in the transaction. */
    public void articleAdded(Graph content) {
        articleAdded(Contribution.read(content));
    }

    /** Gathers what an article graph adds, read from it before ({@link Contribution#read(Graph)}). */
    public void articleAdded(Contribution c) {
        if (c.article() != null) {
            for (Node entity : c.entities()) {
                entities.computeIfAbsent(FigureNodes.entity(entity.getURI()), k -> new Figures.Tally(Figures.RECENT_ARTICLES))
                        .count(1, 0, List.of(c.article()));
            }
        }
        c.facts().forEach((figure, fact) -> facts.computeIfAbsent(figure, k -> new Figures.Tally(Figures.RECENT_STATEMENTS))
                .count(fact.statements().size(), fact.articles(), fact.statements()));
    }

    /**
     * Takes away what the stored article graph {@code graph} contributed; call before the graph is removed, once
     * every graph added before it is in the store.
     */
    public void articleRemoved(Node graph) {
        flush();
        Figures.articleRemoved(dataset, graph);
    }

    /** Writes what was gathered; call inside the write transaction, before it commits. */
    public void flush() {
        entities.forEach((figure, t) -> {
            Figures.add(dsg, adds, figure, FIG.articles, t.count);
            Figures.keepNewest(dsg, adds, figure, FIG.recentArticle, t.newest(), Figures.RECENT_ARTICLES,
                    node -> new Ranked(node, Contribution.date(dsg, Node.ANY, node), null));
        });
        facts.forEach((figure, t) -> {
            Figures.add(dsg, adds, figure, FIG.statements, t.count);
            Figures.add(dsg, adds, figure, FIG.articles, t.articles);
            Figures.keepNewest(dsg, adds, figure, FIG.recentStatement, t.newest(), Figures.RECENT_STATEMENTS,
                    node -> Figures.statement(dsg, Node.ANY, node));
        });
        entities.clear();
        facts.clear();
        writeAdds.run();
    }
}
