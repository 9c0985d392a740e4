package org.summitgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreLayoutTest {

    private static final Node GRAPH = NodeFactory.createURI("https://summitgraph.org/graph/article/1");
    private static final Node PERSON = NodeFactory.createURI("https://summitgraph.org/id/person/ada");
    private static final Node WORKS_FOR = NodeFactory.createURI("https://summitgraph.org/ontology#worksFor");
    private static final Node COMPANY = NodeFactory.createURI("https://summitgraph.org/id/organization/acme");
    private static final List<String> FOUR = List.of("GSPO", "SPOG", "POSG", "OSPG");

    @TempDir
    Path dir;

    @Test
    void aNewStoreKeepsFourQuadOrdersAndWritesItsLayoutIntoItsStorageFolder() throws Exception {
        Path folder = dir.resolve("store");
        Dataset dataset = StoreFactory.open(folder.toString());
        try {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(GRAPH, PERSON, WORKS_FOR, COMPANY));
            assertEquals(FOUR, quadOrders(dataset));
            assertTrue(Files.readString(folder.resolve("Data-0001").resolve("tdb.cfg")).contains("\"OSPG\""));
            assertFalse(Files.exists(folder.resolve("Data-0001").resolve("GPOS.bpt")));
        } finally {
            release(dataset);
        }
    }

    @Test
    void aPatternInsideANamedGraphWithTheSubjectUnboundIsStillAnswered() {
        Dataset dataset = StoreFactory.open(dir.resolve("store").toString());
        try {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(GRAPH, PERSON, WORKS_FOR, COMPANY));
            assertEquals(PERSON.getURI(), whoWorksForAcme(dataset));
        } finally {
            release(dataset);
        }
    }

    @Test
    void aStoreMadeWithTdb2sDefaultsIsOpenedWithItsSixOrdersSoNoneGoesStale() {
        Path folder = dir.resolve("old");
        Dataset old = TDB2Factory.connectDataset(folder.toString());
        Txn.executeWrite(old, () -> old.asDatasetGraph().add(GRAPH, PERSON, WORKS_FOR, COMPANY));
        release(old);

        Dataset reopened = StoreFactory.open(folder.toString());
        try {
            assertEquals(6, quadOrders(reopened).size());
            assertTrue(Files.exists(folder.resolve("Data-0001").resolve("GPOS.bpt")));
            assertEquals(PERSON.getURI(), whoWorksForAcme(reopened));
        } finally {
            release(reopened);
        }
    }

    @Test
    void aCompactedStoreIsOpenedAgainWithItsFourOrdersAndWithoutTheFilesOfTheOthers() {
        Path folder = dir.resolve("store");
        Dataset dataset = StoreFactory.open(folder.toString());
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(GRAPH, PERSON, WORKS_FOR, COMPANY));
        assertTrue(StoreCompaction.compact(dataset));
        assertTrue(Files.exists(folder.resolve("Data-0002").resolve("GPOS.bpt")), "Jena's compaction writes all six orders");
        release(dataset);

        Dataset reopened = StoreFactory.open(folder.toString());
        try {
            assertEquals(FOUR, quadOrders(reopened));
            assertFalse(Files.exists(folder.resolve("Data-0002").resolve("GPOS.bpt")));
            assertFalse(Files.exists(folder.resolve("Data-0002").resolve("GOSP.dat")));
            assertTrue(Files.exists(folder.resolve("Data-0002").resolve("POSG.bpt")));
            assertEquals(PERSON.getURI(), whoWorksForAcme(reopened));
        } finally {
            release(reopened);
        }
    }

    @Test
    void aFolderWithOnlyANameIndexInItIsANewStore() throws Exception {
        Path folder = dir.resolve("store");
        Files.createDirectories(folder.resolve("text-index"));
        assertTrue(StoreLayout.isNewStore(folder));
        Files.createDirectories(folder.resolve("Data-0001"));
        assertFalse(StoreLayout.isNewStore(folder));
    }

    private static String whoWorksForAcme(Dataset dataset) {
        String query = "SELECT ?who WHERE { GRAPH <" + GRAPH.getURI() + "> { ?who <" + WORKS_FOR.getURI()
                + "> <" + COMPANY.getURI() + "> } }";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execSelect().next().getResource("who").getURI();
            }
        });
    }

    private static List<String> quadOrders(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> Arrays.stream(TDBInternal.getDatasetGraphTDB(switchable(dataset))
                        .getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
                .map(TupleIndex::getName).toList());
    }

    private static DatasetGraph switchable(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        while (!(dsg instanceof DatasetGraphSwitchable) && dsg instanceof DatasetGraphWrapper wrapper) {
            dsg = wrapper.getWrapped();
        }
        return dsg;
    }

    /** Closes the store and lets TDB2 forget it, so that the folder can be opened again in the same JVM. */
    private static void release(Dataset dataset) {
        DatasetGraph tdb = switchable(dataset);
        dataset.close();
        TDBInternal.expel(tdb);
    }
}
