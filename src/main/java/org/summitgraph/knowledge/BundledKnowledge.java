package org.summitgraph.knowledge;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ontology, its SHACL shapes and the reference knowledge that ship inside the application
 * ({@code ontology/} and {@code data/reference/} in the source tree). Read once; immutable afterwards.
 */
public final class BundledKnowledge {

    private final Model ontology;
    private final Model shapesModel;
    private final Shapes shapes;
    private final Model reference;
    private final List<String> referenceFiles;

    private BundledKnowledge(Model ontology, Model shapesModel, Model reference, List<String> referenceFiles) {
        this.ontology = ontology;
        this.shapesModel = shapesModel;
        this.shapes = Shapes.parse(shapesModel);
        this.reference = reference;
        this.referenceFiles = List.copyOf(referenceFiles);
    }

    public static BundledKnowledge fromClasspath() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Model ontology = read(resolver.getResource("classpath:ontology/summitgraph.ttl"));
            Model shapes = read(resolver.getResource("classpath:ontology/shapes.ttl"));
            Resource[] files = resolver.getResources("classpath*:reference/*.ttl");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            Model reference = ModelFactory.createDefaultModel();
            for (Resource file : files) {
                reference.add(read(file));
                reference.setNsPrefixes(reference.getNsPrefixMap());
            }
            return new BundledKnowledge(ontology, shapes, reference,
                    Arrays.stream(files).map(Resource::getFilename).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled ontology or reference data", e);
        }
    }

    private static Model read(Resource resource) throws IOException {
        if (!resource.exists()) {
            throw new IllegalStateException(resource.getDescription() + " is missing from the application");
        }
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = resource.getInputStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base("https://summitgraph.org/").parse(model);
        }
        return model;
    }

    public Model ontology() {
        return ontology;
    }

    public Model shapesModel() {
        return shapesModel;
    }

    public Shapes shapes() {
        return shapes;
    }

    public Model reference() {
        return reference;
    }

    public List<String> referenceFiles() {
        return referenceFiles;
    }
}
