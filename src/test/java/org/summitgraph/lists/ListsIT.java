package org.summitgraph.lists;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lists, the articles list and the timeline, over real HTTP with the sample article loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListsIT {

    private static final String KONG = "href=\"/id/person/kong-lingxian\"";
    private static final Pattern ENTITY_ROW = Pattern.compile("<td><a href=\"(/id/[^\"]+)\"[^>]*>([^<]*)</a></td>");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> "it-secret");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String body(String path, String language) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, language);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The links of the list's rows, in order. */
    private static List<String> rows(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = ENTITY_ROW.matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void peopleAreListedByTheirChineseNameForAChineseReader() throws Exception {
        String body = body("/people?size=200", "zh");

        assertTrue(body.contains(KONG + " lang=\"zh\">孔令贤</a>"), "Chinese name linked to his page");
        assertTrue(body.contains(">Lingxian Kong<"), "the other language's name beside it");
        assertTrue(body.contains(">人物<"), "Chinese heading");
    }

    @Test
    void peopleAreListedByTheirEnglishNameForAnEnglishReader() throws Exception {
        String body = body("/people?size=200", "en");

        assertTrue(body.contains(KONG + " lang=\"en\">Lingxian Kong</a>"), "English name linked to his page");
        assertTrue(body.contains(">People<"));
    }

    @Test
    void theWorksForCatalystItFacetNarrowsPeopleToHim() throws Exception {
        String all = body("/people?mentioned=true", "en");
        assertTrue(all.contains("organization=https://summitgraph.org/id/organization/catalyst-it"),
                "the facet offers Catalyst IT");

        String body = body("/people?organization=https://summitgraph.org/id/organization/catalyst-it", "en");

        assertEquals(List.of("/id/person/kong-lingxian"), rows(body));
        assertTrue(body.contains("class=\"clear\""), "a way to clear the facet");
    }

    @Test
    void sortingByArticlesPutsMentionedPeopleFirstAndKeepsTheFacet() throws Exception {
        String body = body("/people?sort=articles&dir=desc&size=200", "en");
        List<String> rows = rows(body);
        List<Integer> counts = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"number\">(\\d+)</td>").matcher(body);
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }

        assertEquals(rows.size(), counts.size());
        assertTrue(counts.get(0) > 0, "the first person is mentioned");
        assertEquals(0, counts.get(counts.size() - 1), "the last one is not");
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "from most to fewest articles");
        }

        String sorted = body("/people?organization=https://summitgraph.org/id/organization/catalyst-it&sort=name", "en");
        assertTrue(sorted.contains("href=\"/people?dir=desc&amp;organization=https://summitgraph.org/id/organization/catalyst-it&amp;sort=articles\""),
                "the sort link keeps the facet");
    }

    @Test
    void theSecondSmallPageHasOtherRowsAndLinksBack() throws Exception {
        List<String> first = rows(body("/people?size=5", "en"));
        String second = body("/people?size=5&page=2", "en");

        assertEquals(5, first.size());
        assertEquals(5, rows(second).size());
        assertTrue(rows(second).stream().noneMatch(first::contains), "different rows");
        assertTrue(second.contains("rel=\"prev\""));
        assertTrue(second.contains("href=\"/people?page=3&amp;size=5\""), "link to the next page");
    }

    @Test
    void namesAreInPinyinOrderForAChineseReader() throws Exception {
        // the reference data holds more people than one page of 200: read the pages until one comes back empty
        List<String> rows = new java.util.ArrayList<>();
        for (int page = 1; page <= 10 && (page == 1 || rows.size() == (page - 1) * 200); page++) {
            rows.addAll(rows(body("/people?sort=name&size=200&page=" + page, "zh")));
        }

        // 孔 (kǒng) before 刘 (liú) before 任 (rèn), though by code point 任 < 刘 < 孔
        int kong = rows.indexOf("/id/person/kong-lingxian");
        int liu = rows.indexOf("/id/person/liu-jun-wei-97ed7a");
        int ren = rows.indexOf("/id/person/ren-zhengfei");
        assertTrue(kong >= 0 && kong < liu && liu < ren, rows.toString());
    }

    @Test
    void aBadPageIsTheReadersMistakeNotTheServers() throws Exception {
        HttpResponse<String> words = get("/people?page=abc", "en");
        assertEquals(400, words.statusCode());
        assertTrue(words.body().contains("page is a whole number from 1"), words.body());
        assertFalse(words.body().contains("Exception"));

        assertEquals(400, get("/people?page=0", "en").statusCode());
        assertEquals(400, get("/organizations?project=not%20an%20iri", "zh").statusCode());
        assertEquals(400, get("/articles?sort=age", "en").statusCode());
        assertEquals(200, get("/people?page=9999", "en").statusCode(), "a page past the end is the last page");
        assertEquals(200, get("/people?size=100000", "en").statusCode(), "a huge page is cut to the largest");
    }

    @Test
    void organisationsThatUseIronicAreChinaMobile() throws Exception {
        String query = "/organizations?project=https://summitgraph.org/id/project/ironic&relation=uses";

        String zh = body(query, "zh");
        assertTrue(rows(zh).contains("/id/organization/china-mobile"), rows(zh).toString());
        assertTrue(zh.contains(">中国移动</a>"));
        assertTrue(zh.contains("使用"), "the relation named in Chinese from the ontology");

        String en = body(query, "en");
        assertTrue(en.contains(">China Mobile</a>"));
    }

    @Test
    void onlyMentionedEntitiesCanBeListed() throws Exception {
        List<String> mentioned = rows(body("/projects?mentioned=true&size=200", "en"));
        List<String> all = rows(body("/projects?size=200", "en"));

        assertTrue(mentioned.contains("/id/project/qinling"));
        assertTrue(mentioned.contains("/id/project/mistral"));
        assertTrue(mentioned.size() < all.size());
    }

    @Test
    void placesAndAwardsAreListed() throws Exception {
        assertTrue(rows(body("/places?mentioned=true&size=200", "en")).contains("/id/place/sydney"));
        assertTrue(rows(body("/awards", "en")).contains("/id/award/superuser-award-sydney-2017"));
    }

    @Test
    void theTimelinePutsSydney2017BetweenBostonAndVancouverWithItsArticle() throws Exception {
        String body = body("/summits", "en");
        int boston = body.indexOf("href=\"/id/summit/boston-2017\"");
        int sydney = body.indexOf("href=\"/id/summit/sydney-2017\"");
        int vancouver = body.indexOf("href=\"/id/summit/vancouver-2018\"");

        assertTrue(boston > 0 && boston < sydney && sydney < vancouver, boston + " " + sydney + " " + vancouver);
        String entry = body.substring(sydney, body.indexOf("</ul>", sydney));
        assertTrue(entry.contains("href=\"/id/place/sydney\""), "its place, linked");
        assertTrue(entry.contains("1 article"), entry);
        assertTrue(body.indexOf("id=\"year-2017\"") < sydney);
    }

    @Test
    void theTimelineCanShowOneSeries() throws Exception {
        String body = body("/summits?series=https://summitgraph.org/id/event-series/kubecon", "zh");

        assertFalse(body.contains("href=\"/id/summit/sydney-2017\""));
        assertTrue(body.contains("/id/summit/kubecon"), "KubeCon editions stay");
        assertTrue(body.contains(">峰会<"));
    }

    @Test
    void theArticlesListLinksTheSampleToItsPage() throws Exception {
        String body = body("/articles", "en");

        assertTrue(body.matches("(?s).*<a href=\"/id/article/[0-9a-f]{16}\" lang=\"zh\">【OpenStack悉尼峰会快报】峰会Day 1:老而弥坚</a>.*"),
                "title linked to the article page");
        assertTrue(body.contains("2018-03-28"));
        assertTrue(body.contains("href=\"/id/organization/coscl\""), "the publisher, linked");

        assertFalse(body("/articles?language=en", "en").contains("老而弥坚"), "the English filter leaves it out");
        assertTrue(body("/articles?language=zh", "en").contains("老而弥坚"));
    }
}
