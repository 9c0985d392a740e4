package org.summitgraph.browse;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.summitgraph.store.GraphStore;
import org.summitgraph.store.StoreFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page cache as readers meet it: one rendering per page however many ask at once, gzipped to those who accept it. */
class CachedPagesTest {

    private static final String PAGE = "<html><body>" + "Kubernetes ".repeat(500) + "</body></html>";

    private final PageCache cache = new PageCache(new GraphStore(StoreFactory.open(StoreFactory.IN_MEMORY)),
            new PageProperties(100, DataSize.ofMegabytes(1), 0));
    private final CachedPages filter = new CachedPages(cache, new AcceptHeaderLocaleResolver());
    private final AtomicInteger renderings = new AtomicInteger();

    /** Renders the page slowly enough that the readers asking at once all arrive while it is being rendered. */
    private final FilterChain slowPage = (request, response) -> {
        renderings.incrementAndGet();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    };

    private MockHttpServletResponse ask(String acceptEncoding) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/id/project/kubernetes");
        request.addHeader("Accept-Language", "en");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, slowPage);
        return response;
    }

    @Test
    void readersAskingAtOnceForAPageNotKeptYetGetItFromOneRendering() throws Exception {
        int readers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return ask(null);
            }));
        }
        start.countDown();
        for (Future<MockHttpServletResponse> answer : answers) {
            MockHttpServletResponse response = answer.get(30, TimeUnit.SECONDS);
            assertEquals(200, response.getStatus());
            assertEquals(PAGE, response.getContentAsString(StandardCharsets.UTF_8));
        }
        pool.shutdown();
        assertEquals(1, renderings.get(), "one rendering for all the readers");
        assertEquals(1, cache.size());
    }

    @Test
    void aKeptPageIsSentGzippedToReadersWhoAcceptItAndPlainToOthers() throws Exception {
        ask(null);

        MockHttpServletResponse gzipped = ask("gzip, deflate, br");
        assertEquals("gzip", gzipped.getHeader("Content-Encoding"));
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), Gzip.inflate(gzipped.getContentAsByteArray()));
        assertTrue(gzipped.getContentAsByteArray().length < PAGE.length() / 5, "kept a fraction of its size");
        MockHttpServletResponse plain = ask("identity");
        assertNull(plain.getHeader("Content-Encoding"));
        assertEquals(PAGE, plain.getContentAsString(StandardCharsets.UTF_8));
        MockHttpServletResponse refused = ask("gzip;q=0");
        assertNull(refused.getHeader("Content-Encoding"));
        assertEquals(1, renderings.get(), "every answer came from the one rendering kept");
    }
}
