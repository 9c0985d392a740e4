package org.summitgraph.search;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /search/suggest?q=}: at most ten names for the search box's type-ahead, as JSON. */
@RestController
class SuggestController {

    static final int MAX_SUGGESTIONS = 10;

    private final NameSearch search;
    private final Results results;
    private final MessageSource messages;

    SuggestController(NameSearch search, Results results, MessageSource messages) {
        this.search = search;
        this.results = results;
        this.messages = messages;
    }

    @GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> suggest(@RequestParam(name = "q", required = false) String q, Locale locale) {
        if (SearchLimits.tooLong(q)) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    messages.getMessage("search.tooLong", new Object[]{SearchLimits.MAX_QUERY}, locale)));
        }
        if (SearchLimits.blank(q)) {
            return ResponseEntity.ok(List.of());
        }
        List<Suggestion> out = search.find(q).stream().limit(MAX_SUGGESTIONS).map(f -> results.of(f, locale))
                .map(r -> new Suggestion(r.name(), messages.getMessage("search.type." + r.type(), null, r.type(), locale),
                        r.href(), r.alias() != null ? r.alias() : r.other() != null && matchesOther(q, r) ? r.other() : r.name()))
                .toList();
        return ResponseEntity.ok(out);
    }

    /** Whether the reader typed the other language's name rather than the shown one. */
    private static boolean matchesOther(String q, Result r) {
        return NameSearch.closeness(r.other(), NameFolding.fold(q)) < NameSearch.closeness(r.name(), NameFolding.fold(q));
    }
}
