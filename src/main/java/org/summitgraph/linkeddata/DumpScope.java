package org.summitgraph.linkeddata;

import org.apache.jena.graph.Node;

/** What a dump holds: the whole dataset, or one named graph. */
public record DumpScope(Node graph) {

    public static DumpScope dataset() {
        return new DumpScope(null);
    }

    public static DumpScope graph(Node graph) {
        if (graph == null || !graph.isURI()) {
            throw new IllegalArgumentException("a graph to dump is named by an IRI");
        }
        return new DumpScope(graph);
    }

    public boolean wholeDataset() {
        return graph == null;
    }
}
