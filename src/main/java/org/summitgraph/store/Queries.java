package org.summitgraph.store;

import org.apache.jena.query.ParameterizedSparqlString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The application's own SPARQL, kept in {@code queries/*.rq}; values are bound, never pasted in. */
public final class Queries {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Queries() {
    }

    public static ParameterizedSparqlString get(String name) {
        String text = CACHE.computeIfAbsent(name, Queries::load);
        return new ParameterizedSparqlString(text);
    }

    private static String load(String name) {
        String path = "/queries/" + name + ".rq";
        try (InputStream in = Queries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no query " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
