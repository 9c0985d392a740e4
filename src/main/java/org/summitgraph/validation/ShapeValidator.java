package org.summitgraph.validation;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks extracted data against the project's SHACL shapes. The data is checked together with the ontology's class
 * hierarchy, so a Company satisfies a constraint that asks for an Organization.
 */
public final class ShapeValidator {

    private static final int MAX_REPORTED = 10;

    private final Shapes shapes;
    private final Graph classHierarchy;

    public ShapeValidator(Shapes shapes, Model ontology) {
        this.shapes = shapes;
        this.classHierarchy = classHierarchy(ontology);
    }

    /**
     * The only ontology triples the shapes read: sh:targetClass and sh:class follow rdf:type/rdfs:subClassOf*, and
     * no shape targets or inspects the ontology's own terms. A dozen triples instead of the whole ontology.
     */
    static Graph classHierarchy(Model ontology) {
        Graph hierarchy = GraphFactory.createDefaultGraph();
        ontology.getGraph().find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(hierarchy::add);
        return hierarchy;
    }

    /** The problems found, each as a sentence naming the node, the property and the shape's message. */
    public List<String> problems(Model data) {
        // Copied into one fresh graph: Jena's in-memory graph of the second generation answers the validator's many
        // small finds faster than the Model's own graph or a union view over two graphs; copying costs less than it saves.
        Graph checked = GraphFactory.createDefaultGraph();
        classHierarchy.find().forEachRemaining(checked::add);
        data.getGraph().find().forEachRemaining(checked::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, checked);
        if (report.conforms()) {
            return List.of();
        }
        return report.getEntries().stream().map(ShapeValidator::describe).distinct().collect(Collectors.toList());
    }

    /** A short summary of the problems, for an error message. */
    public static String summary(List<String> problems) {
        String shown = problems.stream().limit(MAX_REPORTED).collect(Collectors.joining("; "));
        return problems.size() > MAX_REPORTED ? shown + "; and " + (problems.size() - MAX_REPORTED) + " more" : shown;
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        return e.focusNode() + path + ": " + e.message();
    }
}
