package org.summitgraph.extraction;

import java.util.List;

/** One family of patterns that turn mentions in a sentence into statements. */
public interface RelationFinder {

    List<Fact> find(AnnotatedText text);

    /** How logs name the finder: its class, or the class a wrapper registers it with. */
    default String name() {
        return getClass().getSimpleName();
    }
}
