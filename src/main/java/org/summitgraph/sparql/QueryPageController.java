package org.summitgraph.sparql;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.summitgraph.graph.Prefixes;

import java.util.TreeMap;

/**
 * {@code /query}: the SPARQL editor (YASGUI, served from this application) with the gallery of examples;
 * {@code /query?query=…} opens it with that query, as other pages' "open in the query editor" links do.
 */
@Controller
class QueryPageController {

    private final QueryGallery gallery;

    QueryPageController(QueryGallery gallery) {
        this.gallery = gallery;
    }

    @GetMapping("/query")
    String page(@RequestParam(required = false) String query, Model model) {
        model.addAttribute("query", query == null || query.isBlank() ? null : query);
        model.addAttribute("examples", gallery.examples());
        model.addAttribute("prefixes", new TreeMap<>(Prefixes.ALL));
        return "sparql/query";
    }
}
