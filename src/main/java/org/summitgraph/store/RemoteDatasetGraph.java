package org.summitgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateRequest;
import org.summitgraph.vocab.GraphNames;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * The store kept in a SPARQL 1.1 server (query, update and Graph Store Protocol services) behind Jena's dataset
 * interface, so the application reads and writes it as it does TDB2:
 * <ul>
 * <li>the application's SPARQL queries go to the server whole ({@link RemoteQueryEngine}); a quad pattern
 * ({@code find}) is one SELECT, a whole graph one GSP GET;</li>
 * <li>a write transaction collects its writes ({@link PendingWrites}), reads see the store through them, and the
 * commit sends them as one SPARQL Update request; abort sends nothing;</li>
 * <li>one write transaction at a time in this process, as TDB2 has. Reads are not isolated from other writers: each
 * request sees what the server has committed when it runs.</li>
 * </ul>
 * As with TDB2's union default graph, everything lives in named graphs: this dataset's own default graph is empty,
 * and the server must answer queries with the union of the named graphs as default graph.
 */
public final class RemoteDatasetGraph extends DatasetGraphBaseFind {

    private final RemoteService service;
    private final HttpClient http;
    private final Quad guard;
    private final Context context = new Context();
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final ReentrantLock writer = new ReentrantLock(true);
    private final ThreadLocal<Transaction> txn = new ThreadLocal<>();
    private final List<RemoteCommitObserver> observers = new CopyOnWriteArrayList<>();
    private static final int READ_AHEAD_CHUNK = 200;
    private volatile Node readAheadGraph;
    private volatile BiFunction<Node, Graph, Collection<Node>> readAhead;

    private static final class Transaction {
        TxnType type;
        ReadWrite mode;
        PendingWrites writes;
        boolean finished;
        /**
         * What the server answered during this write transaction, by pattern, and the graphs it does not hold: under
         * the writer lock the server does not change (unless another process writes to it), and figures ask the same
         * questions many times.
         */
        final Map<List<Node>, List<Quad>> answers = new HashMap<>();
        final Set<Node> absent = new HashSet<>();

        Transaction(TxnType type, ReadWrite mode) {
            this.type = type;
            this.mode = mode;
        }
    }

    /**
     * @param guard a quad the store keeps while derived data is current (may be null): see
     *              {@link PendingWrites#toUpdate}
     */
    public RemoteDatasetGraph(RemoteService service, Quad guard) {
        this.service = service;
        this.http = service.httpClient();
        this.guard = guard;
    }

    /** The remote store under a dataset's wrappers (the name index is one), or null when it is not one. */
    public static RemoteDatasetGraph of(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!(d instanceof RemoteDatasetGraph) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return d instanceof RemoteDatasetGraph remote ? remote : null;
    }

    /** Whether the server can answer the query: not when it asks the name index, which lives in this process. */
    public static boolean answersWhole(Query query) {
        return !RemoteQueryEngine.usesNameIndex(query);
    }

    public RemoteService service() {
        return service;
    }

    public HttpClient httpClient() {
        return http;
    }

    /** Tells {@code observer} of every write transaction this process commits. */
    public void observeCommits(RemoteCommitObserver observer) {
        observers.add(observer);
    }

    /** Whether this thread's write transaction holds writes the server has not seen: queries would miss them. */
    boolean hasPendingWrites() {
        Transaction t = txn.get();
        return t != null && t.writes != null && !t.writes.isEmpty();
    }

    // ---- reading

    /** A SELECT on the query service, read whole: finds are small, and nothing stays open if the caller stops early. */
    List<Binding> select(Query query) {
        try (QueryExec exec = QueryExecHTTP.service(service.query()).httpClient(http).query(query).build()) {
            RowSet rows = exec.select();
            List<Binding> out = new ArrayList<>();
            rows.forEachRemaining(out::add);
            return out;
        }
    }

    private boolean ask(Query query) {
        try (QueryExec exec = QueryExecHTTP.service(service.query()).httpClient(http).query(query).build()) {
            return exec.ask();
        }
    }

