package org.summitgraph.browse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.Queries;
import org.summitgraph.web.DisplayNames.LanguageString;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pages' reads of the graph: the queries in {@code queries/entity/*.rq}, each with its one node bound. Callers
 * run a whole page in {@link #read}, one transaction, and use the rows inside it.
 */
@Component
class GraphReads {

    private static final Logger LOG = LoggerFactory.getLogger(GraphReads.class);
    private static final int BATCH = 300;
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    /** Names kept: those of the entities on the cached pages, many times over. */
    private static final int NAMES_KEPT = 100_000;
    /** Whys kept: those of the facts on the cached pages. */
    private static final int WHYS_KEPT = 100_000;

    private final Dataset dataset;
    private final List<ReadCache<?, ?>> caches = new ArrayList<>();
    private final ReadCache<String, List<LanguageString>> names = cache(NAMES_KEPT);
    /** The evidence of facts, by figure node: see {@link Proofs#read}. */
    final ReadCache<Node, Why> whys = cache(WHYS_KEPT);
    /** Each cache's generation when the current thread's read transaction was opened. */
    private final ThreadLocal<Map<ReadCache<?, ?>, Long>> readAt = new ThreadLocal<>();

    GraphReads(GraphStore store) {
        this.dataset = store.dataset();
        store.onWrite(() -> caches.forEach(ReadCache::clear));
    }

    private <K, V> ReadCache<K, V> cache(int capacity) {
        ReadCache<K, V> cache = new ReadCache<>(capacity);
        caches.add(cache);
        return cache;
    }

    <T> T read(Supplier<T> work) {
        if (readAt.get() != null) {
            return Txn.calculateRead(dataset, work::get);
        }
        // taken before the transaction sees the store, so that a write overlapping it shows
        Map<ReadCache<?, ?>, Long> generations = new HashMap<>();
        caches.forEach(cache -> generations.put(cache, cache.generation()));
        readAt.set(generations);
        try {
            return Txn.calculateRead(dataset, work::get);
        } finally {
            readAt.remove();
        }
    }

    /**
     * The values {@code cache} keeps for the keys, and for the others what {@code read} reads, which the cache then
     * keeps unless a write overlapped this read. Call inside {@link #read}.
     */
    <K, V> Map<K, V> kept(ReadCache<K, V> cache, Collection<K> keys, Function<List<K>, Map<K, V>> read) {
        Map<K, V> out = new LinkedHashMap<>(cache.get(keys));
        List<K> missing = keys.stream().filter(key -> !out.containsKey(key)).distinct().toList();
        if (missing.isEmpty()) {
            return out;
        }
        Map<K, V> fresh = read.apply(missing);
        Map<ReadCache<?, ?>, Long> generations = readAt.get();
        if (generations != null) {
            cache.putAll(generations.get(cache), fresh);
        }
        out.putAll(fresh);
        return out;
    }

    /** The rows of query {@code queries/entity/<name>.rq} with variable {@code var} bound to the IRI. */
    List<QuerySolution> select(String name, String var, String iri) {
        return rows(name, bound(name, Map.of(var, iri(iri))));
    }

    /** The rows of {@code queries/entity/<name>.rq} with each variable bound to its node, from row {@code offset} on. */
    List<QuerySolution> select(String name, Map<String, Node> bindings, long offset, long limit) {
        Query query = bound(name, bindings);
        query.setOffset(offset);
        query.setLimit(limit);
        return rows(name, query);
    }

    /** The rows of {@code queries/entity/<name>.rq} with {@code var} bound to each of the nodes, in batches. */
    List<QuerySolution> selectEach(String name, String var, Collection<Node> nodes) {
        List<QuerySolution> out = new ArrayList<>();
        List<Node> all = List.copyOf(nodes);
        for (int from = 0; from < all.size(); from += BATCH) {
            out.addAll(rows(name, withValues(parsed(name).cloneQuery(), var,
                    all.subList(from, Math.min(all.size(), from + BATCH)))));
        }
        return out;
    }

    boolean ask(String name, String var, String iri) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(bound(name, Map.of(var, iri(iri)))).build()) {
            return qe.execAsk();
        }
    }

    /**
     * Every name (labels; titles for articles) of each IRI, from the names kept or in as few queries as the batch size
     * allows. Call inside {@link #read}.
     */
    Map<String, List<LanguageString>> names(Collection<String> iris) {
        return kept(names, iris, this::readNames);
    }

    private Map<String, List<LanguageString>> readNames(List<String> iris) {
        Map<String, List<LanguageString>> out = new LinkedHashMap<>();
        iris.forEach(iri -> out.put(iri, new ArrayList<>()));
        List<RDFNode> batch = new ArrayList<>();
        for (String iri : iris) {
            batch.add(ResourceFactory.createResource(iri));
            if (batch.size() == BATCH) {
                addNames(batch, out);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            addNames(batch, out);
        }
        out.replaceAll((iri, list) -> List.copyOf(list));
        return out;
    }

    /** The ontology's labels of its classes and properties, by term IRI. */
    Map<String, List<LanguageString>> ontologyLabels() {
        Map<String, List<LanguageString>> out = new LinkedHashMap<>();
        for (QuerySolution row : rows("ontology-labels", parsed("ontology-labels"))) {
            out.computeIfAbsent(row.getResource("term").getURI(), k -> new ArrayList<>())
                    .add(languageString(row.get("label")));
        }
        return out;
    }

    static LanguageString languageString(RDFNode literal) {
        if (literal == null || !literal.isLiteral()) {
            return new LanguageString(literal == null ? "" : literal.toString(), "");
        }
        return new LanguageString(literal.asLiteral().getLexicalForm(), literal.asLiteral().getLanguage());
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * The parsed query {@code queries/entity/<name>.rq}, parsed once: a page runs a dozen of them, and parsing the
     * text each time (with the values pasted in by a {@link ParameterizedSparqlString}) cost as much as running them.
     * Never changed; callers bind or clone it.
     */
    private static Query parsed(String name) {
        return PARSED.computeIfAbsent(name, n -> {
            Query query = Queries.get("entity/" + n).asQuery();
            // fixes what a query otherwise works out lazily on first use, so that threads sharing it only read it
            query.getResultVars();
            return query;
        });
    }

    /** A copy of the parsed query with each variable replaced by its node, as a bound value, never pasted into text. */
    private static Query bound(String name, Map<String, Node> bindings) {
        Map<Var, Node> values = new HashMap<>();
        bindings.forEach((var, node) -> values.put(Var.alloc(var), node));
        return QueryTransformOps.transform(parsed(name), values);
    }

    /** The query with a VALUES block for the nodes put first in its parsed pattern, never pasted into its text. */
    private static Query withValues(Query query, String var, List<Node> nodes) {
        ElementData data = new ElementData(List.of(Var.alloc(var)),
                nodes.stream().map(node -> BindingFactory.binding(Var.alloc(var), node)).toList());
        ((ElementGroup) query.getQueryPattern()).getElements().add(0, data);
        return query;
    }

    private void addNames(List<RDFNode> batch, Map<String, List<LanguageString>> out) {
        Query query = withValues(parsed("names").cloneQuery(), "x",
                batch.stream().map(RDFNode::asNode).toList());
        for (QuerySolution row : rows("names", query)) {
            out.computeIfAbsent(row.getResource("x").getURI(), k -> new ArrayList<>())
                    .add(languageString(row.get("name")));
        }
    }

    /** The rows of the query named {@code name}, its time logged at debug level to see where a page's time goes. */
    private List<QuerySolution> rows(String name, Query query) {
        long start = System.nanoTime();
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} rows in {} ms", name, out.size(), (System.nanoTime() - start) / 1_000_000);
        }
        return out;
    }
}
