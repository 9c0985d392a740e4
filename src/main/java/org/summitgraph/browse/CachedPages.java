package org.summitgraph.browse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.summitgraph.web.Languages;

import java.io.IOException;
import java.util.Optional;

/**
 * Answers the pages under {@code /id/} from the {@link PageCache} when it holds them, and keeps what was rendered
 * otherwise. A page depends on its address (the language switch links to it whole), on {@code Accept} and on the
 * reader's language, so these make the key; nothing on these pages depends on who asks. A request that changes the
 * language ({@code ?lang=}) is always rendered, since it sets the reader's cookie.
 */
@Component
class CachedPages extends OncePerRequestFilter {

    private static final String PREFIX = "/id/";

    private final PageCache cache;
    private final LocaleResolver locales;

    CachedPages(PageCache cache, LocaleResolver locales) {
        this.cache = cache;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.enabled() || !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith(PREFIX) || request.getParameter("lang") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURL() + "?" + request.getQueryString() + "\n" + request.getHeader(HttpHeaders.ACCEPT)
                + "\n" + Languages.supported(locales.resolveLocale(request)).getLanguage();
        Optional<PageCache.Page> cached = cache.get(key);
        if (cached.isPresent()) {
            PageCache.Page page = cached.get();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(page.contentType());
            if (page.contentLanguage() != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        long renderedAt = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")) {
            cache.put(key, renderedAt, new PageCache.Page(type, wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                    wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }
}
