package org.summitgraph.linkeddata;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NegotiationTest {

    private static Negotiation.Choice page(String accept) {
        return Negotiation.choose(accept, Negotiation.PAGE_OR_RDF);
    }

    @Test
    void browsersAndNoAcceptGetThePage() {
        assertTrue(page("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").html());
        assertTrue(page(null).html());
        assertTrue(page("*/*").html());
    }

    @Test
    void eachRdfTypeGetsItsFormatAndQualityDecides() {
        assertEquals(RdfFormat.TURTLE, page("text/turtle").format());
        assertEquals(RdfFormat.JSONLD, page("application/ld+json").format());
        assertEquals(RdfFormat.JSONLD, page("application/json").format());
        assertEquals(RdfFormat.NTRIPLES, page("application/n-triples").format());
        assertEquals(RdfFormat.RDFXML, page("application/rdf+xml").format());
        assertEquals(RdfFormat.RDFXML, page("text/html;q=0.5, application/rdf+xml").format());
        assertEquals(RdfFormat.TURTLE, page("application/ld+json;q=0.8, text/turtle;q=0.9").format());
    }

    @Test
    void nothingAcceptableIsSaid() {
        assertFalse(page("image/png").acceptable());
        assertEquals(RdfFormat.TURTLE, Negotiation.choose("*/*", Negotiation.RDF_ONLY).format(), "Turtle by default");
        assertFalse(Negotiation.choose("text/html", Negotiation.RDF_ONLY).acceptable());
    }
}
