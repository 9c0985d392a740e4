package org.summitgraph.extraction;

import java.util.Optional;

/**
 * The company a product's name opens with, when the article names that company too: "Microsoft Azure" is Microsoft's,
 * "Red Hat OpenShift" Red Hat's. Only companies: "Apache Kafka" opens with a foundation's name, and no one is employed
 * by the foundation for working on it.
 */
final class ProductMaker {

    private ProductMaker() {
    }

    static Optional<Entity> of(AnnotatedText text, Entity product) {
        return text.in(0, text.text().length(), m -> m.entity().kind() == EntityKind.COMPANY).stream()
                .map(Mention::entity)
                .filter(company -> !company.iri().equals(product.iri()) && opensWith(product, company))
                .findFirst();
    }

    private static boolean opensWith(Entity product, Entity company) {
        return product.labels().values().stream().anyMatch(p -> company.labels().values().stream()
                .anyMatch(c -> c.length() >= 2 && p.length() > c.length() + 1 && p.startsWith(c + " ")));
    }
}
