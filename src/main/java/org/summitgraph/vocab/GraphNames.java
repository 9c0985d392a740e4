package org.summitgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The names of the named graphs the store holds. */
public final class GraphNames {

    public static final Node ONTOLOGY = NodeFactory.createURI(SG.GRAPH + "ontology");
    public static final Node SHAPES = NodeFactory.createURI(SG.GRAPH + "shapes");
    public static final Node REFERENCE = NodeFactory.createURI(SG.GRAPH + "reference");
    public static final String ARTICLE_PREFIX = SG.GRAPH + "article/";

    private GraphNames() {
    }

    public static Node article(String articleId) {
        return NodeFactory.createURI(ARTICLE_PREFIX + articleId);
    }

    public static boolean isArticleGraph(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(ARTICLE_PREFIX);
    }
}
