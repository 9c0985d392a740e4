package org.summitgraph.figures;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.summitgraph.vocab.SG;

/**
 * The terms of the figures graph. Its nodes are figure nodes named from a digest of what they count, so an entity
 * or a fact never appears in it as a node: queries over the union graph that look for an entity's triples (its page,
 * its neighbourhood) never meet a figure.
 */
public final class FIG {

    public static final String NS = "https://summitgraph.org/figures#";
    /** Where figure nodes are named. */
    public static final String ID = "https://summitgraph.org/figures/";

    /** The named graph that holds the figures. */
    public static final Node GRAPH = NodeFactory.createURI(SG.GRAPH + "figures");
    /** The node that says which version of the figures the graph holds. */
    public static final Node STORE = NodeFactory.createURI(ID + "store");

    public static final Node version = term("version");
    /** On an entity figure: how many articles mention it or report on it. On a fact figure: how many articles state it. */
    public static final Node articles = term("articles");
    /** On an entity figure: one of its newest articles. */
    public static final Node recentArticle = term("recentArticle");
    /** On a fact figure: how many statements back it. */
    public static final Node statements = term("statements");
    /** On a fact figure: one of its newest statements. */
    public static final Node recentStatement = term("recentStatement");

    private FIG() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
