package org.summitgraph.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.summitgraph.store.ArticleSummary;
import org.summitgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page: what the graph holds and the latest articles. */
@Controller
class HomeController {

    private static final int LATEST = 10;
    private static final List<String> TYPES = List.of("Person", "Organization", "Project", "Summit", "Place", "Award");

    private final GraphStore store;
    private final PageLinks links;

    HomeController(GraphStore store, PageLinks links) {
        this.store = store;
        this.links = links;
    }

    @GetMapping("/")
    String home(Model model) {
        Map<String, long[]> counts = store.entityCounts();
        List<HomeView.Count> rows = new ArrayList<>();
        for (String type : TYPES) {
            long[] c = counts.getOrDefault(type, new long[]{0, 0});
            rows.add(new HomeView.Count(type, c[0], c[1], TypeLists.pathOf(type).orElse("/")));
        }
        List<ArticleSummary> articles = store.articles();
        List<HomeView.Latest> latest = articles.subList(0, Math.min(LATEST, articles.size())).stream()
                .map(a -> new HomeView.Latest(a.title(), a.date(), a.language(), a.mentions(), links.href(a.iri())))
                .toList();
        model.addAttribute("home", new HomeView(rows, articles.size(), latest, store.size()));
        return "home";
    }
}
