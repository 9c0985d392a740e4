package org.summitgraph.browse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.summitgraph.vocab.SG;
import org.summitgraph.web.Languages;

import java.util.Locale;
import java.util.regex.Pattern;

/** A statement's page: the target of the "why?" links when the reader wants the evidence on a page of its own. */
@Controller
class StatementController {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{1,64}");

    private final StatementPages pages;

    StatementController(StatementPages pages) {
        this.pages = pages;
    }

    @GetMapping("/id/statement/{hash}")
    String statement(@PathVariable String hash, Locale locale, Model model) {
        if (!HASH.matcher(hash).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        StatementPages.StatementView view = pages.page(SG.ID + "statement/" + hash, Languages.supported(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("statement", view);
        return "entity/statement";
    }
}
