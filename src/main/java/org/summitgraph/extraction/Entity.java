package org.summitgraph.extraction;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A thing an article talks about, with one IRI however it is written.
 *
 * @param iri stable: from the reference data, or derived from the kind and canonical name
 * @param kind its class
 * @param labels canonical name per language tag ("en", "zh"); at least one
 * @param known whether the reference data knows it
 * @param sameAs IRIs of the same thing elsewhere (Wikidata)
 */
public record Entity(String iri, EntityKind kind, Map<String, String> labels, boolean known, List<String> sameAs) {

    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a label: " + iri);
        }
        labels = Map.copyOf(labels);
        sameAs = List.copyOf(sameAs);
    }

    /** The name in the language asked for, else English, else any. */
    public String label(String language) {
        String l = labels.get(language);
        if (l == null) {
            l = labels.get("en");
        }
        return l != null ? l : labels.values().iterator().next();
    }
}
