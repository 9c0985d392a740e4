package org.summitgraph.extraction;

import java.util.Objects;

/**
 * A span of the article text that names an entity.
 *
 * @param begin offset of the first char in the article text (UTF-16 index)
 * @param end offset after the last char
 * @param surface the text of the span
 * @param entity what it names
 * @param method the finder that found it, e.g. "dictionary"
 * @param confidence in [0, 1]
 */
public record Mention(int begin, int end, String surface, Entity entity, String method, double confidence) {

    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(method, "method");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("empty or negative span " + begin + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /**
     * Whether this is a pronoun or a description ("he", "the company", "该公司") standing for an entity named before:
     * read by the relation finders, never a name of the entity.
     */
    public boolean anaphoric() {
        return method.startsWith("coref:");
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }

    public Mention withEntity(Entity resolved, String resolvedBy) {
        return new Mention(begin, end, surface, resolved, method + "+" + resolvedBy, confidence);
    }
}
