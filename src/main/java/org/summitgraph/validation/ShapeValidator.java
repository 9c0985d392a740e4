package org.summitgraph.validation;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks extracted data against the project's SHACL shapes. The data is checked together with the ontology,
 * so a Company satisfies a constraint that asks for an Organization.
 */
public final class ShapeValidator {

    private static final int MAX_REPORTED = 10;

    private final Shapes shapes;
    private final Model ontology;

    public ShapeValidator(Shapes shapes, Model ontology) {
        this.shapes = shapes;
        this.ontology = ontology;
    }

    /** The problems found, each as a sentence naming the node, the property and the shape's message. */
    public List<String> problems(Model data) {
        Graph union = GraphFactory.createDefaultGraph();
        ontology.getGraph().find().forEachRemaining(union::add);
        data.getGraph().find().forEachRemaining(union::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
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
