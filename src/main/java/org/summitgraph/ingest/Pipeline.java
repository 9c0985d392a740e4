package org.summitgraph.ingest;

import org.apache.jena.rdf.model.Model;
import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.article.InvalidArticleException;
import org.summitgraph.extraction.Extraction;
import org.summitgraph.extraction.Extractor;
import org.summitgraph.extraction.ReferenceKnowledge;
import org.summitgraph.graph.ArticleGraph;
import org.summitgraph.knowledge.BundledKnowledge;
import org.summitgraph.validation.ShapeValidator;

import java.util.List;

/**
 * The stages from bytes to a checked graph, without the store: reading, extraction, RDF, shapes. The server
 * and the command line assemble it the same way.
 */
public final class Pipeline {

    private final ArticleReader reader;
    private final Extractor extractor;
    private final ShapeValidator validator;

    public Pipeline(ArticleReader reader, Extractor extractor, ShapeValidator validator) {
        this.reader = reader;
        this.extractor = extractor;
        this.validator = validator;
    }

    public static Pipeline standard(BundledKnowledge knowledge, long maxArticleBytes) {
        return new Pipeline(new ArticleReader(maxArticleBytes),
                Extractor.standard(ReferenceKnowledge.from(knowledge.reference())),
                new ShapeValidator(knowledge.shapes(), knowledge.ontology()));
    }

    public Article read(ArticleSource source) {
        return reader.read(source);
    }

    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    /** The article's graph, refused with the shapes' messages when it breaks one. */
    public Model graph(Extraction extraction) {
        Model graph = ArticleGraph.of(extraction);
        List<String> problems = validator.problems(graph);
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(InvalidArticleException.Reason.REFUSED_BY_SHAPES,
                    "The graph extracted from the article breaks the SHACL shapes: " + ShapeValidator.summary(problems));
        }
        return graph;
    }
}
