package org.summitgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Talks to the application under test over real HTTP. */
final class SearchHttp {

    static final String PASSWORD = "it-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    SearchHttp(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> search(String q, String language) {
        return send(request("/search?q=" + encode(q)).header("Accept", "text/html").header("Accept-Language", language));
    }

    HttpResponse<String> suggest(String q) {
        return send(request("/search/suggest?q=" + encode(q)).header("Accept", "application/json")
                .header("Accept-Language", "en"));
    }

    HttpResponse<String> postArticle(String text) {
        return send(request("/api/articles").header("Content-Type", "text/markdown; charset=utf-8")
                .header("Authorization", basic()).POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> deleteArticle(String id) {
        return send(request("/api/articles/" + id).header("Authorization", basic()).DELETE());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
