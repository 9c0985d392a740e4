package org.summitgraph.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Picks the name to show a reader from the names the graph holds in several languages. */
public final class DisplayNames {

    private DisplayNames() {
    }

    /**
     * The name in the reader's language if there is one; else the English one; else one with no language; else any.
     * Ties go to the first given, so callers decide the order (e.g. rdfs:label before skos:altLabel).
     */
    public static Optional<LanguageString> pick(Collection<LanguageString> names, Locale reader) {
        String wanted = Languages.supported(reader).getLanguage();
        for (String language : new String[]{wanted, "en", ""}) {
            for (LanguageString name : names) {
                if (name.language().equalsIgnoreCase(language)
                        || name.language().toLowerCase(Locale.ROOT).startsWith(language + "-") && !language.isEmpty()) {
                    return Optional.of(name);
                }
            }
        }
        return names.stream().findFirst();
    }

    /**
     * A literal's text and its language tag ({@code ""} when it has none).
     */
    public record LanguageString(String text, String language) {
        public LanguageString {
            java.util.Objects.requireNonNull(text, "text");
            language = language == null ? "" : language;
        }
    }
}
