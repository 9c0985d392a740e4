package org.summitgraph.browse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.summitgraph.web.Languages;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An article's page, and its sentences and mentions, which have no page of their own: their IRIs answer
 * {@code 303 See Other} to their place in the article's page.
 */
@Controller
class ArticleController {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private final ArticlePages pages;
    private final GraphReads reads;

    ArticleController(ArticlePages pages, GraphReads reads) {
        this.pages = pages;
        this.reads = reads;
    }

    @GetMapping("/id/article/{id}")
    String article(@PathVariable String id, Locale locale, Model model) {
        if (!ArticleParts.ARTICLE_ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ArticleView view = pages.page(id, Languages.supported(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("article", view);
        return "article/article";
    }

    @GetMapping("/id/article/{id}/sentence/{n}")
    ResponseEntity<Void> sentence(@PathVariable String id, @PathVariable String n) {
        return seeOther(id, "sentence", n);
    }

    @GetMapping("/id/article/{id}/mention/{n}")
    ResponseEntity<Void> mention(@PathVariable String id, @PathVariable String n) {
        return seeOther(id, "mention", n);
    }

    private ResponseEntity<Void> seeOther(String id, String part, String n) {
        if (!ArticleParts.ARTICLE_ID.matcher(id).matches() || !NUMBER.matcher(n).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String iri = ArticleParts.articleIri(id) + "/" + part + "/" + n;
        if (!reads.read(() -> reads.ask("exists", "node", iri))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, ArticleParts.pageOf(iri).orElseThrow())
                .build();
    }
}
