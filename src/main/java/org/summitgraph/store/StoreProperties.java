package org.summitgraph.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code summitgraph.store.*}: where the graph is kept. {@code summitgraph.store} itself stays the TDB2
 * folder (or {@code mem}) of the default mode.
 *
 * @param mode {@code tdb2} (the embedded store, default) or {@code remote} (a SPARQL 1.1 server)
 * @param remote the remote store's services, for mode {@code remote}
 */
@ConfigurationProperties("summitgraph.store")
public record StoreProperties(@DefaultValue("tdb2") Mode mode, @DefaultValue Remote remote) {

    public enum Mode { TDB2, REMOTE }

    /**
     * @param url a Fuseki dataset ({@code http://host:3030/ds}) whose query, update and data services are used
     * @param query the SPARQL query service, when not derived from {@code url}
     * @param update the SPARQL update service, when not derived from {@code url}
     * @param gsp the Graph Store Protocol service, when not derived from {@code url}
     * @param user for HTTP basic authentication; empty for none
     */
    public record Remote(String url, String query, String update, String gsp, String user, String password) {

        public RemoteService service() {
            return RemoteService.of(url, query, update, gsp, user, password);
        }
    }
}
