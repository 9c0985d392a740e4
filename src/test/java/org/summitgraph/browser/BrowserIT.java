package org.summitgraph.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader does in a real browser (headless Chromium) against the running application with the sample
 * article: the type-ahead, the why? disclosures, the graph view, the language switch, the phone layout, the editor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIT {

    private static final String KONG = "/id/person/kong-lingxian";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String PASSWORD = "it-secret";

    private static CompletableFuture<Chromium> starting;
    private static Chromium chromium;

    @RegisterExtension
    static final FailureEvidence EVIDENCE = new FailureEvidence(() -> chromium == null ? null : chromium.driver());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("summitgraph.store", () -> "mem");
        registry.add("summitgraph.articles", () -> "data/articles");
        registry.add("summitgraph.admin.password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private int clicks;

    /** The browser starts while Spring starts the application: they are the class's two slow steps. */
    @BeforeAll
    static void startTheBrowser() {
        Chromium.requireInstalled();
        starting = CompletableFuture.supplyAsync(Chromium::start);
    }

    @AfterAll
    static void quitTheBrowser() {
        if (chromium == null && starting != null) {
            chromium = starting.exceptionally(e -> null).join();
        }
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @BeforeEach
    void aDesktopWindowInTheBrowsersLanguage() {
        if (chromium == null) {
            chromium = starting.join();
        }
        browser = chromium.driver();
        wait = new WebDriverWait(browser, PATIENCE);
        if (browser.getCurrentUrl().startsWith("http://127.0.0.1")) {
            browser.manage().deleteAllCookies(); // the language switch's cookie
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        clicks = 0;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private void click(WebElement element) {
        clicks++;
        element.click();
    }

    private WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private WebElement heading() {
        return visible(By.cssSelector("main h1"));
    }

    private List<WebElement> suggestionsFor(String text) {
        WebElement box = visible(By.id("site-search"));
        box.sendKeys(text);
        wait.until(ExpectedConditions.attributeToBe(box, "aria-expanded", "true"));
        WebElement list = visible(By.cssSelector("#site-search-list[role=listbox]"));
        return list.findElements(By.cssSelector("[role=option]"));
    }

    @Test
    void fromTheHomePageTheKeyboardReachesKongLingxianAndTheSentenceBehindHisRolesInTwoClicks() {
        open("/");
        List<WebElement> options = suggestionsFor("孔令贤");
        assertEquals("Lingxian Kong", options.get(0).findElement(By.className("suggestion-label")).getText());
        assertEquals("孔令贤", options.get(0).findElement(By.className("suggestion-match")).getText());

        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.attributeToBe(options.get(0), "aria-selected", "true"));
        clicks++; // Enter on the highlighted suggestion: the first step
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(url(KONG)));

        assertEquals("Lingxian Kong", heading().getText());
        WebElement qinling = role("Qinling");
        assertEquals("PTL", qinling.findElement(By.className("role-title")).getText());
        assertEquals("Core", role("Mistral").findElement(By.className("role-title")).getText());
        assertEquals(List.of("Catalyst IT"), relation("works for"));
        assertEquals(List.of("Huawei"), relation("formerly worked for"));
        assertEquals(List.of("OpenStack Summit Sydney 2017"), relation("attends"));

        WebElement why = qinling.findElement(By.cssSelector("details.why"));
        WebElement sentence = why.findElement(By.cssSelector("q.sentence"));
        assertFalse(sentence.isDisplayed(), "the sentence waits behind why?");
        click(why.findElement(By.tagName("summary")));
        wait.until(ExpectedConditions.visibilityOf(sentence));
        assertTrue(sentence.getText().contains("Qinling项目的PTL"), sentence.getText());
        assertTrue(clicks <= 3, clicks + " clicks");
        assertEquals(2, clicks);
    }

    /** The role whose project is named so, on an entity page. */
    private WebElement role(String project) {
        return browser.findElements(By.cssSelector("section.roles li.role")).stream()
                .filter(li -> li.findElement(By.cssSelector("a[href^='/id/project/']")).getText().equals(project))
                .findFirst().orElseThrow(() -> new AssertionError("no role in " + project));
    }

    /** The names listed under a relation's heading, on an entity page. */
    private List<String> relation(String heading) {
        WebElement group = browser.findElements(By.cssSelector("section.relations div.group")).stream()
                .filter(g -> g.findElement(By.tagName("h3")).getText().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + heading));
        for (WebElement why : group.findElements(By.cssSelector("details.why"))) {
            assertEquals(1, why.findElements(By.cssSelector("q.sentence")).size(), heading + ": its sentence");
        }
        return group.findElements(By.cssSelector("ul.values > li > a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aSuggestionChosenWithTheMouseOpensItsPage() {
        open("/");
        WebElement summit = suggestionsFor("Sydney").stream()
                .filter(o -> o.getText().contains("OpenStack Summit Sydney 2017"))
                .findFirst().orElseThrow();

        new Actions(browser).moveToElement(summit).click().perform();

        wait.until(ExpectedConditions.urlToBe(url("/id/summit/sydney-2017")));
        assertEquals("OpenStack Summit Sydney 2017", heading().getText());
    }

    @Test
    void theGraphViewDrawsExpandsFiltersAndHandsItsQueryToTheEditor() {
        open(KONG);
        click(visible(By.cssSelector("a.graph-link")));
        wait.until(ExpectedConditions.urlContains("/graph?iri="));
        WebElement graph = visible(By.id("graph"));
        wait.until(d -> count(graph, "data-node-count") > 1);
        assertEquals(6, count(graph, "data-node-count"), "孔令贤 and his five neighbours");
        assertEquals(5, count(graph, "data-edge-count"));

        tapNode(graph, "https://summitgraph.org/id/summit/sydney-2017", "OpenStack Summit Sydney 2017");
        wait.until(d -> count(graph, "data-node-count") > 6);

        int edges = count(graph, "data-edge-count");
        WebElement roleIn = browser.findElement(By.cssSelector("#relation-filter label[data-relation=roleIn] input"));
        assertTrue(roleIn.isSelected());
        click(roleIn);
        wait.until(d -> count(graph, "data-edge-count") < edges);
        // pstyle, not visible(): visible() answers from a cache that Cytoscape refreshes only at its next frame
        @SuppressWarnings("unchecked")
        List<Long> roles = (List<Long>) script("var roles = arguments[0]._cyreg.cy.edges('[relation = \"roleIn\"]');"
                + "return [roles.length, roles.filter(function (e) { return e.pstyle('display').value !== 'none'; })"
                + ".length];", graph);
        assertTrue(roles.get(0) >= 2, "孔令贤's two roles are drawn: " + roles.get(0));
        assertEquals(0L, roles.get(1), "role edges still shown");

        click(browser.findElement(By.cssSelector("#graph-sparql > summary")));
        WebElement open = visible(By.id("graph-query-link"));
        String href = open.getDomAttribute("href");
        assertTrue(href.startsWith("/query?query="), href);
        String query = URLDecoder.decode(href.substring("/query?query=".length()), StandardCharsets.UTF_8);
        assertTrue(query.contains("CONSTRUCT") && query.contains("kong-lingxian"), query);
    }

    private static int count(WebElement graph, String attribute) {
        return Integer.parseInt(graph.getDomAttribute(attribute));
    }

    /**
     * Clicks a node where Cytoscape draws it (Cytoscape keeps its instance on the container as _cyreg.cy), until
     * the page shows it selected: a click during a layout's last frame may land beside the node.
     */
    private void tapNode(WebElement graph, String id, String label) {
        script("arguments[0].scrollIntoView({block: 'center'});", graph);
        WebElement selected = browser.findElement(By.id("graph-selection-name"));
        wait.until(d -> {
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) script(
                    "var cy = arguments[0]._cyreg.cy, node = cy.getElementById(arguments[1]);"
                            + "var p = node.renderedPosition(), box = arguments[0].getBoundingClientRect();"
                            + "return {x: Math.round(box.left + p.x), y: Math.round(box.top + p.y)};", graph, id);
            new Actions(browser).moveToLocation(at.get("x").intValue(), at.get("y").intValue()).click().perform();
            return label.equals(selected.getText());
        });
        clicks++;
    }

    @Test
    void theLanguageSwitchChangesTheInterfaceAndTheNamesOnTheSamePage() {
        open(KONG);
        WebElement home = browser.findElement(By.cssSelector("header.site nav a[href='/']"));
        assertEquals("Home", home.getText());
        assertEquals("Lingxian Kong", heading().getText());

        click(browser.findElement(By.id("lang-zh")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "孔令贤"));
        assertEquals(KONG, path());
        assertEquals("首页", browser.findElement(By.cssSelector("header.site nav a[href='/']")).getText());
        assertEquals("zh", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("依据？", browser.findElement(By.cssSelector("details.why > summary")).getText());

        click(browser.findElement(By.id("lang-en")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Lingxian Kong"));
        assertEquals(KONG, path());
        assertEquals("Home", browser.findElement(By.cssSelector("header.site nav a[href='/']")).getText());
    }

    @Test
    void submittingTheHeaderSearchListsChinaUnionPayFor银联() {
        open("/");
        visible(By.id("site-search")).sendKeys("银联");
        click(browser.findElement(By.cssSelector("form.search button[type=submit]")));

        wait.until(ExpectedConditions.urlContains("/search?q="));
        List<WebElement> results = wait.until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("li.search-result")));
        WebElement first = results.get(0);
        assertEquals("China UnionPay", first.findElement(By.className("search-name")).getText());
        assertEquals("中国银联", first.findElement(By.className("search-other")).getText());
        assertEquals("/id/organization/china-unionpay",
                first.findElement(By.className("search-name")).getDomAttribute("href"));
    }

    @Test
    void theArticlesMentionsAreLinksToEntityPages() {
        open("/");
        click(visible(By.cssSelector("table.articles tbody a[href^='/id/article/']")));
        wait.until(ExpectedConditions.urlMatches("/id/article/[0-9a-f]{16}$"));

        visible(By.cssSelector(".article-text"));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) script("return Array.from(document.querySelectorAll("
                + "'.article-text a.mention'), function (a) { return a.getAttribute('href'); });");
        assertTrue(links.size() >= 10, links.size() + " linked mentions");
        assertEquals(List.of(), links.stream().filter(href -> !href.startsWith("/id/")).toList(),
                "mentions link to pages here");
        WebElement kong = browser.findElement(By.cssSelector(".article-text a.mention[href='" + KONG + "']"));
        assertEquals("孔令贤", kong.getText());

        click(kong);
        wait.until(ExpectedConditions.urlToBe(url(KONG)));
        assertEquals("Lingxian Kong", heading().getText());
    }

    @Test
    void onAPhoneNoPageScrollsSideways() {
        browser.manage().window().setSize(new Dimension(390, 844));
        long width = (Long) script("return window.innerWidth;");
        assertTrue(width <= 400, "a phone-wide viewport, not " + width);

        open("/");
        heading();
        assertFitsTheWidth("home page");
        open(KONG);
        heading();
        assertFitsTheWidth("entity page");
        open("/graph?iri=https%3A%2F%2Fsummitgraph.org%2Fid%2Fperson%2Fkong-lingxian");
        WebElement graph = visible(By.id("graph"));
        wait.until(d -> count(graph, "data-node-count") > 1);
        assertFitsTheWidth("graph page");
    }

    private void assertFitsTheWidth(String page) {
        long scroll = (Long) script("return document.documentElement.scrollWidth;");
        long inner = (Long) script("return window.innerWidth;");
        assertTrue(scroll <= inner + 1, page + " is " + scroll + " px wide in a " + inner + " px window");
    }

    @Test
    void theQueryEditorLoadsWithoutErrorsFromOurScriptsAndOpensAGivenQuery() {
        browser.manage().logs().get(LogType.BROWSER); // forget what earlier pages logged
        open("/query?query=" + java.net.URLEncoder.encode("SELECT ?given WHERE { ?given ?p ?o } LIMIT 3",
                StandardCharsets.UTF_8));

        visible(By.cssSelector("#yasgui .yasqe .CodeMirror"));
        wait.until(d -> String.valueOf(script("return document.querySelector('#yasgui .tabPanel.active "
                + ".CodeMirror').CodeMirror.getValue();")).contains("?given"));

        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains(url("/")))
                .toList();
        assertEquals(List.of(), severe);
    }

    @Test
    void markupInAnArticleIsShownAsTextAndRunsNothing() throws Exception {
        String article = "title: Summit notes <script>window.ran = 'title'</script>\nlanguage: en\n"
                + "url: https://example.org/news/browser-script-test\n\n"
                + "Mark Collier of the OpenStack Foundation said <script>window.ran = 'text'</script> on stage. "
                + "<img src=x onerror=\"window.ran = 'img'\"> Tencent won the award.\n";
        HttpClient http = HttpClient.newHttpClient();
        String credentials = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url("/api/articles")))
                        .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", credentials)
                        .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.body());
        String iri = created.headers().firstValue("Location").orElseThrow();
        String page = iri.substring(iri.indexOf("/id/article/"));
        try {
            open(page);
            WebElement text = visible(By.cssSelector(".article-text"));

            assertTrue(heading().getText().contains("<script>window.ran = 'title'</script>"), heading().getText());
            assertTrue(text.getText().contains("said <script>window.ran = 'text'</script> on stage"), text.getText());
            assertTrue(text.getText().contains("<img src=x"), text.getText());
            assertEquals(List.of(), text.findElements(By.cssSelector("script, img")));
            assertEquals("nothing ran", script("return window.ran === undefined ? 'nothing ran' : window.ran;"));
        } finally {
            String id = page.substring("/id/article/".length());
            http.send(HttpRequest.newBuilder(URI.create(url("/api/articles/" + id)))
                    .header("Authorization", credentials).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