    /** A named graph's triples by the Graph Store Protocol, empty when the server has no such graph. */
    public Graph fetchGraph(Node graph) {
        try {
            return GSP.service(service.gsp()).httpClient(http).graphName(graph).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }

    /** The union of the named graphs, each triple once, as the server streams it (for dumps). */
    public Iterator<Triple> unionTriples() {
        QueryExec exec = QueryExecHTTP.service(service.query()).httpClient(http)
                .query(RemoteFinds.union(Node.ANY, Node.ANY, Node.ANY)).build();
        RowSet rows = exec.select();
        return Iter.onClose(Iter.map(rows, b -> Triple.create(b.get(RemoteFinds.S), b.get(RemoteFinds.P),
                b.get(RemoteFinds.O))), exec::close);
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return Collections.emptyIterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        Transaction t = writing();
        if (t != null && (t.writes.dropped(g) || t.absent.contains(g))) {
            return t.writes.added(g, s, p, o);
        }
        return overlay(committed(t, g, s, p, o), t, g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        Transaction t = writing();
        if (t == null && RemoteFinds.wild(s) && RemoteFinds.wild(p) && RemoteFinds.wild(o)) {
            // every quad: graph by graph, so a dump holds one graph in memory at a time
            return Iter.flatMap(remoteGraphNames().iterator(), g -> Iter.map(fetchGraph(g).find(), tr -> Quad.create(g, tr)));
        }
        return overlay(committed(t, Node.ANY, s, p, o), t, Node.ANY, s, p, o);
    }

    /** The quads the server holds that match, whatever this thread's transaction has written; {@code g} ANY: any named graph. */
    public Iterator<Quad> committedFind(Node g, Node s, Node p, Node o) {
        return committed(null, g, s, p, o);
    }

    private Iterator<Quad> committed(Transaction t, Node g, Node s, Node p, Node o) {
        if (t == null) {
            return fetch(g, s, p, o).iterator();
        }
        if (!RemoteFinds.wild(g) && GraphNames.isArticleGraph(g)) {
            // an article graph being replaced is read statement by statement (what the figures lose): all of it at once
            List<Quad> all = t.answers.computeIfAbsent(Arrays.asList(g, Node.ANY, Node.ANY, Node.ANY),
                    k -> fetch(g, Node.ANY, Node.ANY, Node.ANY));
            return Iter.filter(all.iterator(), q -> matches(q, s, p, o));
        }
        if (!RemoteFinds.wild(g) && !RemoteFinds.wild(s)) {
            // all of the subject's triples in the graph at once: the figures read several properties of each node
            List<Quad> all = t.answers.computeIfAbsent(Arrays.asList(g, s, Node.ANY, Node.ANY),
                    k -> fetch(g, s, Node.ANY, Node.ANY));
            return Iter.filter(all.iterator(), q -> matches(q, Node.ANY, p, o));
        }
        return t.answers.computeIfAbsent(Arrays.asList(g, s, p, o), k -> fetch(g, s, p, o)).iterator();
    }

    private static boolean matches(Quad q, Node s, Node p, Node o) {
        return (RemoteFinds.wild(s) || s.equals(q.getSubject())) && (RemoteFinds.wild(p) || p.equals(q.getPredicate()))
                && (RemoteFinds.wild(o) || o.equals(q.getObject()));
    }

    /**
     * Reads ahead, for the rest of this thread's write transaction, every triple of these subjects in graph {@code g}
     * (the figures an article write is about to read), in a few requests instead of one per subject.
     */
    private void readAhead(Transaction t, Node g, Collection<Node> subjects) {
        List<Node> missing = subjects.stream().filter(n -> n.isURI()
                && !t.answers.containsKey(Arrays.asList(g, n, Node.ANY, Node.ANY))).toList();
        for (int from = 0; from < missing.size(); from += READ_AHEAD_CHUNK) {
            List<Node> chunk = missing.subList(from, Math.min(missing.size(), from + READ_AHEAD_CHUNK));
            Map<Node, List<Quad>> found = new HashMap<>();
            chunk.forEach(n -> found.put(n, new ArrayList<>()));
            for (Binding b : select(RemoteFinds.subjects(g, chunk))) {
                Node subject = b.get(RemoteFinds.S);
                found.get(subject).add(Quad.create(g, subject, b.get(RemoteFinds.P), b.get(RemoteFinds.O)));
            }
            found.forEach((n, quads) -> t.answers.put(Arrays.asList(g, n, Node.ANY, Node.ANY), quads));
        }
    }

    private List<Quad> fetch(Node g, Node s, Node p, Node o) {
        if (!RemoteFinds.wild(g) && RemoteFinds.wild(s) && RemoteFinds.wild(p) && RemoteFinds.wild(o)) {
            return Iter.toList(Iter.map(fetchGraph(g).find(), t -> Quad.create(g, t)));
        }
        return select(RemoteFinds.quads(g, s, p, o)).stream().map(b -> Quad.create(value(b, RemoteFinds.G, g),
                value(b, RemoteFinds.S, s), value(b, RemoteFinds.P, p), value(b, RemoteFinds.O, o))).toList();
    }

    @Override
    public Iterator<Triple> findInUnionGraph(Node s, Node p, Node o) {
        if (writes() != null) {
            return super.findInUnionGraph(s, p, o);
        }
        return Iter.map(select(RemoteFinds.union(s, p, o)).iterator(), b -> Triple.create(
                value(b, RemoteFinds.S, s), value(b, RemoteFinds.P, p), value(b, RemoteFinds.O, o)));
    }

    private static Node value(Binding b, org.apache.jena.sparql.core.Var var, Node fixed) {
        return RemoteFinds.wild(fixed) ? b.get(var) : fixed;
    }

    private static Iterator<Quad> overlay(Iterator<Quad> remote, Transaction t, Node g, Node s, Node p, Node o) {
        if (t == null || t.writes.isEmpty()) {
            return remote;
        }
        PendingWrites writes = t.writes;
        return Iter.concat(Iter.filter(remote, q -> !writes.hides(q)), writes.added(g, s, p, o));
    }

    @Override
    public boolean containsGraph(Node graph) {
        Transaction t = writing();
        if (t != null && t.writes.addedTo(graph)) {
            return true;
        }
        if (t != null && (t.writes.dropped(graph) || t.absent.contains(graph))) {
            return false;
        }
        boolean held = ask(RemoteFinds.hasGraph(graph));
        if (t != null && !held) {
            t.absent.add(graph);
        }
        return held;
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        Set<Node> names = new LinkedHashSet<>(remoteGraphNames());
        PendingWrites writes = writes();
        if (writes != null) {
            names.removeIf(writes::dropped);
            names.addAll(writes.addedGraphs());
        }
        return names.iterator();
    }

    private List<Node> remoteGraphNames() {
        return select(RemoteFinds.graphNames()).stream().map(b -> b.get(RemoteFinds.G)).toList();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    // ---- writing: only inside a write transaction, sent at commit

    @Override
    public void add(Quad quad) {
        requireWrites().add(quad);
    }

    @Override
    public void delete(Quad quad) {
        requireWrites().delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        PendingWrites writes = requireWrites();
        graph.find().forEachRemaining(t -> writes.add(Quad.create(graphName, t)));
        if (readAhead != null) {
            readAhead(txn.get(), readAheadGraph, readAhead.apply(graphName, graph));
        }
    }

    /**
     * Whenever a graph is added in a write transaction, reads ahead the triples in {@code graph} of the subjects
     * {@code subjects} names for it (the figures the article's write will read and update).
     */
    public void readAheadOnAdd(Node graph, BiFunction<Node, Graph, Collection<Node>> subjects) {
        this.readAheadGraph = graph;
        this.readAhead = subjects;
    }

    @Override
    public void removeGraph(Node graphName) {
        requireWrites().dropGraph(graphName);
    }

    private PendingWrites writes() {
        Transaction t = txn.get();
        return t == null ? null : t.writes;
    }

    /** This thread's write transaction, or null. */
    private Transaction writing() {
        Transaction t = txn.get();
        return t == null || t.writes == null ? null : t;
    }

    private PendingWrites requireWrites() {
        PendingWrites writes = writes();
        if (writes == null) {
            throw new JenaTransactionException("Writes to the remote store go through a write transaction.");
        }
        return writes;
    }

    // ---- transactions

    @Override
    public void begin(TxnType type) {
        if (txn.get() != null) {
            throw new JenaTransactionException("This thread is in a transaction already.");
        }
        Transaction t = new Transaction(type, TxnType.convert(type));
        if (t.mode == ReadWrite.WRITE) {
            writer.lock();
            t.writes = new PendingWrites();
        }
        txn.set(t);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        begin(TxnType.convert(readWrite));
    }

    @Override
    public boolean promote(Promote mode) {
        Transaction t = current();
        if (t.mode == ReadWrite.WRITE) {
            return true;
        }
        if (t.type == TxnType.READ) {
            throw new JenaTransactionException("A read transaction cannot become a write transaction.");
        }
        writer.lock();
        t.mode = ReadWrite.WRITE;
        t.writes = new PendingWrites();
        return true;
    }

    @Override
    public void commit() {
        Transaction t = current();
        if (t.mode == ReadWrite.WRITE && !t.writes.isEmpty()) {
            PendingWrites w = t.writes;
            List<Runnable> after = new ArrayList<>();
            for (RemoteCommitObserver observer : observers) {
                after.add(observer.beforeCommit(this, w.droppedGraphs(), w.deletedQuads(), w.addedQuads()));
            }
            UpdateRequest request = w.toUpdate(guardToKeep(w));
            UpdateExecHTTP.service(service.update()).httpClient(http).update(request).build().execute();
            after.forEach(Runnable::run);
        }
        t.writes = t.mode == ReadWrite.WRITE ? new PendingWrites() : null;
        t.finished = true;
    }

    /** The guard when the store will hold it after this transaction, else null. */
    private Quad guardToKeep(PendingWrites writes) {
        if (guard == null) {
            return null;
        }
        return find(guard.getGraph(), guard.getSubject(), guard.getPredicate(), guard.getObject()).hasNext() ? guard : null;
    }

    @Override
    public void abort() {
        Transaction t = current();
        if (t.writes != null) {
            t.writes = new PendingWrites();
        }
        t.finished = true;
    }

    @Override
    public void end() {
        Transaction t = txn.get();
        if (t == null) {
            return;
        }
        txn.remove();
        if (t.mode == ReadWrite.WRITE) {
            writer.unlock();
        }
    }

    private Transaction current() {
        Transaction t = txn.get();
        if (t == null) {
            throw new JenaTransactionException("Not in a transaction.");
        }
        return t;
    }

    @Override
    public ReadWrite transactionMode() {
        Transaction t = txn.get();
        return t == null ? null : t.mode;
    }

    @Override
    public TxnType transactionType() {
        Transaction t = txn.get();
        return t == null ? null : t.type;
    }

    @Override
    public boolean isInTransaction() {
        return txn.get() != null;
    }

    @Override
    public void close() {
        // the server's connections belong to the HTTP client, which closes them when idle
    }

    @Override
    public String toString() {
        return "remote store (" + service + ")";
    }
}
