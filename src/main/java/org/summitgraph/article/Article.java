package org.summitgraph.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as read from its source: cleaned text plus what is known about it.
 * Character offsets used by the extraction refer to {@link #text()}.
 *
 * @param id stable identifier: derived from the URL when there is one, otherwise from the text
 * @param title never null; the first line of the text when the source names no title
 * @param url may be null
 * @param datePublished may be null
 * @param language BCP 47 code, given or detected ("zh", "en")
 * @param publisherName name of the publisher as the source states it, may be null
 * @param text cleaned text, never empty
 * @param sourceFile file name the article was read from, may be null
 */
public record Article(String id, String title, String url, LocalDate datePublished, String language,
                      String publisherName, String text, String sourceFile) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    public Optional<String> optionalUrl() {
        return Optional.ofNullable(url);
    }

    public Optional<LocalDate> optionalDatePublished() {
        return Optional.ofNullable(datePublished);
    }

    public boolean isChinese() {
        return language.startsWith("zh");
    }
}
