package org.summitgraph.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.GraphNames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every dump format read back by Jena gives what was dumped; a dump imported into an empty store gives the store. */
class DumpRoundTripTest {

    private static final JsonLdContext CONTEXT = JsonLdContext.standard();

    @TempDir
    Path dir;

    private static DatasetGraph source() {
        return SampleDataset.store().dataset().asDatasetGraph();
    }

    private static byte[] dump(DumpScope scope, RdfFormat format, BaseIri base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DumpWriter(source(), base, CONTEXT).write(scope, format, out);
        return out.toByteArray();
    }

    private Path file(byte[] bytes, RdfFormat format) throws IOException {
        Path f = dir.resolve("dump." + format.extension());
        Files.write(f, bytes);
        return f;
    }

    private static DatasetGraph emptyStore() {
        return StoreFactory.open(StoreFactory.IN_MEMORY).asDatasetGraph();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TRIG", "NQUADS"})
    void aWholeDumpImportedIntoAnEmptyStoreIsIsomorphicToTheStore(RdfFormat format) throws IOException {
        byte[] bytes = dump(DumpScope.dataset(), format, BaseIri.internal());
        DatasetGraph copy = emptyStore();

        long read = new DumpReader(copy, BaseIri.internal()).load(file(bytes, format), format,
                NodeFactory.createURI(DumpReader.IMPORTED));

        DatasetGraph original = source();
        Txn.executeRead(original, () -> Txn.executeRead(copy, () -> {
            assertEquals(original.stream().count(), read, "every quad was read");
            assertIsomorphic(original, copy);
        }));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void theWholeDumpParsesBackToTheUnionOfTheGraphsOrTheGraphs(RdfFormat format) {
        byte[] bytes = dump(DumpScope.dataset(), format, BaseIri.internal());
        DatasetGraph original = source();
        if (format.quads()) {
            DatasetGraph parsed = RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), format.lang()).toDatasetGraph();
            Txn.executeRead(original, () -> assertIsomorphic(original, parsed));
        } else {
            Graph parsed = RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), format.lang()).toGraph();
            Txn.executeRead(original, () -> {
                Graph union = GraphFactory.createDefaultGraph();
                original.getUnionGraph().find().forEach(union::add);
                assertEquals(union.size(), parsed.size(), "each triple of the union once");
                assertTrue(union.isIsomorphicWith(parsed), format + " gives the union graph");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void oneArticlesGraphParsesBackToThatGraph(RdfFormat format) {
        DatasetGraph original = source();
        Node article = Txn.calculateRead(original, () -> original.listGraphNodes().next().isURI()
                ? firstArticleGraph(original) : null);
        byte[] bytes = dump(DumpScope.graph(article), format, BaseIri.internal());
        Graph expected = Txn.calculateRead(original, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            original.getGraph(article).find().forEach(g::add);
            return g;
        });
        Graph parsed = format.quads()
                ? RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), format.lang()).toDatasetGraph().getGraph(article)
                : RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), format.lang()).toGraph();
        assertTrue(expected.size() > 100, "the article's graph is not empty");
        assertTrue(expected.isIsomorphicWith(parsed), () -> format + " gives the article's graph; only in the store: "
                + difference(expected, parsed) + "; only in the dump: " + difference(parsed, expected));
    }

    @Test
    void aDumpUnderAnotherBaseIriNamesNothingUnderTheStoresOwnAndImportsBackUnderIt() throws IOException {
        BaseIri base = new BaseIri("https://data.example.org/kg/");
        byte[] bytes = dump(DumpScope.dataset(), RdfFormat.NQUADS, base);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("<https://summitgraph.org/id/"), "entities are published under the base");
        assertFalse(text.contains("<https://summitgraph.org/graph/"), "graphs too");
        assertTrue(text.contains("<https://data.example.org/kg/id/person/kong-lingxian>"));
        assertTrue(text.contains("<https://summitgraph.org/ontology#worksFor>"), "the vocabulary stays the project's");

        DatasetGraph copy = emptyStore();
        new DumpReader(copy, base).load(file(bytes, RdfFormat.NQUADS), RdfFormat.NQUADS,
                NodeFactory.createURI(DumpReader.IMPORTED));
        DatasetGraph original = source();
        Txn.executeRead(original, () -> Txn.executeRead(copy, () -> assertIsomorphic(original, copy)));
    }

    @Test
    void aMalformedDumpLoadsNothing() throws IOException {
        DatasetGraph copy = emptyStore();
        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<https://summitgraph.org/id/person/a> <https://summitgraph.org/ontology#worksFor> "
                + "<https://summitgraph.org/id/organization/b> <https://summitgraph.org/graph/x> .\nnot a quad\n");

        DumpReader reader = new DumpReader(copy, BaseIri.internal());
        try {
            reader.load(bad, RdfFormat.NQUADS, NodeFactory.createURI(DumpReader.IMPORTED));
        } catch (DumpReader.MalformedDumpException expected) {
            Txn.executeRead(copy, () -> assertEquals(0, copy.stream().count(), "the store is unchanged"));
            return;
        }
        throw new AssertionError("a malformed dump was accepted");
    }

    /**
     * The same graph names, and each graph isomorphic to its namesake (graph by graph: Jena's dataset-wide matcher
     * takes exponential time on the blank nodes of the SHACL shapes).
     */
    private static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        java.util.Set<Node> names = new java.util.HashSet<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        java.util.Set<Node> actualNames = new java.util.HashSet<>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        assertEquals(names, actualNames, "the same graphs");
        for (Node g : names) {
            assertTrue(copy(expected.getGraph(g)).isIsomorphicWith(copy(actual.getGraph(g))), g + " is the same graph");
        }
        assertTrue(copy(expected.getDefaultGraph()).isIsomorphicWith(copy(actual.getDefaultGraph())), "the same default graph");
    }

    /** Up to ten triples of {@code a} that {@code b} lacks, blank nodes aside (they cannot be compared by value). */
    private static String difference(Graph a, Graph b) {
        return a.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || b.contains(t))
                .toList().stream().limit(10).map(Object::toString).toList().toString();
    }

    /** In memory: the matcher on a TDB2 graph goes by the store's lookups, not by term equality. */
    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEach(out::add);
        return out;
    }

    private static Node firstArticleGraph(DatasetGraph dsg) {
        var it = dsg.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            if (GraphNames.isArticleGraph(g)) {
                return g;
            }
        }
        throw new AssertionError("no article graph");
    }
}
