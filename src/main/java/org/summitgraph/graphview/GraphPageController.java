package org.summitgraph.graphview;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /graph?iri=…}: the interactive graph around an entity, with a table of the same relations. */
@Controller
class GraphPageController {

    private final Neighbourhoods neighbourhoods;

    GraphPageController(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/graph")
    String page(@RequestParam(required = false) String iri,
                @RequestParam(name = "relation", required = false) List<String> relations,
                Locale locale, Model model) {
        try {
            Neighbourhood all = neighbourhoods.of(iri, List.of(), locale)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            Neighbourhood shown = relations == null || relations.isEmpty() ? all
                    : neighbourhoods.of(iri, relations, locale).orElse(all);
            model.addAttribute("graph", view(all, shown));
            return "graph/graph";
        } catch (InvalidRequestException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static GraphPage view(Neighbourhood all, Neighbourhood shown) {
        Neighbourhood.Node focus = shown.nodes().get(0);
        Map<String, Neighbourhood.Node> nodes = shown.nodes().stream()
                .collect(Collectors.toMap(Neighbourhood.Node::id, Function.identity()));
        List<GraphPage.Row> rows = shown.edges().stream()
                .map(e -> new GraphPage.Row(e.relation(), e.label(), end(nodes.get(e.source()), focus),
                        end(nodes.get(e.target()), focus)))
                .toList();
        List<String> inView = shown.relations().stream().map(Neighbourhood.Relation::id).toList();
        List<GraphPage.Choice> choices = all.relations().stream()
                .map(r -> new GraphPage.Choice(r.id(), r.label(), inView.contains(r.id())))
                .toList();
        List<String> present = shown.nodes().stream().map(Neighbourhood.Node::type).distinct().toList();
        List<GraphPage.Legend> types = NeighbourhoodBuilder.TYPE_NAMES.stream()
                .map(t -> new GraphPage.Legend(t, present.contains(t))).toList();
        return new GraphPage(focus, rows, choices, types, shown.truncated(), Neighbourhoods.MAX_NEIGHBOURS,
                shown.query());
    }

    private static GraphPage.End end(Neighbourhood.Node node, Neighbourhood.Node focus) {
        return new GraphPage.End(node.id(), node.label(), node.href(), node.id().equals(focus.id()));
    }
}
