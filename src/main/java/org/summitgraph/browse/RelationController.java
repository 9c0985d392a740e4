package org.summitgraph.browse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** All the values of one relation of an entity, fifty a page: where an entity page's "and N more" leads. */
@Controller
class RelationController {

    private final RelationPages pages;
    private final PageLinks links;

    RelationController(RelationPages pages, PageLinks links) {
        this.pages = pages;
        this.links = links;
    }

    /**
     * @param iri the entity, one of the graph's own
     * @param p the relation, absent for {@code dir=roles}
     * @param dir {@code out}, {@code in} or {@code roles}
     */
    @GetMapping("/relation")
    String relation(@RequestParam String iri, @RequestParam(defaultValue = "") String p,
                    @RequestParam(defaultValue = "in") String dir, @RequestParam(defaultValue = "1") int page,
                    Locale locale, Model model) {
        if (!RelationPages.DIRECTIONS.contains(dir)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dir must be out, in or roles");
        }
        if (!dir.equals("roles") && !absolute(p)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "p must be the IRI of a relation");
        }
        if (links.pageOf(iri).isEmpty() || page < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("relation", pages.page(iri, p, dir, Languages.supported(locale), page)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "entity/relation";
    }

    private static boolean absolute(String iri) {
        try {
            return new URI(iri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
