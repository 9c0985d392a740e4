package org.summitgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.summitgraph.figures.Figures;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.vocab.GraphNames;
import org.summitgraph.vocab.SG;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The remote store itself, on a dataset of the test Fuseki: transactions, replacement, figures and the name index
 * kept here. Runs in the remote-store execution of the integration tests, which provides the server.
 */
class RemoteStoreIT {

    private static final Node G = NodeFactory.createURI("https://summitgraph.org/graph/article/remote-it");
    private static final Node S = NodeFactory.createURI(SG.ID + "organization/remote-it");

    private final Dataset dataset = StoreFactory.openRemote(
            RemoteService.of(FusekiForTests.get().freshDataset(), null, null, null, null, null));
    private final GraphStore store = new GraphStore(dataset);

    private static Model article(String id, String title, String url, String text) {
        Model m = ModelFactory.createDefaultModel();
        var a = m.createResource(SG.ID + "article/" + id, SG.Article)
                .addProperty(RDFS.label, title, "en").addProperty(SG.title, title).addProperty(SG.language, "en")
                .addProperty(SG.text, text);
        if (url != null) {
            a.addProperty(SG.url, m.createTypedLiteral(url, org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI));
        }
        return m;
    }

    private List<String> namesFound(String word) {
        TextIndex index = (TextIndex) dataset.getContext().get(TextQuery.textIndex);
        return index.query((Node) null, "name:" + word, null, null, 10).stream()
                .map(TextHit::getNode).map(Node::getURI).distinct().toList();
    }

    private long count(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void anArticleIsStoredWithItsNamesIndexedAndTheFiguresMarkedCurrent() {
        store.putArticle("w1", article("w1", "Wombatopolis day one", null, "text one"), null, "text one");
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) WHERE { ?a a <" + SG.Article.getURI() + "> }"));
        assertTrue(store.containsArticle("w1"));
        assertTrue(store.holdsArticle("w1", "text one"));
        assertEquals(List.of(SG.ID + "article/w1"), namesFound("wombatopolis"));
        Quad mark = Figures.versionMark();
        assertTrue(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(mark)));
    }

    @Test
    void anArticleStoredAgainUnderItsUrlReplacesTheOldVersionAndItsNames() {
        store.putArticle("old", article("old", "Quokkaville recap", "https://example.org/q", "old"), "https://example.org/q", "old");
        GraphStore.Written w = store.putArticle("new", article("new", "Numbatburg recap", "https://example.org/q", "new"),
                "https://example.org/q", "new");
        assertTrue(w.replaced());
        assertEquals(List.of("Numbatburg recap"), store.articles().stream().map(ArticleSummary::title).toList());
        assertFalse(store.containsArticle("old"));
        assertEquals(List.of(), namesFound("quokkaville"));
        assertEquals(List.of(SG.ID + "article/new"), namesFound("numbatburg"));
        assertTrue(store.deleteArticle("new"));
        assertEquals(List.of(), namesFound("numbatburg"));
        assertEquals(0, store.articles().size());
    }

    @Test
    void aWriteTransactionReadsItsOwnWritesAndAnAbortSendsNothing() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node label = NodeFactory.createLiteralLang("Bilbyton", "en");
        dataset.begin(ReadWrite.WRITE);
        try {
            dsg.add(G, S, RDFS.label.asNode(), label);
            assertEquals(List.of(Quad.create(G, S, RDFS.label.asNode(), label)), Iter.toList(dsg.find(G, S, Node.ANY, Node.ANY)));
            assertTrue(dsg.containsGraph(G));
            dataset.abort();
        } finally {
            dataset.end();
        }
        assertFalse(Txn.calculateRead(dataset, () -> dsg.containsGraph(G)));
        assertEquals(List.of(), namesFound("bilbyton"));
    }

    @Test
    void aQueryInsideAWriteTransactionWithPendingWritesIsRefused() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Txn.executeWrite(dataset, () -> {
            dsg.add(G, S, RDFS.label.asNode(), NodeFactory.createLiteralString("x"));
            try (QueryExecution qe = QueryExecution.dataset(dataset).query("ASK { ?s ?p ?o }").build()) {
                qe.execAsk();
            }
        }));
        assertTrue(e.getMessage().contains("own writes"), e.getMessage());
        assertFalse(Txn.calculateRead(dataset, () -> dsg.containsGraph(G)), "the failed transaction left nothing");
    }

    @Test
    void aKnowledgeGraphFullOfBlankNodesIsReplacedWholeAndRecognisedWhenUnchanged() {
        Model shapes = BundledKnowledge.fromClasspath().shapesModel();
        store.replaceGraph(GraphNames.SHAPES, shapes);
        int[] writes = {0};
        store.onWrite(() -> writes[0]++);
        store.replaceGraph(GraphNames.SHAPES, ModelFactory.createDefaultModel().add(shapes));
        assertEquals(0, writes[0], "the same triples are not written again");
        assertEquals(shapes.size(), Txn.calculateRead(dataset,
                () -> (long) dataset.getNamedModel(GraphNames.SHAPES.getURI()).size()));
    }
}
