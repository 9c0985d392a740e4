package org.summitgraph.browse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.Languages;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The page of each entity the graph names under {@code /id/{kind}/{slug}}. */
@Controller
class EntityController {

    private static final Set<String> KINDS = Set.of("person", "organization", "project", "summit", "event", "place",
            "award", "event-series", "role");
    /** The graph's slugs are lower-case ASCII; anything else cannot name one of its entities. */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    private final EntityPages pages;

    EntityController(EntityPages pages) {
        this.pages = pages;
    }

    /** {@code page} is the page of the entity's articles, from 1. */
    @GetMapping("/id/{kind}/{slug}")
    String entity(@PathVariable String kind, @PathVariable String slug, @RequestParam(defaultValue = "1") int page,
                  Locale locale, Model model) {
        if (!KINDS.contains(kind) || !SLUG.matcher(slug).matches() || page < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String iri = SG.ID + kind + "/" + slug;
        Locale reader = Languages.supported(locale);
        EntityView view = pages.page(iri, reader, page)
                .filter(v -> page <= v.articlePaging().pages())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("entity", view);
        return "entity/entity";
    }
}
