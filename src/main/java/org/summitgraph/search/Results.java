package org.summitgraph.search;

import org.springframework.stereotype.Component;
import org.summitgraph.web.DisplayNames;
import org.summitgraph.web.DisplayNames.LanguageString;
import org.summitgraph.web.Languages;
import org.summitgraph.web.PageLinks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns what was found into results in the reader's language, shared by the search page and the suggestions. */
@Component
class Results {

    private final PageLinks links;

    Results(PageLinks links) {
        this.links = links;
    }

    Result of(Found found, Locale reader) {
        Locale language = Languages.supported(reader);
        Locale otherLanguage = Languages.ENGLISH.equals(language) ? Languages.CHINESE : Languages.ENGLISH;
        List<LanguageString> names = found.names().isEmpty() ? found.matched() : found.names();
        LanguageString name = DisplayNames.pick(names, language).orElse(new LanguageString(found.iri(), ""));
        LanguageString other = DisplayNames.pick(names, otherLanguage)
                .filter(o -> !o.text().equals(name.text())).orElse(null);
        LanguageString alias = found.matched().stream().findFirst()
                .filter(m -> !m.text().equals(name.text()) && (other == null || !m.text().equals(other.text())))
                .orElse(null);
        return new Result(found.type(), name.text(), name.language(), text(alias), language(alias), text(other),
                language(other), links.href(found.iri()));
    }

    private static String text(LanguageString s) {
        return Optional.ofNullable(s).map(LanguageString::text).orElse(null);
    }

    private static String language(LanguageString s) {
        return Optional.ofNullable(s).map(LanguageString::language).orElse(null);
    }
}
