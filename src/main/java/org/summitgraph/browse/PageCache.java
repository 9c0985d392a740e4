package org.summitgraph.browse;

import org.springframework.stereotype.Component;
import org.summitgraph.store.GraphStore;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The entity pages built last, least recently used first out, forgotten whenever the store commits a write. A page
 * built from a read that overlapped a write is not kept, so the cache never holds what the store no longer says.
 */
@Component
class PageCache {

    private final int capacity;
    private final Map<Key, EntityView> pages;
    /** Counts writes; a page is kept only if none committed while it was being built. */
    private long generation;

    PageCache(GraphStore store, PageProperties properties) {
        this.capacity = properties.cacheSize();
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, EntityView> eldest) {
                return size() > capacity;
            }
        };
        store.onWrite(this::clear);
    }

    /** The page from the cache, or built by {@code build} (and kept when it exists). */
    Optional<EntityView> page(String iri, Locale reader, int articlePage, Supplier<Optional<EntityView>> build) {
        if (capacity == 0) {
            return build.get();
        }
        Key key = new Key(iri, reader.getLanguage(), articlePage);
        long before;
        synchronized (this) {
            EntityView cached = pages.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
            before = generation;
        }
        Optional<EntityView> built = build.get();
        synchronized (this) {
            if (built.isPresent() && generation == before) {
                pages.put(key, built.get());
            }
        }
        return built;
    }

    synchronized void clear() {
        generation++;
        pages.clear();
    }

    synchronized int size() {
        return pages.size();
    }

    private record Key(String iri, String language, int articlePage) {
    }
}
