package org.summitgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.summitgraph.figures.Contribution;
import org.summitgraph.figures.FIG;
import org.summitgraph.figures.Figures;
import org.apache.jena.vocabulary.RDF;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store's named graphs: the ontology, shapes and reference knowledge in theirs, each article in its own.
 * Every method is one transaction, so a write lands whole or not at all. Article writes keep the precomputed
 * figures ({@link Figures}) current in the same transaction; a store without figures gets them when opened. The
 * article graphs of one transaction are written together ({@link ArticleBatch}).
 */
public final class GraphStore {

    /** What an article write did. */
    public record Written(boolean replaced, long triples) {
    }

    /** An article's graph to store, with what identifies earlier versions of it: its URL (may be null) and text. */
    public record ArticleWrite(String articleId, Model content, String url, String text) {
    }

    /**
     * An article's graph made ready for the writer on another thread: its triples without the in-memory graph's
     * indexes and each term once, and its share of the figures, read while it had them. A bulk ingest
     * keeps a few hundred of these waiting while the writer commits, so the preparing threads need not stop.
     */
    public static final class Prepared {

        private final String articleId;
        private final String url;
        private final String text;
        private final Triple[] triples;
        private final Contribution figures;

        private Prepared(ArticleWrite article) {
            this.articleId = article.articleId();
            this.url = article.url();
            this.text = article.text();
            Graph graph = article.content().getGraph();
            this.figures = Contribution.read(graph);
            this.triples = new Triple[graph.size()];
            // an article graph repeats its terms as separate objects (the same IRI in many triples): one of each
            // object, and no indexes, hold about half of what the graph held (135 against 250 KB for a generated
            // article, text included)
            Map<Node, Node> terms = new HashMap<>();
            int i = 0;
            for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
                Triple t = it.next();
                triples[i++] = Triple.create(one(terms, t.getSubject()), one(terms, t.getPredicate()), one(terms, t.getObject()));
            }
        }

        private static Node one(Map<Node, Node> terms, Node node) {
            Node known = terms.putIfAbsent(node, node);
            return known == null ? node : known;
        }

        public static Prepared of(ArticleWrite article) {
            return new Prepared(article);
        }

        public String articleId() {
            return articleId;
        }

        String url() {
            return url;
        }

        String text() {
            return text;
        }

        Triple[] triples() {
            return triples;
        }

