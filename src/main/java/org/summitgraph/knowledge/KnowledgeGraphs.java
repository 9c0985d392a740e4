package org.summitgraph.knowledge;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitgraph.store.GraphStore;
import org.summitgraph.vocab.GraphNames;

/**
 * Puts the bundled ontology, shapes and reference knowledge into their named graphs, replacing what an
 * earlier version of the application stored there.
 */
public final class KnowledgeGraphs {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeGraphs.class);

    private KnowledgeGraphs() {
    }

    public static void install(BundledKnowledge knowledge, GraphStore store) {
        store.replaceGraph(GraphNames.ONTOLOGY, knowledge.ontology());
        store.replaceGraph(GraphNames.SHAPES, knowledge.shapesModel());
        Model reference = ModelFactory.createDefaultModel().add(knowledge.reference());
        Resource graph = reference.createResource(GraphNames.REFERENCE.getURI());
        graph.addProperty(RDFS.label, "SummitGraph reference knowledge", "en");
        graph.addProperty(RDFS.label, "SummitGraph 参考知识", "zh");
        graph.addProperty(DCTerms.description, "What a person who knows the field already knows: summit editions, "
                + "projects, organisations and people, with their names in Chinese and English. The sources of each "
                + "file are noted at its top.", "en");
        for (String file : knowledge.referenceFiles()) {
            graph.addProperty(DCTerms.source, "data/reference/" + file);
        }
        store.replaceGraph(GraphNames.REFERENCE, reference);
        log.info("Knowledge graphs loaded: ontology {} triples, shapes {}, reference {} from {}",
                knowledge.ontology().size(), knowledge.shapesModel().size(), reference.size(), knowledge.referenceFiles());
    }
}
