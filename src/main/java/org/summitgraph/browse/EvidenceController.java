package org.summitgraph.browse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.summitgraph.web.Languages;

import java.util.Locale;
import java.util.regex.Pattern;

/** Every statement behind one fact, twenty a page: the "and N more" of a why?. */
@Controller
class EvidenceController {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final EvidencePages pages;

    EvidenceController(EvidencePages pages) {
        this.pages = pages;
    }

    @GetMapping("/evidence/{id}")
    String evidence(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        if (!ID.matcher(id).matches() || page < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("fact", pages.page(id, Languages.supported(locale), page)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "entity/evidence";
    }
}
