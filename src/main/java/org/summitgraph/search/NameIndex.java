package org.summitgraph.search;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducerTriples;
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
import org.apache.lucene.index.IndexableField;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The full-text index of names: every rdfs:label, skos:altLabel and sg:title, in every graph and language, kept by
 * jena-text in step with the store. One Lucene document per name triple and graph, with a uid made from graph,
 * subject, predicate, language and text: removing a triple (or a whole article graph) removes exactly its document,
 * and the same name in another graph keeps its own.
 */
public final class NameIndex {

    /** The index's folder inside a TDB2 store folder; TDB2 only looks at its own {@code Data-NNNN} folders. */
    public static final String FOLDER = "text-index";

    static final String ENTITY_FIELD = "uri";
    static final String NAME_FIELD = "name";
    static final String PREFIX_FIELD = "prefix";
    static final String UID_FIELD = "uid";
    static final String LANG_FIELD = "lang";
    static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SG.title.asNode());

    private static final Logger log = LoggerFactory.getLogger(NameIndex.class);

    private NameIndex() {
    }

    /**
     * Indexes the name a quad holds, if it holds one, for a writer that added the quad to the store beneath the
     * wrapper (the bulk writer goes to TDB2's indexes directly). Call inside the write transaction: the index
     * commits or rolls back with it, as for a quad added through the wrapper.
     */
    public static void added(Dataset dataset, Quad quad) {
        if (PREDICATES.contains(quad.getPredicate())
                && dataset.asDatasetGraph() instanceof DatasetGraphText text) {
            Entity entity = TextQueryFuncs.entityFromQuad(text.getTextIndex().getDocDef(), quad);
            if (entity != null) {
                text.getTextIndex().addEntity(entity);
            }
        }
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
        if (index.getIndexWriter().getDocStats().numDocs == 0) {
            rebuild(store, index);
        }
        return DatasetFactory.wrap(new Store(store.asDatasetGraph(), index, folder != null));
    }

    /**
     * The name index of a store kept in a remote server, which has none the application can use: in memory, filled
     * from the server's names now, and kept current by the write transactions of this process once the server has
     * committed them (names written by other processes are found after the next start).
     */
    public static Dataset wrapRemote(Dataset store, RemoteDatasetGraph remote) {
        TextIndexLucene index = new Index(new ByteBuffersDirectory(), config());
        store.getContext().set(TextQuery.textIndex, index);
        rebuild(store, index);
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

    /** Indexes every name of the store, for a store that had data before it had this index. */
    private static void rebuild(Dataset store, TextIndexLucene index) {
        long start = System.nanoTime();
        EntityDefinition definition = index.getDocDef();
        long added = Txn.calculateRead(store, () -> {
            long n = 0;
            for (Node predicate : PREDICATES) {
                Iterator<Quad> quads = store.asDatasetGraph().find(Node.ANY, Node.ANY, predicate, Node.ANY);
                while (quads.hasNext()) {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
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
     * Closing a folder store also lets go of its folder (TDB2 keeps it open for the JVM otherwise; the wrapper hides
     * the TDB2 dataset from {@code TDBInternal.expel}), so it can be opened again, by this process or another.
     */
    private static final class Store extends DatasetGraphText {

        private final TextIndexLucene index;
        private final boolean inFolder;

        Store(DatasetGraph tdb, TextIndexLucene index, boolean inFolder) {
            super(tdb, index, new TextDocProducerTriples(index), true);
            this.index = index;
            this.inFolder = inFolder;
        }

        /**
         * Forgets the graph's names, then lets TDB2 remove the graph itself. jena-text's own removeGraph finds the
         * quads and deletes them one by one by value, and TDB2 does not find again some literals it stores inline
         * (an sg:confidence "0.9"^^xsd:decimal stayed behind). The names are plain strings and are found.
         */
        @Override
        public void removeGraph(Node graphName) {
            EntityDefinition definition = index.getDocDef();
            for (Node predicate : PREDICATES) {
                List<Quad> names = Iter.toList(monitored().find(graphName, Node.ANY, predicate, Node.ANY));
                for (Quad quad : names) {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                    if (entity != null) {
                        index.deleteEntity(entity);
                    }
                }
            }
            monitored().removeGraph(graphName);
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
