package org.summitgraph.browse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code summitgraph.pages}.
 *
 * @param cacheSize how many rendered pages are kept; 0 keeps none
 * @param cacheMemory the most their HTML may take together, gzipped as it is kept
 * @param warmUp how many of the most-mentioned entities have their pages rendered into the cache ahead of readers;
 *               0 renders none
 */
@ConfigurationProperties("summitgraph.pages")
record PageProperties(@DefaultValue("5000") int cacheSize, @DefaultValue("128MB") DataSize cacheMemory,
                      @DefaultValue("1000") int warmUp) {

    PageProperties {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("summitgraph.pages.cache-size must be 0 or more, not " + cacheSize);
        }
        if (warmUp < 0) {
            throw new IllegalArgumentException("summitgraph.pages.warm-up must be 0 or more, not " + warmUp);
        }
    }
}
