package org.summitgraph.search;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitgraph.store.RemoteDatasetGraph;
import org.summitgraph.vocab.SG;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full-text index of names: every rdfs:label, skos:altLabel and sg:title, in every graph and language, kept by
 * jena-text in step with the store. In a TDB2 store, one Lucene document per name triple, however many graphs hold
 * it, with a uid made from subject, predicate, language and text: a name is indexed when the first graph gets it and
 * forgotten when the last one loses it. A popular entity's name is in thousands of article graphs, and a document
 * per graph made the name index a sixth of a bulk ingest's writer and filled a search's hits with copies of one
 * name. The index of a remote store keeps one document per name triple and graph (see {@link #wrapRemote}).
 */
public final class NameIndex {

    /** The index's folder inside a TDB2 store folder; TDB2 only looks at its own {@code Data-NNNN} folders. */
    public static final String FOLDER = "text-index";

    static final String ENTITY_FIELD = "uri";
    static final String NAME_FIELD = "name";
    static final String PREFIX_FIELD = "prefix";
    static final String UID_FIELD = "uid";
    static final String LANG_FIELD = "lang";
    /** The commit data that says how the index keeps its documents; an index without it is made again. */
    private static final String FORMAT_KEY = "summitgraph.names";
    private static final String FORMAT = "one document per name triple";
    static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SG.title.asNode());

    private static final Logger log = LoggerFactory.getLogger(NameIndex.class);

    private NameIndex() {
    }

    /**
     * The name index's side of a writer that adds quads to the store beneath the wrapper (the bulk writer goes to
     * TDB2's indexes directly), for one write transaction: the index commits or rolls back with it, as for a quad
     * added through the wrapper. Does nothing for a dataset without a name index.
     */
    public static Additions additions(Dataset dataset) {
        return new Additions(dataset.asDatasetGraph() instanceof Store store ? store : null);
    }

    /**
     * The names of quads a bulk writer adds beneath the wrapper in one write transaction, before they are in the
     * store's indexes: a name goes to the index unless a graph of the store, or an earlier quad of the transaction,
     * holds it already. The writer adds each quad of a graph the store does not hold (earlier versions removed).
     * The names known to be indexed are remembered for the transaction, so a popular entity's name costs one look
     * into the store per transaction, not one per article.
     */
    public static final class Additions {

        /** Enough for the distinct names of a few thousand articles; a few megabytes. */
        private static final int MAX_KNOWN = 200_000;

        private final Store store;
        /** Names of quads added and not yet written: the store cannot tell of them. */
        private final Set<Triple> unwritten = new HashSet<>();
        /** Names the index is known to have, from this transaction or a look into the store. */
        private final Set<Triple> known = new HashSet<>();

        private Additions(Store store) {
            this.store = store;
        }

        /** Indexes the name a quad holds, if it holds one and the index has not got it; call inside the transaction. */
        public void added(Quad quad) {
            if (store == null || !PREDICATES.contains(quad.getPredicate())) {
                return;
            }
            Triple name = quad.asTriple();
            if (known.contains(name) || unwritten.contains(name)) {
                return;
            }
            if (!store.heldElsewhere(quad.getGraph(), name)) {
                Entity entity = entity(store.index.getDocDef(), name);
                if (entity == null) {
                    return;
                }
                store.index.addEntity(entity);
                unwritten.add(name);
            }
            if (known.size() >= MAX_KNOWN) {
                known.clear();
            }
            known.add(name);
        }

        /** The quads added so far are in the store's indexes now, where {@link #added} finds them. */
        public void written() {
            unwritten.clear();
        }

        /**
         * Call when the transaction removes a graph, once the quads added before are in the store's indexes: a name
         * the graph held may have lost its document.
         */
        public void graphRemoved() {
            unwritten.clear();
            known.clear();
        }
    }

    /** The document of a name, whichever graphs hold it: its uid is made without the graph. */
    private static Entity entity(EntityDefinition definition, Triple name) {
        return TextQueryFuncs.entityFromQuad(definition, null, name.getSubject(), name.getPredicate(), name.getObject());
    }

    /**
     * The store with its name index: writes through it update the index in the same transaction, queries through
     * it can use {@code text:query}. An index that is missing or empty while the store holds names is rebuilt.
     *
     * @param folder where the index lives, or null for an index in memory
     */
    public static Dataset wrap(Dataset store, Path folder) {
        TdbQueriesThroughTextIndex.register();
        TextIndexLucene index = new Index(directory(folder), config());
        store.getContext().set(TextQuery.textIndex, index);
        IndexWriter writer = index.getIndexWriter();
        boolean current = FORMAT.equals(committedFormat(index.getDirectory()));
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        if (!current || writer.getDocStats().numDocs == 0) {
            if (writer.getDocStats().numDocs > 0) {
                // an index of an older format (a document per name and graph) is made again
                deleteAll(writer);
            }
            rebuild(store, index, false);
        }
        return DatasetFactory.wrap(new Store(store.asDatasetGraph(), index, folder != null));
    }

    /** The format the index was last committed in; null for no index, or one written before formats were marked. */
    private static String committedFormat(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            return SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name index", e);
        }
    }

    private static void deleteAll(IndexWriter writer) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the name index", e);
        }
    }

    /**
     * The name index of a store kept in a remote server, which has none the application can use: in memory, filled
     * from the server's names now, and kept current by the write transactions of this process once the server has
     * committed them (names written by other processes are found after the next start).
     */
    public static Dataset wrapRemote(Dataset store, RemoteDatasetGraph remote) {
        TextIndexLucene index = new Index(new ByteBuffersDirectory(), config());
        store.getContext().set(TextQuery.textIndex, index);
        // a document per name and graph: what a commit drops is known before the server is asked, not after
        rebuild(store, index, true);
        remote.observeCommits((server, dropped, deleted, added) -> {
            EntityDefinition definition = index.getDocDef();
            List<Entity> gone = new ArrayList<>();
            for (Node graph : dropped) {
                for (Node predicate : PREDICATES) {
                    server.committedFind(graph, Node.ANY, predicate, Node.ANY)
                            .forEachRemaining(q -> addEntity(gone, definition, q));
                }
            }
            deleted.forEach(q -> addEntity(gone, definition, q));
            List<Entity> come = new ArrayList<>();
            added.forEach(q -> addEntity(come, definition, q));
            return () -> {
                gone.forEach(index::deleteEntity);
                come.forEach(index::addEntity);
                index.commit();
            };
        });
        return store;
    }

    private static void addEntity(List<Entity> out, EntityDefinition definition, Quad quad) {
        if (PREDICATES.contains(quad.getPredicate())) {
            Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
            if (entity != null) {
                out.add(entity);
            }
        }
    }

    private static Directory directory(Path folder) {
        if (folder == null) {
            return new ByteBuffersDirectory();
        }
        try {
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the name index at " + folder, e);
        }
    }

    static TextIndexConfig config() {
        EntityDefinition definition = new EntityDefinition(ENTITY_FIELD, NAME_FIELD, RDFS.label.asNode());
        for (Node predicate : PREDICATES) {
            definition.set(NAME_FIELD, predicate);
        }
        definition.setUidField(UID_FIELD);
        definition.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(definition);
        Analyzer words = new NameAnalyzer();
        config.setAnalyzer(new PerFieldAnalyzerWrapper(words, Map.of(PREFIX_FIELD, PrefixAnalyzers.forIndexing())));
        config.setQueryAnalyzer(new PerFieldAnalyzerWrapper(words, Map.of(PREFIX_FIELD, PrefixAnalyzers.forQueries())));
        config.setValueStored(true);
        return config;
    }

    /**
     * Indexes every name of the store, for a store that had data before it had this index: a document per name
     * triple and graph when {@code perGraph}, else one per name triple.
     */
    private static void rebuild(Dataset store, TextIndexLucene index, boolean perGraph) {
        long start = System.nanoTime();
        EntityDefinition definition = index.getDocDef();
        long added = Txn.calculateRead(store, () -> {
            long n = 0;
            for (Node predicate : PREDICATES) {
                Set<Triple> seen = new HashSet<>();
                Iterator<Quad> quads = store.asDatasetGraph().find(Node.ANY, Node.ANY, predicate, Node.ANY);
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    if (!perGraph && !seen.add(quad.asTriple())) {
                        continue;
                    }
                    Entity entity = perGraph ? TextQueryFuncs.entityFromQuad(definition, quad) : entity(definition, quad.asTriple());
                    if (entity != null) {
                        index.addEntity(entity);
                        n++;
                    }
                }
            }
            return n;
        });
        index.commit();
        if (added > 0) {
            log.info("Name index rebuilt from the store: {} names in {} ms", added, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * The store with a document per name triple ({@link NameIndex}). Closing a folder store also lets go of its
     * folder (TDB2 keeps it open for the JVM otherwise; the wrapper hides the TDB2 dataset from
     * {@code TDBInternal.expel}), so it can be opened again, by this process or another.
     */
    private static final class Store extends DatasetGraphText {

        private final TextIndexLucene index;
        private final boolean inFolder;

        Store(DatasetGraph tdb, TextIndexLucene index, boolean inFolder) {
            this(tdb, index, inFolder, new Names(tdb, index));
        }

        private Store(DatasetGraph tdb, TextIndexLucene index, boolean inFolder, Names names) {
            super(tdb, index, names, true);
            this.index = index;
            this.inFolder = inFolder;
        }

        /** Whether a graph other than {@code graph} holds the name triple: then the index has its document. */
        boolean heldElsewhere(Node graph, Triple name) {
            return heldElsewhere(monitored(), graph, name);
        }

        static boolean heldElsewhere(DatasetGraph tdb, Node graph, Triple name) {
            Iterator<Quad> holders = tdb.find(Node.ANY, name.getSubject(), name.getPredicate(), name.getObject());
            while (holders.hasNext()) {
                Node other = holders.next().getGraph();
                if (!other.equals(graph) && !(Quad.isDefaultGraph(other) && Quad.isDefaultGraph(graph))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Lets TDB2 remove the graph, then forgets the names no other graph holds. jena-text's own removeGraph finds
         * the quads and deletes them one by one by value, and TDB2 does not find again some literals it stores inline
         * (an sg:confidence "0.9"^^xsd:decimal stayed behind). The names are plain strings and are found.
         */
        @Override
        public void removeGraph(Node graphName) {
            List<Triple> names = new ArrayList<>();
            for (Node predicate : PREDICATES) {
                monitored().find(graphName, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> names.add(q.asTriple()));
            }
            monitored().removeGraph(graphName);
            for (Triple name : names) {
                Entity entity = entity(index.getDocDef(), name);
                if (entity != null && !heldElsewhere(graphName, name)) {
                    index.deleteEntity(entity);
                }
            }
        }

        @Override
        public void close() {
            super.close();
            if (inFolder) {
                TDBInternal.expel(monitored());
            }
        }
    }

    /**
     * Keeps the index in step with the quads written through the wrapper (knowledge graphs, SPARQL updates): a name
     * gets its document when no other graph held it, and loses it when no other graph holds it any more. Told of a
     * change after TDB2 made it. An added name's document is replaced, not added again, should the quad have been
     * there already.
     */
    private static final class Names implements TextDocProducer {

        private final DatasetGraph tdb;
        private final TextIndexLucene index;

        Names(DatasetGraph tdb, TextIndexLucene index) {
            this.tdb = tdb;
            this.index = index;
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (!PREDICATES.contains(p) || (action != TextQuadAction.ADD && action != TextQuadAction.DELETE)) {
                return;
            }
            Triple name = Triple.create(s, p, o);
            Entity entity = entity(index.getDocDef(), name);
            if (entity == null || Store.heldElsewhere(tdb, g, name)) {
                return;
            }
            index.deleteEntity(entity);
            if (action == TextQuadAction.ADD) {
                index.addEntity(entity);
            }
        }

        @Override
        public void start() {
        }

        @Override
        public void finish() {
        }

        @Override
        public void reset() {
        }
    }

    /**
     * jena-text's Lucene index with the type-ahead field added to each document, and the name's tokens taken from
     * {@link AnalysedNames} when it was analysed before.
     */
    private static final class Index extends TextIndexLucene {

        private final AnalysedNames names;

        Index(Directory directory, TextIndexConfig config) {
            super(directory, config);
            // the analyzer the index writer itself would use for each field
            names = new AnalysedNames(getIndexWriter().getAnalyzer());
        }

        @Override
        protected Document doc(Entity entity) {
            Document doc = super.doc(entity);
            Object name = entity.get(NAME_FIELD);
            if (name != null) {
                String text = name.toString();
                IndexableField words = doc.getField(NAME_FIELD);
                TokenStream kept = names.tokens(NAME_FIELD, text);
                if (kept != null && words != null && words.fieldType().tokenized()) {
                    doc.removeField(NAME_FIELD);
                    if (words.fieldType().stored()) {
                        doc.add(new StoredField(NAME_FIELD, text));
                    }
                    doc.add(new Field(NAME_FIELD, kept, notStored(words.fieldType())));
                }
                TokenStream beginnings = names.tokens(PREFIX_FIELD, text);
                doc.add(beginnings != null ? new TextField(PREFIX_FIELD, beginnings)
                        : new TextField(PREFIX_FIELD, text, Field.Store.NO));
            }
            return doc;
        }

        private static FieldType notStored(IndexableFieldType type) {
            FieldType out = new FieldType(type);
            out.setStored(false);
            out.freeze();
            return out;
        }
    }
}
