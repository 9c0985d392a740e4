package org.summitgraph.graphview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** {@code /graph/neighbourhood?iri=…}: an entity's neighbourhood as JSON, for the graph view to draw and expand. */
@RestController
class NeighbourhoodController {

    private final Neighbourhoods neighbourhoods;

    NeighbourhoodController(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping(path = "/graph/neighbourhood", produces = "application/json")
    Neighbourhood neighbourhood(@RequestParam(required = false) String iri,
                                @RequestParam(name = "relation", required = false) List<String> relations,
                                Locale locale) {
        return neighbourhoods.of(iri, relations, locale).orElseThrow(() -> new UnknownEntityException(iri));
    }
}
