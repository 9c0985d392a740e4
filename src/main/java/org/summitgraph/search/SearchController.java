package org.summitgraph.search;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;

/** {@code GET /search?q=}: entities and articles by name, in both languages, best match first, a page at a time. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final NameSearch search;
    private final Results results;

    SearchController(NameSearch search, Results results) {
        this.search = search;
        this.results = results;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "page", defaultValue = "1") int page, Locale locale, Model model,
                  HttpServletResponse response) {
        String query = q == null ? "" : q;
        if (SearchLimits.tooLong(query)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("search", new SearchView(query, true, List.of(), 0, 1, null, null));
            return "search/results";
        }
        if (SearchLimits.blank(query)) {
            model.addAttribute("search", new SearchView("", false, List.of(), 0, 1, null, null));
            return "search/results";
        }
        List<Found> found = search.find(query);
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Result> shown = found.subList((current - 1) * PAGE_SIZE, Math.min(current * PAGE_SIZE, found.size()))
                .stream().map(f -> results.of(f, locale)).toList();
        model.addAttribute("search", new SearchView(query, false, shown, found.size(), current,
                current > 1 ? href(query, current - 1) : null, current < pages ? href(query, current + 1) : null));
        return "search/results";
    }

    private static String href(String query, int page) {
        return UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}").queryParam("page", page)
                .encode().buildAndExpand(query).toUriString();
    }
}
