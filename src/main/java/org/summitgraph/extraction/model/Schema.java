package org.summitgraph.extraction.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.summitgraph.extraction.EntityKind;
import org.summitgraph.vocab.SG;

import java.util.List;
import java.util.Map;

/**
 * Which relations of the vocabulary may hold from one kind of entity to another (the domains and ranges of
 * ontology/summitgraph.ttl, as the gold files use them): a candidate pair is only ever classified among these
 * and NONE. Two are left to the rules because the shapes would refuse the graph: a project is part of a project
 * only, and an award is awarded at one event only (the rules already tie it to its summit). hasRole is left to
 * them too: it needs the right title, and under cross-validation the title written nearest the person was wrong
 * for four of the five roles the model added.
 */
final class Schema {

    static final String NONE = "NONE";

    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("PERSON>ORGANIZATION", List.of("worksFor", "formerlyWorkedFor", "leads")),
            Map.entry("PERSON>PROJECT", List.of("leads", "contributesTo")),
            Map.entry("PERSON>SUMMIT", List.of("speaksAt", "attends")),
            Map.entry("PERSON>AWARD", List.of("wonAward", "finalistFor")),
            Map.entry("ORGANIZATION>ORGANIZATION", List.of("customerOf", "partnerOf", "partOf", "leads", "foundedBy")),
            Map.entry("ORGANIZATION>PROJECT", List.of("uses", "contributesTo", "leads")),
            Map.entry("ORGANIZATION>SUMMIT", List.of("attends")),
            Map.entry("ORGANIZATION>AWARD", List.of("wonAward", "finalistFor")),
            Map.entry("ORGANIZATION>PLACE", List.of("locatedIn")),
            Map.entry("ORGANIZATION>PERSON", List.of("foundedBy")),
            Map.entry("PROJECT>PROJECT", List.of("partOf")),
            Map.entry("PROJECT>ORGANIZATION", List.of("foundedBy")),
            Map.entry("PROJECT>PERSON", List.of("foundedBy")),
            Map.entry("PLACE>PLACE", List.of("locatedIn")),
            Map.entry("SUMMIT>PLACE", List.of("heldIn")),
            Map.entry("SUMMIT>ORGANIZATION", List.of("organizedBy")));

    private Schema() {
    }

    /** The kind as the schema reads it: a company is an organisation, an event a summit. */
    static String kind(EntityKind k) {
        return switch (k) {
            case COMPANY, ORGANIZATION -> "ORGANIZATION";
            case EVENT, SUMMIT -> "SUMMIT";
            default -> k.name();
        };
    }

    /** The relations that may hold from the first kind to the second; empty when none. */
    static List<String> allowed(EntityKind subject, EntityKind object) {
        return ALLOWED.getOrDefault(kind(subject) + ">" + kind(object), List.of());
    }

    static Property property(String localName) {
        return ResourceFactory.createProperty(SG.NS + localName);
    }
}
