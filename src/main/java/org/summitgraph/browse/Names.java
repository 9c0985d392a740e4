package org.summitgraph.browse;

import org.summitgraph.web.DisplayNames;
import org.summitgraph.web.DisplayNames.LanguageString;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The names of the nodes on one page, picked in the reader's language; a node with none shows its IRI's end. */
final class Names {

    private final Map<String, List<LanguageString>> byIri;
    private final Locale reader;

    Names(Map<String, List<LanguageString>> byIri, Locale reader) {
        this.byIri = byIri;
        this.reader = reader;
    }

    String of(String iri) {
        return DisplayNames.pick(byIri.getOrDefault(iri, List.of()), reader)
                .map(LanguageString::text)
                .orElseGet(() -> localName(iri));
    }

    /** The last segment of an IRI: the slug of an entity, the fragment of an ontology term. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
