package org.summitgraph.browse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.DisplayNames.LanguageString;

import org.summitgraph.ingest.Pipeline;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What pages read and share, kept between pages: never older than the store. */
class ReadCacheTest {

    private static final String ACME = SG.ID + "organization/acme";

    private final GraphStore store = new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY));
    private final GraphReads reads = new GraphReads(store);

    private void put(String article, String name) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(ACME, SG.Organization).addProperty(RDFS.label, name, "en");
        m.createResource(SG.ID + "article/" + article, SG.Article).addProperty(SG.mentions, m.getResource(ACME));
        store.putArticle(article, m, null, article);
    }

    private List<LanguageString> namesOfAcme() {
        return reads.read(() -> reads.names(List.of(ACME))).get(ACME);
    }

    @Test
    void aNameReadOnceIsKeptUntilTheStoreIsWritten() {
        put("a1", "Acme");
        assertEquals(List.of(new LanguageString("Acme", "en")), namesOfAcme());

        put("a2", "Acme Corporation");
        assertEquals(Set.of(new LanguageString("Acme", "en"), new LanguageString("Acme Corporation", "en")),
                Set.copyOf(namesOfAcme()), "the write's new name shows on the next read");
        store.deleteArticle("a1");
        assertEquals(List.of(new LanguageString("Acme Corporation", "en")), namesOfAcme());
    }

    @Test
    void aWhyKeptFromAnEarlierPageCountsTheStatementsOfALaterWrite() throws Exception {
        GraphStore sample = SampleStore.withSample();
        GraphReads sampleReads = new GraphReads(sample);
        PageLinks links = new PageLinks();
        EntityPages pages = new EntityPages(sampleReads, links, new SummitSection(sampleReads, links),
                new EntityArticles(sampleReads, links), new RelationValues(sampleReads));
        String kong = SG.ID + "person/kong-lingxian";
        int before = ptl(pages, kong).statements();
        assertEquals(before, ptl(pages, kong).statements(), "kept");

        byte[] again = (Files.readString(SampleStore.SAMPLE) + "\n").replace("2018-03-28", "2018-03-29")
                .getBytes(StandardCharsets.UTF_8);
        SampleStore.put(sample, Pipeline.standard(BundledKnowledge.fromClasspath(), 1 << 22), again);
        assertEquals(before + 1, ptl(pages, kong).statements(), "the second article's statement counts at once");
    }

    private static Why ptl(EntityPages pages, String iri) {
        return pages.page(iri, Languages.ENGLISH).orElseThrow().roles().stream()
                .filter(r -> r.title().equals("PTL")).findFirst().orElseThrow().why();
    }

    @Test
    void aNodeWithoutNamesIsKnownToHaveNone() {
        assertEquals(List.of(), reads.read(() -> reads.names(List.of(SG.ID + "person/nobody"))).get(SG.ID + "person/nobody"));
    }

    @Test
    void namesReadBeforeAWriteAreNotKept() {
        ReadCache<String, List<LanguageString>> cache = new ReadCache<>(10);
        long readAt = cache.generation();
        cache.clear(); // a write committed while the names were read
        cache.putAll(readAt, Map.of(ACME, List.of(new LanguageString("Old Acme", "en"))));
        assertTrue(cache.get(List.of(ACME)).isEmpty());
    }

    @Test
    void theLeastRecentlyUsedNamesLeaveAFullCache() {
        ReadCache<String, List<LanguageString>> cache = new ReadCache<>(2);
        cache.putAll(cache.generation(), Map.of("a", List.of()));
        cache.putAll(cache.generation(), Map.of("b", List.of()));
        cache.get(List.of("a"));
        cache.putAll(cache.generation(), Map.of("c", List.of()));
        assertEquals(Set.of("a", "c"), cache.get(List.of("a", "b", "c")).keySet());
        assertEquals(2, cache.size());
    }
}
