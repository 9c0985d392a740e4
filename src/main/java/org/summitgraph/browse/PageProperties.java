package org.summitgraph.browse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code summitgraph.pages}.
 *
 * @param cacheSize how many rendered pages are kept; 0 keeps none
 * @param cacheMemory the most their HTML may take together
 */
@ConfigurationProperties("summitgraph.pages")
record PageProperties(@DefaultValue("1000") int cacheSize, @DefaultValue("64MB") DataSize cacheMemory) {

    PageProperties {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("summitgraph.pages.cache-size must be 0 or more, not " + cacheSize);
        }
    }
}
