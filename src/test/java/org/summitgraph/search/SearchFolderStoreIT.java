package org.summitgraph.search;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;
import org.summitgraph.vocab.SG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search on a store in a folder that already held data but had lost its name index (as after an upgrade): the
 * index is rebuilt at start-up, on disk inside the store folder, and kept current from then on. Runs in the TDB2
 * execution of the integration tests only (pom.xml): a remote store's index is rebuilt in memory at every start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchFolderStoreIT {

    private static Path store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        store = Files.createTempDirectory("summitgraph-search-it").resolve("store");
        Dataset before = StoreFactory.open(store.toString());
        Model earlier = ModelFactory.createDefaultModel();
        earlier.createResource(SG.ID + "organization/wombatopolis-foundation").addProperty(RDF.type, SG.Organization)
                .addProperty(RDFS.label, "Wombatopolis Foundation", "en").addProperty(RDFS.label, "袋熊城基金会", "zh");
        new GraphStore(before).putArticle("00000000000000aa", earlier, null, "stored before the index existed");
        before.close();
        deleteTree(store.resolve(NameIndex.FOLDER));

        registry.add("summitgraph.store", store::toString);
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> SearchHttp.PASSWORD);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @LocalServerPort
    int port;
    private SearchHttp http;

    @BeforeEach
    void client() {
        http = new SearchHttp(port);
    }

    @Test
    void namesStoredBeforeTheIndexExistedAreFoundAfterStartUp() {
        String body = http.search("wombatopolis", "en").body();
        assertTrue(body.contains("href=\"/id/organization/wombatopolis-foundation\""), body);
        assertTrue(http.search("袋熊城", "zh").body().contains("/id/organization/wombatopolis-foundation"));
    }

    @Test
    void theIndexLivesOnDiskInsideTheStoreFolder() throws IOException {
        Path index = store.resolve(NameIndex.FOLDER);
        assertTrue(Files.isDirectory(index));
        try (Stream<Path> files = Files.list(index)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("segments")), "a committed index");
        }
        try (Stream<Path> files = Files.list(store)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("Data-")), "TDB2's data beside it");
        }
    }

    @Test
    void theSampleArticleIngestedAtStartUpIsSearchable() {
        assertTrue(http.search("孔令贤", "en").body().contains("href=\"/id/person/kong-lingxian\""));
        assertTrue(http.search("ＯＰＥＮＳＴＡＣＫ", "en").body().contains("href=\"/id/project/openstack\""));
    }

    @Test
    void anIngestedArticleIsFoundAndForgottenWhenDeleted() {
        var created = http.postArticle("title: Numbatfield meetup notes\nlanguage: en\n\nNumbatfield met to talk about Nova.\n");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertTrue(http.search("numbatfield", "en").body().contains("/id/article/" + id));

        assertEquals(204, http.deleteArticle(id).statusCode());
        assertFalse(http.search("numbatfield", "en").body().contains("/id/article/" + id));
    }
}
