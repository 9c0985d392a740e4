package org.summitgraph.graphview;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.summitgraph.vocab.SG;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.graphview.Fixture.CATALYST;
import static org.summitgraph.graphview.Fixture.KONG;
import static org.summitgraph.graphview.Fixture.QINLING;

class NeighbourhoodQueryTest {

    private final Dataset dataset = DatasetFactory.createTxnMem();

    NeighbourhoodQueryTest() {
        dataset.executeWrite(() -> dataset.getDefaultModel().add(Fixture.model()));
    }

    @Test
    void theTextIsAConstructQueryWithTheEntityWrittenInAsAnIri() {
        String text = new NeighbourhoodQuery(KONG, Relations.NAMES).text();

        Query parsed = QueryFactory.create(text);
        assertTrue(parsed.isConstructType());
        assertTrue(text.contains("<" + KONG + ">"), text);
        assertFalse(text.contains("?focus"), "no variable left to bind");
    }

    @Test
    void theRelationFilterIsPartOfTheText() {
        String text = new NeighbourhoodQuery(KONG, List.of("worksFor")).text();

        assertTrue(text.contains("VALUES ?relation { sg:worksFor }"), text);
    }

    @Test
    void itConstructsTheRelationsNamesAndRolesOfTheEntity() {
        Model graph = new NeighbourhoodQuery(KONG, Relations.NAMES).run(dataset);

        Resource kong = ResourceFactory.createResource(KONG);
        assertTrue(graph.contains(kong, SG.worksFor, ResourceFactory.createResource(CATALYST)));
        assertTrue(graph.contains(null, SG.roleIn, ResourceFactory.createResource(QINLING)));
        assertTrue(graph.contains(null, SG.roleTitle, "PTL"));
        assertTrue(graph.contains(SG.worksFor, RDFS.label, "任职于", "zh"));
        assertFalse(graph.contains(kong, SG.roleIn, (RDFNode) null),
                "a role is not turned into a triple that is not in the data");
    }

    @Test
    void relationsLeftOutAreNotConstructed() {
        Model graph = new NeighbourhoodQuery(KONG, List.of("worksFor")).run(dataset);

        assertFalse(graph.contains(null, SG.attends, (RDFNode) null));
        assertFalse(graph.contains(null, SG.roleTitle, (RDFNode) null));
    }
}
