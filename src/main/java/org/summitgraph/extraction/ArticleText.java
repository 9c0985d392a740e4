package org.summitgraph.extraction;

import org.summitgraph.article.Article;

import java.util.List;
import java.util.Objects;

/** An article split into sentences: what every finder reads. */
public record ArticleText(Article article, List<Sentence> sentences) {

    public ArticleText {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    public static ArticleText of(Article article) {
        return new ArticleText(article, SentenceSplitter.split(article.text()));
    }

    public String text() {
        return article.text();
    }

    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s;
            }
        }
        return sentences.isEmpty() ? new Sentence(0, 0, 0, text().length(), text()) : sentences.get(sentences.size() - 1);
    }
}
