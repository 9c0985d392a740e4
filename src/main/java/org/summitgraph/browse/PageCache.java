package org.summitgraph.browse;

import org.springframework.stereotype.Component;
import org.summitgraph.store.GraphStore;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered pages, least recently used first out, within a number of pages and a number of bytes, forgotten
 * whenever the store commits a write. A page rendered from a read that overlapped a write is not kept
 * ({@link #generation}), so the cache never answers what the store no longer says.
 */
@Component
class PageCache {

    private final int capacity;
    private final long maxBytes;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    /** Counts writes. */
    private long generation;

    PageCache(GraphStore store, PageProperties properties) {
        this.capacity = properties.cacheSize();
        this.maxBytes = properties.cacheMemory().toBytes();
        store.onWrite(this::clear);
    }

    /** A rendered page and the headers that describe it. */
    record Page(String contentType, String contentLanguage, byte[] body) {
    }

    boolean enabled() {
        return capacity > 0;
    }

    synchronized Optional<Page> get(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Read before rendering a page, and given back to {@link #put}. */
    synchronized long generation() {
        return generation;
    }

    /** Keeps the page unless a write was committed since {@code renderedAt} was read, or it is too big to keep. */
    synchronized void put(String key, long renderedAt, Page page) {
        if (!enabled() || renderedAt != generation || page.body().length > maxBytes) {
            return;
        }
        Page old = pages.put(key, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
        while ((pages.size() > capacity || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized void clear() {
        generation++;
        pages.clear();
        bytes = 0;
    }

    synchronized int size() {
        return pages.size();
    }
}
