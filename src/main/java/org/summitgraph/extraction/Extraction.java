package org.summitgraph.extraction;

import org.summitgraph.article.Article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the extractor found in one article.
 *
 * @param article the article
 * @param sentences its sentences
 * @param mentions every name found, in text order, each tied to its entity
 * @param entities the entities mentioned, by IRI
 * @param facts the statements found, each with its sentence
 * @param attributes the literals found (summit dates and numbers), each with its sentence
 * @param about the event the article reports on, may be null
 * @param publisher who published it, may be null
 */
public record Extraction(Article article, List<Sentence> sentences, List<Mention> mentions,
                         Map<String, Entity> entities, List<Fact> facts, List<Attribute> attributes, Entity about,
                         Entity publisher) {

    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = Map.copyOf(entities);
        facts = List.copyOf(facts);
        attributes = List.copyOf(attributes);
    }

    public Optional<Entity> optionalAbout() {
        return Optional.ofNullable(about);
    }

    public Optional<Entity> optionalPublisher() {
        return Optional.ofNullable(publisher);
    }
}
