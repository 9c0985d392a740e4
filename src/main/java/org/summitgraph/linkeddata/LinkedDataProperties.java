package org.summitgraph.linkeddata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The linked-data settings under {@code summitgraph.*}.
 *
 * @param baseIri where the graph is published: IRIs minted under {@code https://summitgraph.org/} are rewritten
 *                under it in descriptions and dumps, and the server answers for {@code /id/...} under its path
 * @param license the licence the dataset description (VoID, DCAT) states
 */
@ConfigurationProperties("summitgraph")
public record LinkedDataProperties(@DefaultValue(BaseIri.INTERNAL) String baseIri,
                                   @DefaultValue("https://creativecommons.org/licenses/by/4.0/") String license) {
}
