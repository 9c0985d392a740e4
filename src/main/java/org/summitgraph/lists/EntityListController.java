package org.summitgraph.lists;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.summitgraph.web.Languages;

import java.util.Locale;
import java.util.Map;

/** The lists of people, organisations, projects, places and awards. */
@Controller
class EntityListController {

    private final EntityLists lists;

    EntityListController(EntityLists lists) {
        this.lists = lists;
    }

    @GetMapping({"/people", "/organizations", "/projects", "/places", "/awards"})
    String list(HttpServletRequest request, @RequestParam Map<String, String> parameters, Model model) {
        EntityList list = EntityList.at(request.getServletPath())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale reader = Languages.supported(RequestContextUtils.getLocale(request));
        model.addAttribute("list", lists.list(list, parameters, reader));
        return "lists/entities";
    }
}
