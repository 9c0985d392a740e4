package org.summitgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.summitgraph.figures.FIG;
import org.summitgraph.figures.Figures;
import org.summitgraph.vocab.GraphNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store's named graphs: the ontology, shapes and reference knowledge in theirs, each article in its own.
 * Every method is one transaction, so a write lands whole or not at all. Article writes keep the precomputed
 * figures ({@link Figures}) current in the same transaction; a store without figures gets them when opened.
 */
public final class GraphStore {

    /** What an article write did. */
    public record Written(boolean replaced, long triples) {
    }

    private final Dataset dataset;
    private final List<Runnable> writeListeners = new CopyOnWriteArrayList<>();

    public GraphStore(Dataset dataset) {
        this.dataset = dataset;
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

    /** Replaces a knowledge graph (ontology, shapes, reference) with the given model. */
    public void replaceGraph(Node graphName, Model content) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphName.getURI());
            dataset.addNamedModel(graphName.getURI(), content);
        });
        written(null);
    }

    /**
     * Stores an article's graph, first removing any stored article with the same URL or the same text, so
     * that ingesting an article again never duplicates it.
     */
    public Written putArticle(String articleId, Model content, String url, String text) {
        return written(Txn.calculateWrite(dataset, () -> {
            Set<String> previous = new LinkedHashSet<>();
            if (url != null) {
                previous.addAll(graphsWith("article-graphs-with-url", "url", NodeFactory.createLiteralDT(url,
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI)));
            }
            previous.addAll(graphsWith("article-graphs-with-text", "text", NodeFactory.createLiteralString(text)));
            String graph = GraphNames.article(articleId).getURI();
            previous.add(graph);
            boolean replaced = false;
            for (String g : previous) {
                if (dataset.containsNamedModel(g)) {
                    replaced = true;
                    Figures.articleRemoved(dataset, NodeFactory.createURI(g));
                    dataset.removeNamedModel(g);
                }
            }
            dataset.addNamedModel(graph, content);
            Figures.articleAdded(dataset, NodeFactory.createURI(graph));
            return new Written(replaced, content.size());
        }));
    }

    public boolean deleteArticle(String articleId) {
        String graph = GraphNames.article(articleId).getURI();
        return written(Txn.calculateWrite(dataset, () -> {
            boolean existed = dataset.containsNamedModel(graph);
            if (existed) {
                Figures.articleRemoved(dataset, NodeFactory.createURI(graph));
                dataset.removeNamedModel(graph);
            }
            return existed;
        }));
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

    private List<String> graphsWith(String query, String variable, Node value) {
        ParameterizedSparqlString q = Queries.get(query);
        q.setParam(variable, value);
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String g = row.getResource("g").getURI();
                if (GraphNames.isArticleGraph(NodeFactory.createURI(g))) {
                    out.add(g);
                }
            });
        }
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
