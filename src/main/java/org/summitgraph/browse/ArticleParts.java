package org.summitgraph.browse;

import org.summitgraph.vocab.SG;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences and mentions live inside their article's page: {@code /id/article/{id}/sentence/7} is shown at
 * {@code /id/article/{id}#sentence-7}.
 */
final class ArticleParts {

    static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern PART = Pattern.compile(
            Pattern.quote(SG.ID) + "article/([0-9a-f]{16})/(sentence|mention)/([0-9]{1,9})");

    private ArticleParts() {
    }

    /** The article page and anchor where a sentence or mention IRI is shown. */
    static Optional<String> pageOf(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        Matcher m = PART.matcher(iri);
        return m.matches() ? Optional.of(articlePage(m.group(1)) + "#" + m.group(2) + "-" + m.group(3))
                : Optional.empty();
    }

    /** The anchor id of a sentence or mention in its article's page, e.g. {@code sentence-7}. */
    static Optional<String> anchorOf(String iri) {
        Matcher m = iri == null ? null : PART.matcher(iri);
        return m != null && m.matches() ? Optional.of(m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    static String articlePage(String id) {
        return "/id/article/" + id;
    }

    static String articleIri(String id) {
        return SG.ID + "article/" + id;
    }
}
