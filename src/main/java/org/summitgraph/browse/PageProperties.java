package org.summitgraph.browse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code summitgraph.pages}.
 *
 * @param cacheSize how many built entity pages are kept (by IRI, language and page of articles); 0 keeps none
 */
@ConfigurationProperties("summitgraph.pages")
record PageProperties(@DefaultValue("1000") int cacheSize) {

    PageProperties {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("summitgraph.pages.cache-size must be 0 or more, not " + cacheSize);
        }
    }
}
