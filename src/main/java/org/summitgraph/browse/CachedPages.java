package org.summitgraph.browse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.summitgraph.web.Languages;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Answers the pages under {@code /id/} from the {@link PageCache} when it holds them, and keeps what was rendered
 * otherwise. A page depends on its path and query (the language switch links to it whole) and on the reader's
 * language, so these make the key; nothing on these pages depends on who asks or on the host they asked. It runs
 * after the linked-data negotiation, which answers every request for RDF itself, so what reaches it asks for the
 * HTML page whatever its {@code Accept} says. A request that changes the language ({@code ?lang=}) is always
 * rendered, since it sets the reader's cookie.
 * <p>
 * Readers asking at once for a page that is not kept yet wait for the first of them to render it instead of
 * rendering it each: the most popular pages are the likeliest to be asked for together, and the dearest to render.
 * <p>
 * Pages are kept gzipped (a sixth of their size or less, so several thousand fit in the cache's memory) and sent so
 * to readers who accept it; others get them inflated.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CachedPages extends OncePerRequestFilter {

    private static final String PREFIX = "/id/";

    private final PageCache cache;
    private final LocaleResolver locales;
    private final ConcurrentMap<String, Object> rendering = new ConcurrentHashMap<>();

    CachedPages(PageCache cache, LocaleResolver locales) {
        this.cache = cache;
        this.locales = locales;
    }

    /** The key of a page: its path and query, and the reader's language. */
    static String key(String path, String query, String language) {
        return path + (query == null ? "" : "?" + query) + "\n" + language;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.enabled() || !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith(PREFIX) || request.getParameter("lang") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request.getRequestURI(), request.getQueryString(),
                Languages.supported(locales.resolveLocale(request)).getLanguage());
        if (answered(key, request, response)) {
            return;
        }
        Object turn = rendering.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (turn) {
                if (!answered(key, request, response)) {
                    render(key, request, response, chain);
                }
            }
        } finally {
            rendering.remove(key, turn);
        }
    }

    private boolean answered(String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<PageCache.Page> cached = cache.get(key);
        if (cached.isEmpty()) {
            return false;
        }
        PageCache.Page page = cached.get();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        byte[] body = page.body();
        if (Gzip.accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            body = Gzip.inflate(body);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long renderedAt = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")) {
            cache.put(key, renderedAt, new PageCache.Page(type, wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                    Gzip.deflate(wrapper.getContentAsByteArray())));
        }
        wrapper.copyBodyToResponse();
    }
}
