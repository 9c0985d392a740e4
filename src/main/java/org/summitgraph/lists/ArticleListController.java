package org.summitgraph.lists;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.summitgraph.web.Languages;

import java.util.Map;

/** The list of stored articles. */
@Controller
class ArticleListController {

    private final ArticleLists articles;

    ArticleListController(ArticleLists articles) {
        this.articles = articles;
    }

    @GetMapping(ArticleLists.PATH)
    String list(HttpServletRequest request, @RequestParam Map<String, String> parameters, Model model) {
        model.addAttribute("list", articles.list(parameters, Languages.supported(RequestContextUtils.getLocale(request))));
        return "lists/articles";
    }
}
