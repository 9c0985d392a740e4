package org.summitgraph.graphview;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** The small graph around Lingxian Kong that the graph view's tests draw from. */
final class Fixture {

    static final String KONG = "https://summitgraph.org/id/person/kong-lingxian";
    static final String QINLING = "https://summitgraph.org/id/project/qinling";
    static final String CATALYST = "https://summitgraph.org/id/organization/catalyst-it";
    static final String SYDNEY = "https://summitgraph.org/id/summit/sydney-2017";

    private Fixture() {
    }

    static Model model() {
        return RDFDataMgr.loadModel("graphview/neighbourhood.ttl");
    }
}
