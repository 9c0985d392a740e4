package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Property;

import java.util.Objects;

/**
 * A statement the article makes about two entities, with its evidence.
 *
 * @param subject entity IRI
 * @param predicate a relation of the vocabulary
 * @param object entity IRI
 * @param roleTitle for {@code hasRole}: the title, the object being what the role is in; otherwise null
 * @param sentence the sentence that states it
 * @param method the rule or model that found it
 * @param confidence in [0, 1]
 */
public record Fact(String subject, Property predicate, String object, String roleTitle, Sentence sentence,
                   String method, double confidence) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(method, "method");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /** Two facts say the same thing when they relate the same entities the same way. */
    public String key() {
        return subject + " " + predicate.getURI() + " " + object + (roleTitle == null ? "" : " " + roleTitle);
    }
}
