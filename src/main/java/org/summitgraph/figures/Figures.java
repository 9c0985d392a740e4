package org.summitgraph.figures;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What entity pages would otherwise count and sort on every request, kept in the named graph {@link FIG#GRAPH}:
 * per entity, how many articles mention it or report on it and its {@value #RECENT_ARTICLES} newest articles; per
 * fact (subject, predicate, object), how many statements and articles back it and its {@value #RECENT_STATEMENTS}
 * newest statements.
 * <p>
 * Writers tell a {@link FigureBatch} what article graphs they add and remove, inside the write transaction that
 * changes the graphs, so the figures always match the articles. {@link #rebuild}
 * computes them from scratch; {@link #ensure} does that for a store that has none yet (one written before figures
 * existed).
 */
public final class Figures {

    private static final Logger log = LoggerFactory.getLogger(Figures.class);

    /** The newest articles kept per entity: an entity page's first page of articles. */
    public static final int RECENT_ARTICLES = 20;
    /** The newest statements kept per fact: what a "why?" shows. */
    public static final int RECENT_STATEMENTS = 5;
    /** Raised when what the figures hold changes, so that old figures are rebuilt at start-up. */
    private static final Node VERSION = integer(1);

    private Figures() {
    }

    /** The quad that marks the figures as current; a store without it gets them recomputed when opened. */
    public static Quad versionMark() {
        return Quad.create(FIG.GRAPH, FIG.STORE, FIG.version, VERSION);
    }

    /**
     * The figure nodes that storing this article graph reads and changes (its entities' and its facts'), so a store
     * that pays a round trip per read can fetch them at once beforehand.
     */
    public static Set<Node> touchedBy(Node graph, org.apache.jena.graph.Graph content) {
        DatasetGraph one = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        one.addGraph(graph, content);
        Contribution c = Contribution.read(one, graph);
        Set<Node> out = new LinkedHashSet<>();
        if (c.article() != null) {
            c.entities().forEach(entity -> out.add(FigureNodes.entity(entity.getURI())));
        }
        out.addAll(c.facts().keySet());
        return out;
    }

    /** Builds the figures when the store has none of this version; its own write transaction. */
    public static void ensure(Dataset dataset) {
        boolean present = Txn.calculateRead(dataset,
                () -> dataset.asDatasetGraph().contains(FIG.GRAPH, FIG.STORE, FIG.version, VERSION));
        if (!present) {
            long start = System.nanoTime();
            Txn.executeWrite(dataset, () -> rebuild(dataset));
            log.info("Figures computed for every stored article in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Takes away what the article graph {@code graph} contributed. Call inside the write transaction, before the
     * graph is removed: its content says what to take away.
     */
    static void articleRemoved(Dataset dataset, Node graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Contribution c = Contribution.read(dsg, graph);
        if (c.article() != null) {
            for (Node entity : c.entities()) {
                Node figure = FigureNodes.entity(entity.getURI());
                if (add(dsg, figure, FIG.articles, -1) <= 0) {
                    dsg.deleteAny(FIG.GRAPH, figure, Node.ANY, Node.ANY);
                } else if (dsg.contains(FIG.GRAPH, figure, FIG.recentArticle, c.article().node())) {
                    replaceNewest(dsg, figure, FIG.recentArticle, articlesOf(dsg, entity, graph), RECENT_ARTICLES);
                }
            }
        }
        for (Map.Entry<Node, Contribution.Fact> e : c.facts().entrySet()) {
            Node figure = e.getKey();
            Contribution.Fact fact = e.getValue();
            add(dsg, figure, FIG.articles, -fact.articles());
            if (add(dsg, figure, FIG.statements, -fact.statements().size()) <= 0) {
                dsg.deleteAny(FIG.GRAPH, figure, Node.ANY, Node.ANY);
            } else if (fact.statements().stream().anyMatch(
                    st -> dsg.contains(FIG.GRAPH, figure, FIG.recentStatement, st.node()))) {
                replaceNewest(dsg, figure, FIG.recentStatement, statementsOf(dsg, fact, graph), RECENT_STATEMENTS);
            }
        }
    }

    /** Computes every figure from the article graphs, replacing what the figures graph held. Call inside a write transaction. */
    public static void rebuild(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.deleteAny(FIG.GRAPH, Node.ANY, Node.ANY, Node.ANY);
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        FigureBatch batch = new FigureBatch(dataset);
        for (Node graph : graphs) {
            if (GraphNames.isArticleGraph(graph)) {
                batch.articleAdded(dsg.getGraph(graph));
            }
        }
        batch.flush();
        dsg.add(FIG.GRAPH, FIG.STORE, FIG.version, VERSION);
    }

    /** Adds {@code delta} to a count of the figure (zero when it has none) and gives the new value. */
    static long add(DatasetGraph dsg, Node figure, Node property, long delta) {
        return add(dsg, dsg::add, figure, property, delta);
    }

    /** As {@link #add(DatasetGraph, Node, Node, long)}, the new count's quad given to {@code adds}. */
    static long add(DatasetGraph dsg, Consumer<Quad> adds, Node figure, Node property, long delta) {
        long value = 0;
        Iterator<Quad> it = dsg.find(FIG.GRAPH, figure, property, Node.ANY);
        List<Quad> old = new ArrayList<>();
        while (it.hasNext()) {
            Quad q = it.next();
            old.add(q);
            if (q.getObject().isLiteral() && q.getObject().getLiteralValue() instanceof Number n) {
                value += n.longValue();
            }
        }
        old.forEach(dsg::delete);
        value += delta;
        adds.accept(Quad.create(FIG.GRAPH, figure, property, integer(value)));
        return value;
    }

    /** Keeps the newest of what the figure lists and {@code added}. */
    static void keepNewest(DatasetGraph dsg, Consumer<Quad> adds, Node figure, Node property, List<Ranked> added,
                           int limit, Function<Node, Ranked> rank) {
        List<Node> kept = new ArrayList<>();
        dsg.find(FIG.GRAPH, figure, property, Node.ANY).forEachRemaining(q -> kept.add(q.getObject()));
        if (kept.size() + added.size() <= limit) {
            // all of them stay: no need to look up what orders them
            added.forEach(r -> adds.accept(Quad.create(FIG.GRAPH, figure, property, r.node())));
            return;
        }
        List<Ranked> all = new ArrayList<>(added);
        kept.forEach(node -> all.add(rank.apply(node)));
        replaceNewest(dsg, adds, figure, property, all, limit);
    }

    private static void replaceNewest(DatasetGraph dsg, Node figure, Node property, List<Ranked> candidates, int limit) {
        replaceNewest(dsg, dsg::add, figure, property, candidates, limit);
    }

    private static void replaceNewest(DatasetGraph dsg, Consumer<Quad> adds, Node figure, Node property,
                                      List<Ranked> candidates, int limit) {
        Set<Node> keep = new LinkedHashSet<>();
        candidates.stream().sorted(Ranked.NEWEST_FIRST).forEach(r -> {
            if (keep.size() < limit) {
                keep.add(r.node());
            }
        });
        List<Quad> drop = new ArrayList<>();
        dsg.find(FIG.GRAPH, figure, property, Node.ANY).forEachRemaining(q -> {
            if (!keep.remove(q.getObject())) {
                drop.add(q);
            }
        });
        drop.forEach(dsg::delete);
        keep.forEach(node -> adds.accept(Quad.create(FIG.GRAPH, figure, property, node)));
    }

    /** Every other article that mentions or reports on the entity. */
    private static List<Ranked> articlesOf(DatasetGraph dsg, Node entity, Node except) {
        Map<Node, Ranked> out = new HashMap<>();
        for (Node p : new Node[]{SG.mentions.asNode(), SG.about.asNode()}) {
            dsg.find(Node.ANY, Node.ANY, p, entity).forEachRemaining(q -> {
                if (GraphNames.isArticleGraph(q.getGraph()) && !q.getGraph().equals(except)) {
                    out.computeIfAbsent(q.getSubject(),
                            a -> new Ranked(a, Contribution.date(dsg, Node.ANY, a), null));
                }
            });
        }
        return new ArrayList<>(out.values());
    }

    /** Every other statement of the fact. */
    private static List<Ranked> statementsOf(DatasetGraph dsg, Contribution.Fact fact, Node except) {
        List<Ranked> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), fact.subject()).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node st = q.getSubject();
            if (GraphNames.isArticleGraph(g) && !g.equals(except)
                    && dsg.contains(g, st, RDF.predicate.asNode(), fact.predicate())
                    && dsg.contains(g, st, RDF.object.asNode(), fact.object())
                    && dsg.contains(g, st, RDF.type.asNode(), SG.Statement.asNode())) {
                out.add(statement(dsg, g, st));
            }
        });
        return out;
    }

    static Ranked statement(DatasetGraph dsg, Node graph, Node statement) {
        Iterator<Quad> in = dsg.find(graph, statement, SG.inArticle.asNode(), Node.ANY);
        String date = in.hasNext() ? Contribution.date(dsg, Node.ANY, in.next().getObject()) : null;
        return new Ranked(statement, date, Contribution.confidence(dsg, graph, statement));
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** A count being summed and the newest items seen, kept to twice the limit between sorts. */
    static final class Tally {
        private final int limit;
        private final List<Ranked> newest = new ArrayList<>();
        long count;
        long articles;

        Tally(int limit) {
            this.limit = limit;
        }

        void count(long n, long a, List<Ranked> items) {
            count += n;
            articles += a;
            newest.addAll(items);
            if (newest.size() > 2 * limit) {
                trim();
            }
        }

        List<Ranked> newest() {
            trim();
            return newest;
        }

        private void trim() {
            newest.sort(Ranked.NEWEST_FIRST);
            if (newest.size() > limit) {
                newest.subList(limit, newest.size()).clear();
            }
        }
    }
}
