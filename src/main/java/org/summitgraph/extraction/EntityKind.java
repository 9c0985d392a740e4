package org.summitgraph.extraction;

import org.apache.jena.rdf.model.Resource;
import org.summitgraph.vocab.SG;

import java.util.Optional;

/** The classes of entity the extractor finds, with the IRI path segment new entities of the class get. */
public enum EntityKind {
    PERSON(SG.Person, "person"),
    ORGANIZATION(SG.Organization, "organization"),
    COMPANY(SG.Company, "organization"),
    PROJECT(SG.Project, "project"),
    EVENT(SG.Event, "event"),
    SUMMIT(SG.Summit, "summit"),
    PLACE(SG.Place, "place"),
    AWARD(SG.Award, "award");

    private final Resource type;
    private final String pathSegment;

    EntityKind(Resource type, String pathSegment) {
        this.type = type;
        this.pathSegment = pathSegment;
    }

    public Resource type() {
        return type;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public boolean isOrganization() {
        return this == ORGANIZATION || this == COMPANY;
    }

    public boolean isEvent() {
        return this == SUMMIT || this == EVENT;
    }

    /** The most specific kind for a class IRI; Company wins over Organization, Summit over Event. */
    public static Optional<EntityKind> ofType(String typeIri) {
        for (EntityKind kind : values()) {
            if (kind.type.getURI().equals(typeIri)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    boolean isMoreSpecificThan(EntityKind other) {
        return (this == COMPANY && other == ORGANIZATION) || (this == SUMMIT && other == EVENT);
    }
}