        Contribution figures() {
            return figures;
        }
    }

    private final Dataset dataset;
    private final int writeEveryQuads;
    private final List<Runnable> writeListeners = new CopyOnWriteArrayList<>();

    public GraphStore(Dataset dataset) {
        this(dataset, ArticleBatch.WRITE_EVERY_QUADS);
    }

    /** A store whose article transactions write their gathered quads every {@code writeEveryQuads} (tests: small runs). */
    GraphStore(Dataset dataset, int writeEveryQuads) {
        this.dataset = dataset;
        this.writeEveryQuads = writeEveryQuads;
        Figures.ensure(dataset);
    }

    /** Runs {@code listener} after every write this store commits (caches of pages forget what they hold). */
    public void onWrite(Runnable listener) {
        writeListeners.add(listener);
    }

    private <T> T written(T result) {
        writeListeners.forEach(Runnable::run);
        return result;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces a knowledge graph (ontology, shapes, reference) with the given model; leaves it alone when it holds the
     * same triples already, as it does on most starts: every TDB2 write transaction adds to the files on disk.
     */
    public void replaceGraph(Node graphName, Model content) {
        if (Txn.calculateRead(dataset, () -> holdsExactly(dataset.getNamedModel(graphName.getURI()), content))) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphName.getURI());
            dataset.addNamedModel(graphName.getURI(), content);
        });
        written(null);
    }

    /** Same triples, blank nodes matched up to renaming (the shapes are full of them). */
    private static boolean holdsExactly(Model stored, Model content) {
        return stored.size() == content.size() && stored.isIsomorphicWith(content);
    }

    /**
     * Stores an article's graph, first removing any stored article with the same URL or the same text, so
     * that ingesting an article again never duplicates it.
     */
    public Written putArticle(String articleId, Model content, String url, String text) {
        return putArticles(List.of(new ArticleWrite(articleId, content, url, text))).get(0);
    }

    /**
     * Stores several articles' graphs in one transaction, each as {@link #putArticle} does, in the order given (a
     * later article with the same URL or text replaces an earlier one). All land, or none.
     */
    public List<Written> putArticles(List<ArticleWrite> articles) {
        return written(Txn.calculateWrite(dataset, () -> {
            ArticleBatch batch = new ArticleBatch(dataset, writeEveryQuads);
            List<Written> out = new ArrayList<>(articles.size());
            for (ArticleWrite article : articles) {
                out.add(writeArticle(article, batch));
            }
            batch.flush();
            return out;
        }));
    }

    /**
     * Opens a write transaction on the calling thread that takes articles one at a time and commits them together:
     * what {@link #putArticles} does for a list, without holding every article's graph until the commit (on TDB2 an
     * added graph is kept as node ids until then), so a bulk ingest can make its transactions large: every TDB2 write
     * transaction copies each B+tree block it touches, so fewer, larger ones copy less. Use it from that thread only,
     * and close it: what was not committed is rolled back.
     */
    public ArticleTransaction beginArticles() {
        return new ArticleTransaction();
    }

    /** One write transaction of articles, see {@link #beginArticles}. */
    public final class ArticleTransaction implements AutoCloseable {

        private final ArticleBatch batch;
        private boolean open = true;

        private ArticleTransaction() {
            dataset.begin(TxnType.WRITE);
            try {
                batch = new ArticleBatch(dataset, writeEveryQuads);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /** Stores the article as {@link #putArticle} does, in this transaction, after the ones put before. */
        public Written put(ArticleWrite article) {
            return put(Prepared.of(article));
        }

        /** The same for an article prepared on another thread. */
        public Written put(Prepared article) {
            if (!open) {
                throw new IllegalStateException("the transaction is closed");
            }
            return writeArticle(article, batch);
        }

        /** Writes what was put and commits it, all or nothing. */
        public void commit() {
            if (!open) {
                throw new IllegalStateException("the transaction is closed");
            }
            batch.flush();
            dataset.commit();
            open = false;
            dataset.end();
            written(null);
        }

        /** Rolls back what was put unless it was committed. */
        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            try {
                if (dataset.isInTransaction()) {
                    dataset.abort();
                }
            } finally {
                dataset.end();
            }
        }
    }

    /** Inside a write transaction: the article's earlier versions out, its graph in. */
    private Written writeArticle(ArticleWrite article, ArticleBatch batch) {
        return writeArticle(Prepared.of(article), batch);
    }

    private Written writeArticle(Prepared article, ArticleBatch batch) {
        batch.beforeLookup(article);
        Set<Node> previous = new LinkedHashSet<>();
        if (article.url() != null) {
            previous.addAll(articleGraphsWith(SG.url, NodeFactory.createLiteralDT(article.url(), XSDDatatype.XSDanyURI)));
        }
        previous.addAll(articleGraphsWith(SG.text, NodeFactory.createLiteralString(article.text())));
        Node graph = GraphNames.article(article.articleId());
        previous.add(graph);
        boolean replaced = false;
        for (Node g : previous) {
            replaced |= removeArticleGraph(g, batch);
        }
        batch.add(graph, article);
        return new Written(replaced, article.triples().length);
    }

    /** Inside a write transaction: the one place where an article graph leaves the store; whether there was one. */
    private boolean removeArticleGraph(Node graph, ArticleBatch batch) {
        if (!dataset.containsNamedModel(graph.getURI())) {
            return false;
        }
        batch.remove(graph);
        return true;
    }

    public boolean deleteArticle(String articleId) {
        return written(Txn.calculateWrite(dataset, () -> removeArticleGraph(GraphNames.article(articleId), new ArticleBatch(dataset, writeEveryQuads))));
    }

    /**
     * Whether the store holds this article with exactly this text: ingesting it again would change nothing. One
     * index lookup, so a bulk ingest that resumes skips what it stored before without extracting it again.
     */
    public boolean holdsArticle(String articleId, String text) {
        Node graph = GraphNames.article(articleId);
        Node textLiteral = NodeFactory.createLiteralString(text);
        return Txn.calculateRead(dataset, () ->
                dataset.asDatasetGraph().contains(graph, Node.ANY, SG.text.asNode(), textLiteral));
    }

    public boolean containsArticle(String articleId) {
        String graph = GraphNames.article(articleId).getURI();
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graph));
    }

    /** A copy of one article's graph, empty when there is none. */
    public Model articleGraph(String articleId) {
        String graph = GraphNames.article(articleId).getURI();
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(graph)));
    }

    public List<ArticleSummary> articles() {
        return Txn.calculateRead(dataset, () -> {
            List<ArticleSummary> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Queries.get("article-list").asQuery()).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String g = row.getResource("g").getURI();
                    out.add(new ArticleSummary(g.substring(GraphNames.ARTICLE_PREFIX.length()),
                            row.getResource("article").getURI(), text(row, "title"), date(row.get("date")),
                            text(row, "language"), text(row, "url"), row.getLiteral("mentions").getInt()));
                }
            }
            return out;
        });
    }

    /** Per class local name ("Person", ...): entities mentioned by articles and entities in the whole graph. */
    public Map<String, long[]> entityCounts() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, long[]> out = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Queries.get("entity-counts").asQuery()).build()) {
                qe.execSelect().forEachRemaining(row -> out.put(row.getResource("class").getLocalName(),
                        new long[]{row.getLiteral("inArticles").getLong(), row.getLiteral("inGraph").getLong()}));
            }
            return out;
        });
    }

    /** Quads in all named graphs of the store but the figures, which only restate what the others hold. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            var quads = dataset.asDatasetGraph().find();
            while (quads.hasNext()) {
                if (!FIG.GRAPH.equals(quads.next().getGraph())) {
                    count++;
                }
            }
            return count;
        });
    }

    /**
     * The article graphs whose sg:Article has this value of the property. Looked up in the store's indexes directly:
     * parsing and planning a SPARQL query for it took a tenth of the time of writing an article.
     */
    private List<Node> articleGraphsWith(Property property, Node value) {
        DatasetGraph quads = dataset.asDatasetGraph();
        List<Node> out = new ArrayList<>();
        Iter.forEach(quads.find(Node.ANY, Node.ANY, property.asNode(), value), q -> {
            if (GraphNames.isArticleGraph(q.getGraph()) && !out.contains(q.getGraph())
                    && quads.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(), SG.Article.asNode())) {
                out.add(q.getGraph());
            }
        });
        return out;
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static LocalDate date(RDFNode n) {
        try {
            return n == null ? null : LocalDate.parse(n.asLiteral().getLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
