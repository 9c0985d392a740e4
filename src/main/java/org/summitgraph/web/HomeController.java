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

    HomeController(GraphStore store) {
        this.store = store;
    }

    @GetMapping("/")
    String home(Model model) {
        Map<String, long[]> counts = store.entityCounts();
        List<HomeView.Count> rows = new ArrayList<>();
        for (String type : TYPES) {
            long[] c = counts.getOrDefault(type, new long[]{0, 0});
            rows.add(new HomeView.Count(type, c[0], c[1]));
        }
        List<ArticleSummary> articles = store.articles();
        model.addAttribute("home", new HomeView(rows, articles.size(),
                articles.subList(0, Math.min(LATEST, articles.size())), store.size()));
        return "home";
    }
}
