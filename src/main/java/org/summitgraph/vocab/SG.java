package org.summitgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the SummitGraph ontology ({@code ontology/summitgraph.ttl}), spelled as there. */
public final class SG {

    public static final String NS = "https://summitgraph.org/ontology#";
    public static final String ONTOLOGY = "https://summitgraph.org/ontology";
    /** Where entities, articles and their parts are named. */
    public static final String ID = "https://summitgraph.org/id/";
    /** Where named graphs are named. */
    public static final String GRAPH = "https://summitgraph.org/graph/";

    public static final Resource Person = cls("Person");
    public static final Resource Organization = cls("Organization");
    public static final Resource Company = cls("Company");
    public static final Resource Project = cls("Project");
    public static final Resource Event = cls("Event");
    public static final Resource Summit = cls("Summit");
    public static final Resource Place = cls("Place");
    public static final Resource Award = cls("Award");
    public static final Resource Role = cls("Role");
    public static final Resource Article = cls("Article");
    public static final Resource Sentence = cls("Sentence");
    public static final Resource Mention = cls("Mention");
    public static final Resource Statement = cls("Statement");
    public static final Resource EventSeries = cls("EventSeries");

    public static final Property worksFor = prop("worksFor");
    public static final Property formerlyWorkedFor = prop("formerlyWorkedFor");
    public static final Property hasRole = prop("hasRole");
    public static final Property roleTitle = prop("roleTitle");
    public static final Property roleIn = prop("roleIn");
    public static final Property leads = prop("leads");
    public static final Property partOf = prop("partOf");
    public static final Property speaksAt = prop("speaksAt");
    public static final Property attends = prop("attends");
    public static final Property wonAward = prop("wonAward");
    public static final Property finalistFor = prop("finalistFor");
    public static final Property awardedAt = prop("awardedAt");
    public static final Property uses = prop("uses");
    public static final Property contributesTo = prop("contributesTo");
    public static final Property customerOf = prop("customerOf");
    public static final Property partnerOf = prop("partnerOf");
    public static final Property locatedIn = prop("locatedIn");
    public static final Property heldIn = prop("heldIn");
    public static final Property organizedBy = prop("organizedBy");
    public static final Property foundedBy = prop("foundedBy");

    public static final Property startDate = prop("startDate");
    public static final Property endDate = prop("endDate");
    public static final Property edition = prop("edition");
    public static final Property inSeries = prop("inSeries");
    public static final Property datePublished = prop("datePublished");

    public static final Property mentions = prop("mentions");
    public static final Property about = prop("about");
    public static final Property publisher = prop("publisher");

    public static final Property title = prop("title");
    public static final Property url = prop("url");
    public static final Property language = prop("language");
    public static final Property text = prop("text");

    public static final Property inArticle = prop("inArticle");
    public static final Property beginOffset = prop("beginOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property anchorOf = prop("anchorOf");
    public static final Property refersTo = prop("refersTo");
    public static final Property inSentence = prop("inSentence");
    public static final Property evidence = prop("evidence");
    public static final Property method = prop("method");
    public static final Property confidence = prop("confidence");

    private SG() {
    }

    private static Resource cls(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property prop(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
