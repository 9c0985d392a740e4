package org.summitgraph.extraction;

import org.summitgraph.article.Article;
import org.summitgraph.article.ArticleReader;
import org.summitgraph.article.ArticleSource;
import org.summitgraph.knowledge.BundledKnowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        return article(text, language, date, null);
    }

    static Article article(String text, String language, java.time.LocalDate date, String publisher) {
        return new Article(ArticleReader.idOf(text), "test", null, date, language, publisher, text, null);
    }

    /** The facts the standard extractor finds in a made-up text of one day in October 2024, as {@link #facts(Extraction)} writes them. */
    static Set<String> factsIn(String text, String language) {
        return facts(EXTRACTOR.extract(article(text, language, java.time.LocalDate.of(2024, 10, 2))));
    }

    /** Facts as "subject predicate object", roles as "person hasRole target [title]", with English labels. */
    static Set<String> facts(Extraction e) {
        return facts(e, "en");
    }

    /** Facts as {@link #facts(Extraction)} writes them, with labels in the given language where there are. */
    static Set<String> facts(Extraction e, String labelLanguage) {
        Map<String, Entity> entities = e.entities();
        return e.facts().stream().map(f -> label(entities, f.subject(), labelLanguage) + " " + f.predicate().getLocalName()
                + " " + label(entities, f.object(), labelLanguage) + (f.roleTitle() == null ? "" : " [" + f.roleTitle() + "]"))
                .collect(Collectors.toSet());
    }

    /** The kind of the first "KIND name" entry ending in {@code name}, or "none". */
    static String kindOf(Set<String> names, String name) {
        return names.stream().filter(n -> n.endsWith(" " + name)).map(n -> n.substring(0, n.indexOf(' ')))
                .findFirst().orElse("none");
    }

    /** The entities as "KIND label". */
    static Set<String> names(Extraction e) {
        return e.entities().values().stream().map(x -> x.kind() + " " + x.label("en")).collect(Collectors.toSet());
    }

    private static String label(Map<String, Entity> entities, String iri, String language) {
        Entity e = entities.get(iri);
        return e == null ? iri : e.label(language);
    }
}
