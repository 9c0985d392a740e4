package org.summitgraph.extraction;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;

import java.util.Objects;

/**
 * A literal the article states about an entity, with its evidence: a summit's dates or edition number.
 *
 * @param subject entity IRI
 * @param predicate a literal property of the vocabulary ({@code startDate}, {@code endDate}, {@code edition})
 * @param value the lexical form
 * @param datatype its datatype
 */
public record Attribute(String subject, Property predicate, String value, RDFDatatype datatype, Sentence sentence,
                        String method, double confidence) {

    public Attribute {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(datatype, "datatype");
        Objects.requireNonNull(sentence, "sentence");
    }
}
