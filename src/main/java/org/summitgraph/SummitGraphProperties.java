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
 */
@ConfigurationProperties("summitgraph")
public record SummitGraphProperties(@DefaultValue("store") String store,
                                    @DefaultValue("data/articles") String articles,
                                    @DefaultValue("2MB") DataSize maxArticleSize,
                                    @DefaultValue Admin admin) {

    /** @param password when empty, one is generated at start-up and logged once */
    public record Admin(String password) {
    }
}
