package org.summitgraph.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Where a remote store answers: its SPARQL 1.1 query, update and Graph Store Protocol services, and the account to
 * use with HTTP basic authentication (none when {@code user} is empty).
 */
public record RemoteService(String query, String update, String gsp, String user, String password) {

    public RemoteService {
        query = required(query, "query");
        update = required(update, "update");
        gsp = required(gsp, "gsp");
    }

    /**
     * The services of an Apache Jena Fuseki dataset ({@code http://host:3030/ds}): {@code /query}, {@code /update}
     * and {@code /data}; each one given explicitly wins. Other servers name their services otherwise: give all three.
     */
    public static RemoteService of(String datasetUrl, String query, String update, String gsp, String user,
                                   String password) {
        String base = blank(datasetUrl) ? null : datasetUrl.replaceAll("/+$", "");
        return new RemoteService(blank(query) && base != null ? base + "/query" : query,
                blank(update) && base != null ? base + "/update" : update,
                blank(gsp) && base != null ? base + "/data" : gsp, user, password);
    }

    /** An HTTP client that answers the services' basic-authentication challenges with the account, if any. */
    public HttpClient httpClient() {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (!blank(user)) {
            char[] secret = password == null ? new char[0] : password.toCharArray();
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret);
                }
            });
        }
        return builder.build();
    }

    @Override
    public String toString() {
        // never the password: this is logged
        return "query " + query + ", update " + update + ", gsp " + gsp + (blank(user) ? "" : ", as " + user);
    }

    private static String required(String url, String name) {
        if (blank(url)) {
            throw new IllegalArgumentException("The remote store needs the URL of its " + name
                    + " service: set summitgraph.store.remote.url (a Fuseki dataset) or summitgraph.store.remote." + name + ".");
        }
        URI uri = URI.create(url.trim());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("The remote " + name + " service must be an http(s) URL, not " + url + ".");
        }
        return uri.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
