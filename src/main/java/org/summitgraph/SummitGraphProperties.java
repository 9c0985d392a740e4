package org.summitgraph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code summitgraph.*}.
 *
 * @param store folder of the TDB2 store, or {@code mem} for a store in memory
 * @param articles folder whose articles are ingested at start-up when the store lacks them
 * @param maxArticleSize largest article accepted
 * @param admin the account that may write
 * @param sparql the SPARQL endpoint's limits
 */
@ConfigurationProperties("summitgraph")
public record SummitGraphProperties(@DefaultValue("store") String store,
                                    @DefaultValue("data/articles") String articles,
                                    @DefaultValue("2MB") DataSize maxArticleSize,
                                    @DefaultValue Admin admin,
                                    @DefaultValue Sparql sparql) {

    /** @param password when empty, one is generated at start-up and logged once */
    public record Admin(String password) {
    }

    /**
     * @param timeout a query running longer is stopped and answered with an error
     * @param allowService whether queries may call other endpoints with SERVICE (off: the server would fetch
     *                     whatever address a query names, internal ones included)
     */
    public record Sparql(@DefaultValue("10s") java.time.Duration timeout, @DefaultValue("false") boolean allowService) {
    }
}
