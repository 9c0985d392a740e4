package org.summitgraph.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search and suggestions over real HTTP, on a store in memory holding the sample article. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> SearchHttp.PASSWORD);
    }

    @LocalServerPort
    int port;
    private SearchHttp http;

    @BeforeEach
    void client() {
        http = new SearchHttp(port);
    }

    private static List<JsonNode> json(HttpResponse<String> response) {
        List<JsonNode> out = new ArrayList<>();
        JsonMapper.builder().build().readTree(response.body()).forEach(out::add);
        return out;
    }

    @Test
    void aChineseNameFindsThePersonAndShowsTheEnglishNameToEnglishReaders() {
        HttpResponse<String> page = http.search("孔令贤", "en");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/id/person/kong-lingxian\""), page.body());
        assertTrue(page.body().contains(">Lingxian Kong<"), "name in the reader's language");
        assertTrue(page.body().contains(">孔令贤<"), "name in the other language");
        assertTrue(page.body().contains(">Person<"), "type");
    }

    @Test
    void chineseReadersSeeChineseNamesAndTypes() {
        String body = http.search("Lingxian", "zh-CN").body();

        assertTrue(body.contains("href=\"/id/person/kong-lingxian\""), body);
        assertTrue(body.contains(">孔令贤<"));
        assertTrue(body.contains(">人物<"), "type in Chinese");
    }

    @Test
    void fullWidthCapitalsFindTheProject() {
        String body = http.search("ＯＰＥＮＳＴＡＣＫ", "en").body();

        assertTrue(body.contains("href=\"/id/project/openstack\""), body);
        int openstack = body.indexOf("href=\"/id/project/openstack\"");
        int first = body.indexOf("class=\"search-name\"");
        assertTrue(first >= 0 && body.indexOf("href=", first) <= openstack + 6 && openstack - first < 200,
                "the exact name comes first");
    }

    @Test
    void anAliasFindsItsOrganisationAndNotOthersSharingACharacter() {
        String body = http.search("银联", "zh").body();

        assertTrue(body.contains("href=\"/id/organization/china-unionpay\""), body);
        assertTrue(body.contains(">中国银联<"));
        assertFalse(body.contains("/id/organization/china-mobile"), "中国移动 shares 中国, not 银联");
    }

    @Test
    void theBeginningOfAChineseNameFindsIt() {
        assertTrue(http.search("孔令", "zh").body().contains("href=\"/id/person/kong-lingxian\""));
        assertTrue(http.search("腾讯", "zh").body().contains("href=\"/id/organization/tencent\""));
    }

    @Test
    void suggestionsForTheFirstLettersOfANameLeadToItsPage() {
        HttpResponse<String> response = http.suggest("Mar");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<JsonNode> suggestions = json(response);
        assertTrue(suggestions.size() <= 10 && !suggestions.isEmpty(), response.body());
        int collier = -1;
        for (int i = 0; i < suggestions.size(); i++) {
            if ("Mark Collier".equals(suggestions.get(i).get("label").asString())) {
                collier = i;
                assertEquals("/id/person/mark-collier", suggestions.get(i).get("href").asString());
                assertEquals("Person", suggestions.get(i).get("type").asString());
            }
        }
        assertTrue(collier >= 0 && collier < 3, "Mark Collier among the first: " + response.body());
    }

    @Test
    void suggestionsForNothingAreAnEmptyList() {
        assertEquals("[]", http.suggest("   ").body());
        assertEquals("[]", http.send(http.request("/search/suggest")).body());
    }

    @Test
    void aNewArticleIsFoundByItsTitleUntilItIsDeleted() {
        String title = "Quokkaville open infrastructure day";
        HttpResponse<String> created = http.postArticle("title: " + title + "\nlanguage: en\n\n"
                + "Quokkaville hosted an open infrastructure day where Mark Collier spoke about OpenStack.\n");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        String found = http.search("quokkaville", "en").body();
        assertTrue(found.contains("href=\"/id/article/" + id + "\""), found);
        assertTrue(found.contains(">Article<"));
        assertTrue(http.suggest("Quokka").body().contains("/id/article/" + id));

        assertEquals(204, http.deleteArticle(id).statusCode());

        String gone = http.search("quokkaville", "en").body();
        assertFalse(gone.contains("/id/article/" + id), gone);
        assertTrue(gone.contains("id=\"search-none\""));
        assertTrue(http.search("Mark Collier", "en").body().contains("/id/person/mark-collier"),
                "names the deleted article shared with other graphs are still found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\"(b", "\"", "*", "name:", "(", "AND", "a AND OR", "\\", "[", "{}", "~", "^2", "-", "!",
            "/", "?", "&&", "||", "：（"})
    void queryLanguageCharactersAreSearchedAsText(String q) {
        assertEquals(200, http.search(q, "en").statusCode());
        assertEquals(200, http.suggest(q).statusCode());
    }

    @Test
    void anOverlyLongQueryIsRefusedWithAMessage() {
        String q = "OpenStack ".repeat(20);
        HttpResponse<String> page = http.search(q, "en");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("too long"), page.body());
        assertTrue(http.search(q, "zh").body().contains("过长"));
        HttpResponse<String> suggest = http.suggest(q);
        assertEquals(400, suggest.statusCode());
        assertTrue(suggest.body().contains("too long"), suggest.body());
    }

    @Test
    void withoutAQueryThePageShowsTheFormAndAHint() {
        for (String path : List.of("/search", "/search?q=", "/search?q=%20%20")) {
            HttpResponse<String> page = http.send(http.request(path).header("Accept-Language", "en"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"search-hint\""), page.body());
            assertTrue(page.body().contains("id=\"search-q\""));
        }
        assertTrue(http.send(http.request("/search").header("Accept-Language", "zh")).body().contains("大小写"));
    }

    @Test
    void namesAreShownAsTextNotMarkup() {
        String body = http.search("<script>alert(1)</script>", "en").body();
        assertFalse(body.contains("<script>alert(1)</script>"));
        assertTrue(body.contains("&lt;script&gt;"));
    }

    @Test
    void everyPageCarriesTheSuggestionScriptAndTheBoxWorksWithoutIt() {
        String home = http.send(http.request("/")).body();
        assertTrue(home.contains("src=\"/js/search.js\""));
        assertTrue(home.contains("data-suggest=\"/search/suggest\""));
        assertTrue(home.matches("(?s).*<form class=\"search\" role=\"search\" method=\"get\" action=\"/search\">.*"));
        assertEquals(200, http.send(http.request("/js/search.js")).statusCode());
    }

    @Test
    void theSparqlEndpointAnswersTextQueries() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s WHERE { ?s text:query "孔令贤" }""";
        HttpResponse<String> r = http.send(http.request("/sparql?query=" + SearchHttp.encode(query))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://summitgraph.org/id/person/kong-lingxian"), r.body());
    }
}
