package org.summitgraph.browse;

import org.apache.jena.query.QuerySolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.summitgraph.store.GraphStore;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the pages of the most-mentioned entities into the {@link PageCache} before readers ask for them: once the
 * server is ready, and again when writes have emptied the cache and then stopped for {@link #QUIET} (a bulk ingest
 * commits every few seconds; re-rendering after each batch would be wasted). Real traffic asks for a few popular
 * entities most of the time, and theirs are the pages that are dearest to render. One background thread asks this
 * server for each page, in English and in Chinese, as a reader would, so the pages kept are exactly the ones
 * readers get; it stops as soon as a write empties the cache again. The pages are asked for by one thread per core
 * (at most {@link #MOST_THREADS}), most-mentioned first: on two cores, the 2,000 pages of the 1,000 most-mentioned
 * entities of a 10,000-article store take about half as long as with one, and the server is otherwise idle when it
 * has just started or just stopped being written to.
 */
@Component
class PageWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(PageWarmUp.class);
    static final Duration QUIET = Duration.ofSeconds(10);
    private static final List<Locale> LANGUAGES = List.of(Languages.ENGLISH, Languages.CHINESE);
    static final int MOST_THREADS = 4;

    private final PageCache cache;
    private final GraphReads reads;
    private final PageLinks links;
    private final int entities;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "page-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final int threads = Math.max(1, Math.min(MOST_THREADS, Runtime.getRuntime().availableProcessors()));
    private final ExecutorService askers = Executors.newFixedThreadPool(threads, r -> {
        Thread thread = new Thread(r, "page-warm-up-asker");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private volatile int port = -1;
    private ScheduledFuture<?> next;

    PageWarmUp(PageCache cache, GraphReads reads, PageLinks links, GraphStore store, PageProperties properties,
               Environment environment) {
        this.cache = cache;
        this.reads = reads;
        this.links = links;
        this.entities = cache.enabled() ? properties.warmUp() : 0;
        String bound = environment.getProperty("server.address", "");
        this.address = bound.isBlank() || bound.equals("0.0.0.0") || bound.equals("::") ? "127.0.0.1" : bound;
        store.onWrite(() -> schedule(QUIET));
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        schedule(Duration.ZERO);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        askers.shutdownNow();
    }

    /** (Re)starts the warm-up after {@code delay}; a later call pushes it back, so a run of writes warms up once. */
    private synchronized void schedule(Duration delay) {
        if (entities == 0 || worker.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = worker.schedule(this::warmUpLogged, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failed warm-up costs readers nothing but speed; it is logged, and the next write schedules another. */
    private void warmUpLogged() {
        try {
            warmUp();
        } catch (RuntimeException e) {
            LOG.warn("Page cache warm-up failed: {}", e.toString());
        }
    }

    private void warmUp() {
        if (port < 0) {
            return;
        }
        long generation = cache.generation();
        List<String> pages = reads.read(() -> reads.select("most-mentioned", Map.of(), 0, entities)).stream()
                .map((QuerySolution row) -> row.getResource("entity").getURI())
                .flatMap(iri -> links.pageOf(iri).stream())
                .toList();
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        Runnable asker = () -> {
            for (int i = next.getAndIncrement(); i < pages.size() * LANGUAGES.size(); i = next.getAndIncrement()) {
                if (cache.generation() != generation || Thread.currentThread().isInterrupted()) {
                    return;
                }
                String page = pages.get(i / LANGUAGES.size());
                Locale language = LANGUAGES.get(i % LANGUAGES.size());
                if (cache.get(CachedPages.key(page, null, language.getLanguage())).isEmpty() && ask(page, language)) {
                    rendered.incrementAndGet();
                }
            }
        };
        try {
            for (Future<?> done : askers.invokeAll(Collections.nCopies(threads, Executors.callable(asker)))) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (cache.generation() != generation) {
            return;
        }
        LOG.info("Page cache warmed up: {} pages of the {} most-mentioned entities rendered in {} ms by {} threads",
                rendered.get(), pages.size(), (System.nanoTime() - start) / 1_000_000, threads);
    }

    private boolean ask(String page, Locale language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + hostPart() + ":" + port + page))
                .header("Accept", "text/html")
                .header("Accept-Language", language.getLanguage())
                .timeout(Duration.ofSeconds(60))
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            LOG.debug("warm-up of {} failed: {}", page, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String hostPart() {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
