package org.summitgraph.lists;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.summitgraph.web.Languages;

/** The timeline of summits. */
@Controller
class TimelineController {

    private final Timeline timeline;

    TimelineController(Timeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping(Timeline.PATH)
    String timeline(HttpServletRequest request, @RequestParam(name = Timeline.SERIES, required = false) String series,
                    Model model) {
        model.addAttribute("timeline",
                timeline.timeline(series, Languages.supported(RequestContextUtils.getLocale(request))));
        return "lists/summits";
    }
}
