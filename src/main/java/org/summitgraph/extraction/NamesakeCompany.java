package org.summitgraph.extraction;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The company a project is named after, where the article names both: "ClickHouse联合创始人兼CTO" after "ClickHouse公司",
 * "Kong's CTO" after "Kong Inc.". A chief officer or a founder is one of the company's, not of the code it sells.
 */
final class NamesakeCompany {

    /** What a company's name adds to its project's: "公司", "Inc.", "Ltd", "Labs". */
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("\\s*(?:公司|,?\\s*Inc\\.?|,?\\s*Ltd\\.?|Labs|GmbH)$");

    private NamesakeCompany() {
    }

    static Optional<Entity> of(AnnotatedText text, Entity project) {
        if (project.kind() != EntityKind.PROJECT) {
            return Optional.empty();
        }
        return text.in(0, text.text().length(), m -> m.entity().kind() == EntityKind.COMPANY).stream()
                .map(Mention::entity)
                .filter(company -> !company.iri().equals(project.iri()) && namedAfter(company, project))
                .findFirst();
    }

    private static boolean namedAfter(Entity company, Entity project) {
        return company.labels().values().stream().anyMatch(c -> {
            String stem = COMPANY_SUFFIX.matcher(c.strip()).replaceFirst("");
            return stem.length() >= 2 && stem.length() < c.strip().length()
                    && project.labels().values().stream().anyMatch(p -> p.strip().equalsIgnoreCase(stem));
        });
    }
}
