package org.summitgraph.sparql;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/**
 * {@code /sparql}: the query operation of the SPARQL 1.1 Protocol (GET, POST form, POST query body), a service
 * description for a GET without query, and a refusal for updates: this endpoint is read-only.
 */
@Controller
@RequestMapping("/sparql")
@CrossOrigin(origins = "*", exposedHeaders = HttpHeaders.CONTENT_TYPE)
class SparqlController {

    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    private final SparqlEndpoint endpoint;
    private final ServiceDescription description;

    SparqlController(SparqlEndpoint endpoint, ServiceDescription description) {
        this.endpoint = endpoint;
        this.description = description;
    }

    @GetMapping
    void get(@RequestParam(required = false) String query,
             @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
             @RequestParam(name = "named-graph-uri", required = false) List<String> namedGraphs,
             @RequestParam(required = false) String format,
             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
             HttpServletResponse response) {
        if (query == null) {
            description.write(format, accept, response);
            return;
        }
        endpoint.answer(query, orEmpty(defaultGraphs), orEmpty(namedGraphs), format, accept, response);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    void postForm(@RequestParam(required = false) String query,
                  @RequestParam(required = false) String update,
                  @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
                  @RequestParam(name = "named-graph-uri", required = false) List<String> namedGraphs,
                  @RequestParam(required = false) String format,
                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                  HttpServletResponse response) {
        if (update != null) {
            throw readOnly();
        }
        endpoint.answer(query, orEmpty(defaultGraphs), orEmpty(namedGraphs), format, accept, response);
    }

    @PostMapping(consumes = SPARQL_QUERY)
    void postQuery(@RequestBody String query,
                   @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
                   @RequestParam(name = "named-graph-uri", required = false) List<String> namedGraphs,
                   @RequestParam(required = false) String format,
                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                   HttpServletResponse response) {
        endpoint.answer(query, orEmpty(defaultGraphs), orEmpty(namedGraphs), format, accept, response);
    }

    @PostMapping(consumes = SPARQL_UPDATE)
    void postUpdate() {
        throw readOnly();
    }

    @ExceptionHandler(SparqlException.class)
    @ResponseBody
    ResponseEntity<String> refused(SparqlException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
    }

    private static SparqlException readOnly() {
        return new SparqlException(HttpStatus.FORBIDDEN,
                "This endpoint is read-only: SPARQL Update is not accepted. Articles are added through /api/articles.");
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
