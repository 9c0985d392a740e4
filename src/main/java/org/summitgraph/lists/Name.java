package org.summitgraph.lists;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.summitgraph.web.DisplayNames;
import org.summitgraph.web.DisplayNames.LanguageString;
import org.summitgraph.web.Languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A thing's name as a reader sees it, with the name in the other language when the graph has a different one.
 *
 * @param language the name's language tag, {@code ""} when it has none
 * @param other the other language's name, or null
 */
record Name(String text, String language, String other, String otherLanguage) {

    /**
     * The name from the columns {@code ?{prefix}En}, {@code ?{prefix}Zh} and {@code ?{prefix}Plain} of a row
     * ({@code ?en ?zh ?plain} when the prefix is empty); the IRI's last segment when it has no label.
     */
    static Name of(QuerySolution row, String prefix, String iri, Locale reader) {
        List<LanguageString> names = new ArrayList<>();
        add(names, row.get(column(prefix, "en")));
        add(names, row.get(column(prefix, "zh")));
        add(names, row.get(column(prefix, "plain")));
        return of(names, iri, reader);
    }

    static Name of(List<LanguageString> names, String iri, Locale reader) {
        Locale otherReader = Languages.supported(reader).equals(Languages.CHINESE) ? Languages.ENGLISH : Languages.CHINESE;
        LanguageString shown = DisplayNames.pick(names, reader)
                .orElseGet(() -> new LanguageString(iri.substring(iri.lastIndexOf('/') + 1), ""));
        LanguageString other = DisplayNames.pick(names, otherReader)
                .filter(o -> !o.text().equals(shown.text()))
                .orElse(null);
        return new Name(shown.text(), shown.language(), other == null ? null : other.text(),
                other == null ? null : other.language());
    }

    private static String column(String prefix, String language) {
        if (prefix.isEmpty()) {
            return language;
        }
        return prefix + Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    private static void add(List<LanguageString> names, RDFNode node) {
        if (node != null && node.isLiteral()) {
            names.add(new LanguageString(node.asLiteral().getLexicalForm(), node.asLiteral().getLanguage()));
        }
    }
}
