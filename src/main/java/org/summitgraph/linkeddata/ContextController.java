package org.summitgraph.linkeddata;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON-LD context every JSON-LD answer carries, published on its own for people and tools to reuse. */
@RestController
class ContextController {

    private final JsonLdContext context;

    ContextController(JsonLdContext context) {
        this.context = context;
    }

    @GetMapping(value = "/context.jsonld")
    ResponseEntity<String> context() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json"))
                .header("Access-Control-Allow-Origin", "*").body(context.document());
    }
}
