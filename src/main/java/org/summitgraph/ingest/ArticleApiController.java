package org.summitgraph.ingest;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.summitgraph.SummitGraphProperties;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.store.ArticleSummary;
import org.summitgraph.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** The articles API: ingest (authenticated), list, look up, delete (authenticated). */
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

    private final IngestionService ingestion;
    private final GraphStore store;
    private final long maxBytes;

    ArticleApiController(IngestionService ingestion, GraphStore store, SummitGraphProperties properties) {
        this.ingestion = ingestion;
        this.store = store;
        this.maxBytes = properties.maxArticleSize().toBytes();
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE, MediaType.TEXT_MARKDOWN_VALUE,
            "text/x-markdown", "application/xhtml+xml"})
    ResponseEntity<IngestResult> ingestBody(HttpServletRequest request) throws IOException {
        byte[] body = bounded(request.getInputStream());
        return created(ingestion.ingest(new ArticleSource(body, request.getContentType(), null)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IngestResult> ingestUpload(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > maxBytes) {
            throw tooLarge(file.getSize());
        }
        String type = file.getContentType();
        if (type != null && type.startsWith(MediaType.APPLICATION_OCTET_STREAM_VALUE)) {
            type = null; // browsers send this for unknown extensions: let the file name decide
        }
        return created(ingestion.ingest(new ArticleSource(file.getBytes(), type, file.getOriginalFilename())));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<ArticleSummary> list() {
        return store.articles();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleSummary get(@PathVariable String id) {
        return store.articles().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!store.deleteArticle(id)) {
            throw new ArticleNotFoundException(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<IngestResult> created(IngestResult result) {
        return ResponseEntity.status(result.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create(result.iri())).body(result);
    }

    /** Reads at most one byte past the limit, so an oversized body is refused without being held whole. */
    private byte[] bounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw tooLarge(body.length);
        }
        return body;
    }

    private InvalidArticleException tooLarge(long size) {
        return new InvalidArticleException(InvalidArticleException.Reason.TOO_LARGE,
                "The article is larger than the " + maxBytes + " bytes accepted" + (size > maxBytes + 1 ? " (" + size + " bytes)." : "."));
    }
}
