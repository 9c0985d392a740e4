package org.summitgraph.generator;

/**
 * An entity as a gold file names it: an id unique in the article, a type of the gold README and a canonical name.
 */
record Ent(String id, String type, String name) {
}
