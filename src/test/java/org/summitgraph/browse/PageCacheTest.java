package org.summitgraph.browse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageCacheTest {

    private static final String ENTITY = SG.ID + "project/openstack";

    private final GraphStore store = new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY));
    private final GraphReads reads = new GraphReads(store);
    private final PageLinks links = new PageLinks();
    private final EntityPages pages = new EntityPages(reads, links, new SummitSection(reads, links),
            new EntityArticles(reads, links));

    @Test
    void aPageIsBuiltOnceUntilAWriteAndThenShowsTheWrite() {
        PageCache cache = new PageCache(store, new PageProperties(10));
        AtomicInteger builds = new AtomicInteger();
        put("a1");
        assertEquals(1, articles(cache, builds));
        assertEquals(1, articles(cache, builds));
        assertEquals(1, builds.get(), "the second request is answered from the cache");

        put("a2");
        assertEquals(0, cache.size(), "a write empties the cache");
        assertEquals(2, articles(cache, builds), "the page after the write shows it");
        assertEquals(2, builds.get());

        store.deleteArticle("a1");
        assertEquals(1, articles(cache, builds));
        assertEquals(3, builds.get());
    }

    @Test
    void theLeastRecentlyUsedPageLeavesAFullCache() {
        PageCache cache = new PageCache(store, new PageProperties(2));
        put("a1");
        AtomicInteger builds = new AtomicInteger();
        for (String lang : new String[]{"en", "zh", "en", "xx"}) {
            cache.page(ENTITY, java.util.Locale.forLanguageTag(lang), 1, () -> build(builds));
        }
        assertEquals(2, cache.size());
        assertEquals(3, builds.get(), "en was kept the second time");
        cache.page(ENTITY, java.util.Locale.forLanguageTag("zh"), 1, () -> build(builds));
        assertEquals(4, builds.get(), "zh was the least recently used, and left");
    }

    @Test
    void sizeZeroKeepsNothing() {
        PageCache cache = new PageCache(store, new PageProperties(0));
        put("a1");
        AtomicInteger builds = new AtomicInteger();
        articles(cache, builds);
        articles(cache, builds);
        assertEquals(2, builds.get());
        assertEquals(0, cache.size());
    }

    private long articles(PageCache cache, AtomicInteger builds) {
        return cache.page(ENTITY, Languages.ENGLISH, 1, () -> build(builds)).orElseThrow().articlePaging().total();
    }

    private Optional<EntityView> build(AtomicInteger builds) {
        builds.incrementAndGet();
        return pages.page(ENTITY, Languages.ENGLISH, 1);
    }

    private void put(String id) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(SG.ID + "article/" + id, SG.Article).addProperty(SG.title, "Article " + id)
                .addProperty(SG.mentions, m.createResource(ENTITY));
        store.putArticle(id, m, null, "text of " + id);
    }
}
