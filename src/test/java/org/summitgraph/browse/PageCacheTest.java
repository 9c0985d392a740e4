package org.summitgraph.browse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.SG;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCacheTest {

    private final GraphStore store = new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY));

    private PageCache cache(int size, String memory) {
        return new PageCache(store, new PageProperties(size, DataSize.parse(memory), 0));
    }

    private static PageCache.Page html(String text) {
        return new PageCache.Page("text/html;charset=UTF-8", "en", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(Optional<PageCache.Page> page) {
        return new String(page.orElseThrow().body(), StandardCharsets.UTF_8);
    }

    @Test
    void everyWriteOfTheStoreEmptiesTheCache() {
        PageCache cache = cache(10, "1MB");
        cache.put("a", cache.generation(), html("page a"));
        assertEquals("page a", body(cache.get("a")));

        put("a1");
        assertTrue(cache.get("a").isEmpty(), "storing an article empties the cache");
        cache.put("a", cache.generation(), html("page a again"));
        store.deleteArticle("a1");
        assertTrue(cache.get("a").isEmpty(), "deleting an article empties the cache");
        assertEquals(0, cache.size());
    }

    @Test
    void aPageRenderedWhileAWriteWasCommittedIsNotKept() {
        PageCache cache = cache(10, "1MB");
        long renderedAt = cache.generation();
        put("a1");
        cache.put("a", renderedAt, html("page from before the write"));
        assertTrue(cache.get("a").isEmpty());
    }

    @Test
    void theLeastRecentlyUsedPageLeavesAFullCache() {
        PageCache cache = cache(2, "1MB");
        cache.put("a", cache.generation(), html("a"));
        cache.put("b", cache.generation(), html("b"));
        cache.get("a");
        cache.put("c", cache.generation(), html("c"));
        assertTrue(cache.get("a").isPresent());
        assertFalse(cache.get("b").isPresent(), "b was the least recently used");
        assertTrue(cache.get("c").isPresent());
    }

    @Test
    void pagesLeaveWhenTheirBytesPassTheLimit() {
        PageCache cache = cache(100, "10B");
        cache.put("a", cache.generation(), html("123456"));
        cache.put("b", cache.generation(), html("123456"));
        assertEquals(1, cache.size());
        assertTrue(cache.get("b").isPresent());
        cache.put("big", cache.generation(), html("12345678901"));
        assertTrue(cache.get("big").isEmpty(), "a page bigger than the whole cache is not kept");
    }

    @Test
    void sizeZeroKeepsNothing() {
        PageCache cache = cache(0, "1MB");
        assertFalse(cache.enabled());
        cache.put("a", cache.generation(), html("a"));
        assertEquals(0, cache.size());
    }

    private void put(String id) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(SG.ID + "article/" + id, SG.Article).addProperty(SG.title, "Article " + id)
                .addProperty(SG.mentions, m.createResource(SG.ID + "project/openstack"));
        store.putArticle(id, m, null, "text of " + id);
    }
}
