package org.summitgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

import java.util.Collection;
import java.util.Set;

/** Learns what a write transaction on a remote store changes (the name index, which the server does not keep). */
public interface RemoteCommitObserver {

    /**
     * Called before the transaction's update request is sent, while the server still holds the graphs being dropped
     * ({@link RemoteDatasetGraph#committedFind}); returns what to do once the server has committed the request.
     */
    Runnable beforeCommit(RemoteDatasetGraph store, Set<Node> droppedGraphs, Collection<Quad> deleted,
                          Collection<Quad> added);
}
