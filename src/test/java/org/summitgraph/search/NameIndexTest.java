package org.summitgraph.search;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameIndexTest {

    private static final String UNIONPAY = SG.ID + "organization/china-unionpay";
    private static final String BANK = SG.ID + "organization/bank-of-china";
    private static final String KONG = SG.ID + "person/kong-lingxian";

    private final List<Dataset> opened = new ArrayList<>();

    @AfterEach
    void close() {
        // closing a folder store lets go of its folder, so that it can be opened again
        opened.forEach(Dataset::close);
    }

    private Dataset open(String location) {
        Dataset d = StoreFactory.open(location);
        opened.add(d);
        return d;
    }

    private static Model names(String iri, String en, String zh, String... aliases) {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(iri).addProperty(RDF.type, SG.Organization);
        if (en != null) {
            r.addProperty(RDFS.label, en, "en");
        }
        r.addProperty(RDFS.label, zh, "zh");
        for (String alias : aliases) {
            r.addProperty(SKOS.altLabel, alias, "zh");
        }
        return m;
    }

    private static Model article(String id, String title, Model entities) {
        Model m = ModelFactory.createDefaultModel().add(entities);
        m.createResource(SG.ID + "article/" + id).addProperty(RDF.type, SG.Article).addProperty(SG.title, title);
        return m;
    }

    private static List<String> textQuery(Dataset dataset, String luceneQuery) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \""
                + luceneQuery.replace("\"", "\\\"") + "\" }";
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.getResource("s").getURI()));
            }
            out.sort(Comparator.naturalOrder());
            return out;
        });
    }

    private static long count(Dataset dataset, String pattern) {
        String q = "PREFIX sg: <" + SG.NS + "> SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aWordFindsTheNameHoldingItAndNotANameThatMerelySharesACharacter() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        store.putArticle("a1", article("a1", "One", names(UNIONPAY, "China UnionPay", "中国银联")
                .add(names(BANK, "Bank of China", "中国银行"))), null, "one");

        assertEquals(List.of(UNIONPAY), textQuery(dataset, LuceneQuery.of("银联")));
        assertEquals(List.of(UNIONPAY), textQuery(dataset, LuceneQuery.of("ＵＮＩＯＮＰＡＹ")));
    }

    @Test
    void theBeginningOfAnUnknownChineseNameFindsIt() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        new GraphStore(dataset).putArticle("a1", article("a1", "One", names(KONG, "Lingxian Kong", "孔令贤")), null, "one");

        assertEquals(List.of(KONG), textQuery(dataset, LuceneQuery.of("孔令")));
        assertEquals(List.of(KONG), textQuery(dataset, LuceneQuery.of("Ling")));
    }

    @Test
    void deletingAnArticleRemovesItsNamesButNotTheSameNamesInOtherGraphs() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        store.replaceGraph(GraphNames.REFERENCE, names(UNIONPAY, "China UnionPay", "中国银联"));
        store.putArticle("a1", article("a1", "Sydney day one", names(UNIONPAY, null, "中国银联", "银联卡组织")), null, "one");
        assertEquals(List.of(UNIONPAY), textQuery(dataset, LuceneQuery.of("银联卡组织")));
        assertEquals(List.of(SG.ID + "article/a1"), textQuery(dataset, LuceneQuery.of("Sydney day")));

        store.deleteArticle("a1");

        assertEquals(List.of(), textQuery(dataset, LuceneQuery.of("银联卡组织")));
        assertEquals(List.of(), textQuery(dataset, LuceneQuery.of("Sydney day")));
        assertEquals(List.of(UNIONPAY), textQuery(dataset, LuceneQuery.of("中国银联")), "still in the reference graph");
    }

    @Test
    void deletingAnArticleLeavesNoQuadBehindWhateverItsLiterals() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        Model m = article("a1", "One", names(UNIONPAY, "China UnionPay", "中国银联"));
        Resource a = m.getResource(SG.ID + "article/a1");
        a.addLiteral(SG.datePublished, m.createTypedLiteral("2018-05-21T10:00:00+08:00", XSDDatatype.XSDdateTime));
        a.addLiteral(SG.confidence, m.createTypedLiteral("0.90", XSDDatatype.XSDdecimal));
        a.addLiteral(SG.edition, m.createTypedLiteral("016", XSDDatatype.XSDinteger));
        store.putArticle("a1", m, null, "one");

        store.deleteArticle("a1");

        assertEquals(0, store.size());
    }

    @Test
    void replacingAnArticleReplacesItsNames() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        store.putArticle("a1", article("a1", "First title", names(BANK, "Bank of China", "中国银行")), null, "one");
        store.putArticle("a1", article("a1", "Second title", names(UNIONPAY, "China UnionPay", "中国银联")), null, "one");

        assertEquals(List.of(), textQuery(dataset, LuceneQuery.of("中国银行")));
        assertEquals(List.of(), textQuery(dataset, LuceneQuery.of("First")));
        assertEquals(List.of(UNIONPAY), textQuery(dataset, LuceneQuery.of("中国银联")));
    }

    @Test
    void queriesStillSeeTheUnionOfTheNamedGraphsAsDefaultGraph() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        store.putArticle("a1", article("a1", "One", names(UNIONPAY, "China UnionPay", "中国银联")), null, "one");
        store.putArticle("a2", article("a2", "Two", names(BANK, "Bank of China", "中国银行")), null, "two");

        assertEquals(2, count(dataset, "?a a sg:Article"));
        assertEquals(2, count(dataset, "?o a sg:Organization ; <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'en')"));
    }

    @Test
    void aFolderStoreKeepsItsIndexBesideTheDataAndRebuildsAMissingOne(@TempDir Path dir) throws Exception {
        String location = dir.resolve("store").toString();
        Dataset first = open(location);
        new GraphStore(first).putArticle("a1", article("a1", "One", names(UNIONPAY, "China UnionPay", "中国银联")), null, "one");
        close();
        opened.clear();
        Path index = Path.of(location, NameIndex.FOLDER);
        assertTrue(Files.isDirectory(index), "index folder inside the store folder");

        Dataset second = open(location);
        assertEquals(List.of(UNIONPAY), textQuery(second, LuceneQuery.of("银联")), "index kept across openings");
        close();
        opened.clear();

        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Dataset third = open(location);
        assertEquals(List.of(UNIONPAY), textQuery(third, LuceneQuery.of("银联")), "rebuilt at opening");
        assertEquals(1, count(third, "?a a sg:Article"), "TDB2 is not disturbed by the index folder");
    }

    @Test
    void aNameManyGraphsHoldIsOneHitAndStaysUntilTheLastGraphLosesIt() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        store.replaceGraph(GraphNames.REFERENCE, names(UNIONPAY, "China UnionPay", "中国银联"));
        store.putArticles(List.of(
                new GraphStore.ArticleWrite("a1", article("a1", "One", names(UNIONPAY, null, "中国银联", "银联卡组织")), null, "one"),
                new GraphStore.ArticleWrite("a2", article("a2", "Two", names(UNIONPAY, null, "中国银联", "银联卡组织")), null, "two")));
        store.putArticle("a3", article("a3", "Three", names(UNIONPAY, null, "中国银联", "银联卡组织")), null, "three");

        assertEquals(List.of("中国银联"), hits(dataset, LuceneQuery.of("中国银联")), "reference and three articles: one hit");
        assertEquals(List.of("银联卡组织"), hits(dataset, LuceneQuery.of("银联卡组织")));

        store.deleteArticle("a1");
        store.deleteArticle("a3");
        assertEquals(List.of("银联卡组织"), hits(dataset, LuceneQuery.of("银联卡组织")), "a2 still holds it");

        store.deleteArticle("a2");
        assertEquals(List.of(), hits(dataset, LuceneQuery.of("银联卡组织")));
        assertEquals(List.of("中国银联"), hits(dataset, LuceneQuery.of("中国银联")), "the reference graph still holds it");
    }

    @Test
    void anArticleReplacedInsideOneTransactionLeavesTheNamesTheOthersHold() {
        Dataset dataset = open(StoreFactory.IN_MEMORY);
        GraphStore store = new GraphStore(dataset);
        store.putArticles(List.of(
                new GraphStore.ArticleWrite("a1", article("a1", "One", names(UNIONPAY, null, "中国银联", "银联卡组织")), null, "one"),
                new GraphStore.ArticleWrite("a2", article("a2", "Two", names(UNIONPAY, null, "中国银联")), null, "two"),
                new GraphStore.ArticleWrite("a1", article("a1", "One again", names(BANK, "Bank of China", "中国银行")), null, "one"),
                new GraphStore.ArticleWrite("a3", article("a3", "Three", names(UNIONPAY, null, "中国银联")), null, "three")));
        store.putArticles(List.of(
                new GraphStore.ArticleWrite("a4", article("a4", "Four", names(KONG, null, "孔令贤", "银联卡组织")), null, "four"),
                new GraphStore.ArticleWrite("a4", article("a4", "Four again", names(KONG, null, "孔令贤")), null, "four"),
                new GraphStore.ArticleWrite("a5", article("a5", "Five", names(KONG, null, "孔令贤", "银联卡组织")), null, "five")));

        assertEquals(List.of("银联卡组织"), hits(dataset, LuceneQuery.of("银联卡组织")), "removed with a4's first version, indexed again for a5");
        assertEquals(List.of("孔令贤"), hits(dataset, LuceneQuery.of("孔令贤")));
        assertEquals(List.of("中国银联"), hits(dataset, LuceneQuery.of("中国银联")));
        assertEquals(List.of("中国银行"), hits(dataset, LuceneQuery.of("中国银行")));
    }

    @Test
    void anIndexWithADocumentPerNameAndGraphIsMadeAgainAtOpening(@TempDir Path dir) throws Exception {
        String location = dir.resolve("store").toString();
        GraphStore store = new GraphStore(open(location));
        store.putArticle("a1", article("a1", "One", names(UNIONPAY, "China UnionPay", "中国银联")), null, "one");
        store.putArticle("a2", article("a2", "Two", names(UNIONPAY, "China UnionPay", "中国银联")), null, "two");
        close();
        opened.clear();
        // what an index of the earlier format holds: the name once more, and no mark of its format
        try (IndexWriter old = new IndexWriter(FSDirectory.open(Path.of(location, NameIndex.FOLDER)), new IndexWriterConfig())) {
            Document copy = new Document();
            FieldType iri = new FieldType();
            iri.setStored(true);
            iri.setIndexOptions(IndexOptions.DOCS);
            iri.setTokenized(false);
            copy.add(new Field(NameIndex.ENTITY_FIELD, UNIONPAY, iri));
            copy.add(new TextField(NameIndex.NAME_FIELD, "中国银联", Field.Store.YES));
            old.addDocument(copy);
            old.setLiveCommitData(Map.<String, String>of().entrySet());
            old.commit();
        }

        Dataset again = open(location);

        assertEquals(List.of("中国银联"), hits(again, LuceneQuery.of("中国银联")));
    }

    /** The names of every document the query finds, a document per row. */
    private static List<String> hits(Dataset dataset, String luceneQuery) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?name WHERE { (?s ?score ?name) text:query \""
                + luceneQuery.replace("\"", "\\\"") + "\" }";
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(row.getLiteral("name").getLexicalForm()));
            }
            out.sort(Comparator.naturalOrder());
            return out;
        });
    }
}
