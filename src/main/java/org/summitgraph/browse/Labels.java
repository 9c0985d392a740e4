package org.summitgraph.browse;

import org.summitgraph.web.DisplayNames;
import org.summitgraph.web.DisplayNames.LanguageString;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ontology's names of classes and relations in the reader's language; a term without one shows its local name. */
final class Labels {

    private final Map<String, List<LanguageString>> byTerm;
    private final Locale reader;

    Labels(Map<String, List<LanguageString>> byTerm, Locale reader) {
        this.byTerm = byTerm;
        this.reader = reader;
    }

    String of(String term) {
        return DisplayNames.pick(byTerm.getOrDefault(term, List.of()), reader)
                .map(LanguageString::text)
                .orElseGet(() -> Names.localName(term));
    }
}
