package org.summitgraph.graph;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.summitgraph.vocab.SG;

import java.util.Map;

/** The prefixes SummitGraph writes RDF and SPARQL with. */
public final class Prefixes {

    public static final Map<String, String> ALL = Map.of(
            "sg", SG.NS,
            "id", SG.ID,
            "rdf", RDF.getURI(),
            "rdfs", RDFS.getURI(),
            "owl", OWL.getURI(),
            "skos", SKOS.getURI(),
            "xsd", XSD.NS,
            "wd", "http://www.wikidata.org/entity/");

    private Prefixes() {
    }
}
