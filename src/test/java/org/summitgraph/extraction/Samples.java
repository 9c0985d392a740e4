package org.summitgraph.extraction;

import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures shared by the extraction tests: the bundled knowledge, built once, and articles from files. */
final class Samples {

    static final BundledKnowledge BUNDLED = BundledKnowledge.fromClasspath();
    static final ReferenceKnowledge KNOWLEDGE = ReferenceKnowledge.from(BUNDLED.reference());
    static final Extractor EXTRACTOR = Extractor.standard(KNOWLEDGE);

    private Samples() {
    }

    static Article article(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream("/extraction/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new ArticleReader(1 << 22).read(new ArticleSource(in.readAllBytes(), null, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String text, String language, java.time.LocalDate date) {
        return new Article(ArticleReader.idOf(text), "test", null, date, language, null, text, null);
    }
}
