package org.summitgraph.browse;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What pages read of the graph and share, kept between pages (least recently used first out) and forgotten on every
 * write: the names of the nodes they show and the evidence of the facts they show. Every article graph repeats the
 * label and type of each entity it mentions, so reading the names of a popular entity from the union graph goes
 * through one copy per article (11,712 label triples for Kubernetes on 10,000 articles) to find its two names, and
 * popular entities are named on most pages; a fact's why? is the same on its subject's page and its object's, in
 * either language.
 * <p>
 * A read that overlapped a write does not keep what it read: {@link #generation} is taken before the read
 * transaction opens, and {@link #putAll} drops what was read at an older one.
 */
final class ReadCache<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, V> kept = new LinkedHashMap<>(1024, 0.75f, true);
    /** Counts writes. */
    private long generation;

    ReadCache(int capacity) {
        this.capacity = capacity;
    }

    synchronized long generation() {
        return generation;
    }

    /** The values kept of those keys; the others are missing. */
    synchronized Map<K, V> get(Collection<K> keys) {
        Map<K, V> out = new HashMap<>();
        for (K key : keys) {
            V value = kept.get(key);
            if (value != null) {
                out.put(key, value);
            }
        }
        return out;
    }

    /** Keeps values read at {@code readAt}, unless a write was committed since. */
    synchronized void putAll(long readAt, Map<K, V> read) {
        if (readAt != generation) {
            return;
        }
        kept.putAll(read);
        var eldest = kept.entrySet().iterator();
        while (kept.size() > capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    synchronized void clear() {
        generation++;
        kept.clear();
    }

    synchronized int size() {
        return kept.size();
    }
}
