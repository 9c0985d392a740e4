package org.summitgraph.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TdbScanTest {

    private static final Node GRAPH = NodeFactory.createURI("https://summitgraph.org/graph/article/a");
    private static final Node SUBJECT = NodeFactory.createURI("https://summitgraph.org/id/article/a/mention/1");
    private static final Node VALUE = NodeFactory.createURI("https://summitgraph.org/ontology#value");

    /**
     * A store where a stored term and an inline number have ids of the same value, next to each other in index
     * order (stored ids sort first): the number 'N' beside the IRI kept at offset N of the node table.
     */
    private static DatasetGraph storeWithACollidingNumber(Set<Quad> written) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node iri = NodeFactory.createURI("https://summitgraph.org/id/person/someone-with-a-long-enough-name");
        Quad first = Quad.create(GRAPH, SUBJECT, VALUE, iri);
        Txn.executeWrite(dsg, () -> dsg.add(first));
        long offset = Txn.calculateRead(dsg, () -> TDBInternal.getDatasetGraphTDB(dsg).getQuadTable()
                .getNodeTupleTable().getNodeTable().getNodeIdForNode(iri).getPtrLocation());
        Quad number = Quad.create(GRAPH, SUBJECT, VALUE,
                NodeFactory.createLiteralDT(Long.toString(offset), XSDDatatype.XSDinteger));
        Txn.executeWrite(dsg, () -> dsg.add(number));
        written.add(first);
        written.add(number);
        return dsg;
    }

    @Test
    void anInlineNumberIsNotTakenForTheStoredTermWhoseIdHasItsValue() {
        Set<Quad> written = new HashSet<>();
        DatasetGraph dsg = storeWithACollidingNumber(written);
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);

        Set<Quad> ofTheGraph = new HashSet<>();
        Set<Quad> ofTheStore = new HashSet<>();
        Set<Triple> union = new HashSet<>();
        Txn.executeRead(dsg, () -> {
            TdbScan.quads(tdb, GRAPH).forEachRemaining(ofTheGraph::add);
            TdbScan.quads(tdb).forEachRemaining(ofTheStore::add);
            TdbScan.union(tdb).forEachRemaining(union::add);
        });

        assertEquals(written, ofTheGraph);
        assertEquals(written, ofTheStore);
        assertEquals(2, union.size(), "both triples, neither dropped as a copy of the other: " + union);
        assertTrue(union.containsAll(written.stream().map(Quad::asTriple).toList()));
    }

    @Test
    void idsAreTheSameOnlyWithTheSameType() {
        Set<Quad> written = new HashSet<>();
        DatasetGraph dsg = storeWithACollidingNumber(written);
        Txn.executeRead(dsg, () -> {
            var nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
            NodeId[] ids = written.stream().map(Quad::getObject).map(nodes::getNodeIdForNode).toArray(NodeId[]::new);
            assertTrue(ids[0].equals(ids[1]), "Jena's equality ignores the type");
            assertFalse(TdbScan.same(ids[0], ids[1]), "ours does not");
            assertTrue(TdbScan.same(ids[0], ids[0]));
        });
    }
}
