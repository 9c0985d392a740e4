package org.summitgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

import java.util.Locale;

/** What every page's layout needs: the reader's language and links to the same page in the other languages. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("layout")
    LayoutView layout(HttpServletRequest request) {
        Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
        String english = switchTo(Languages.ENGLISH);
        String chinese = switchTo(Languages.CHINESE);
        return new LayoutView(locale.getLanguage(), english, chinese);
    }

    /**
     * The current address with only the language replaced, so that switching keeps the reader where they are. Path
     * and query only: a page that does not name the host it was asked on can be kept once for every host.
     */
    private static String switchTo(Locale locale) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(LocaleConfiguration.PARAMETER, locale.getLanguage())
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    /**
     * @param language the interface language, {@code en} or {@code zh}
     * @param englishHref this page in English
     * @param chineseHref this page in Chinese
     */
    record LayoutView(String language, String englishHref, String chineseHref) {
    }
}
