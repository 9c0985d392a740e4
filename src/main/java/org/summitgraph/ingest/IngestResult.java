package org.summitgraph.ingest;

/**
 * What ingesting one article did.
 *
 * @param id the article's identifier
 * @param iri the article node
 * @param title its title
 * @param replaced whether an earlier version was replaced
 * @param triples statements in its graph
 * @param entities entities it mentions
 * @param millis time taken
 */
public record IngestResult(String id, String iri, String title, boolean replaced, long triples, int entities,
                           long millis) {
}
