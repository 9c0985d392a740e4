package org.summitgraph.web;

import java.util.Map;
import java.util.Optional;

/** Where the list of each class of entity lives, by the class's local name. */
public final class TypeLists {

    private static final Map<String, String> PATHS = Map.of(
            "Person", "/people",
            "Organization", "/organizations",
            "Company", "/organizations",
            "Project", "/projects",
            "Summit", "/summits",
            "Event", "/summits",
            "Place", "/places",
            "Award", "/awards",
            "Article", "/articles");

    private TypeLists() {
    }

    public static Optional<String> pathOf(String classLocalName) {
        return Optional.ofNullable(PATHS.get(classLocalName));
    }
}
