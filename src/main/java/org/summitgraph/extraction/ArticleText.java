package org.summitgraph.extraction;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.summitgraph.article.Article;
import org.summitgraph.article.DateParser;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article split into sentences: what every finder reads. Chinese word segmentation is computed once, on
 * first use, and shared by the finders that need it.
 */
public final class ArticleText {

    private final Article article;
    private final List<Sentence> sentences;
    private List<Term> terms;
    /** How much of an article's start may hold the date it was written on. */
    private static final int OPENING = 600;

    public ArticleText(Article article, List<Sentence> sentences) {
        this.article = Objects.requireNonNull(article, "article");
        this.sentences = List.copyOf(sentences);
    }

    public static ArticleText of(Article article) {
        return new ArticleText(article, SentenceSplitter.split(article.text()));
    }

    public Article article() {
        return article;
    }

    /**
     * When the article speaks from: its date, or, for an article that states none, the first date its opening writes
     * ("Interview by Sam Okafor. Conducted March 8, 2023, at the Monterey Marriott"). Only the finders that resolve
     * "this year", "last September" and a series' name without a year read it; the article keeps no date it did not
     * state as its own.
     */
    public LocalDate whenWritten() {
        if (article.datePublished() != null) {
            return article.datePublished();
        }
        return DateParser.find(text().substring(0, Math.min(text().length(), OPENING))).orElse(null);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** HanLP's words with parts of speech and offsets, personal names recognised. */
    public synchronized List<Term> terms() {
        if (terms == null) {
            terms = List.copyOf(HanLP.newSegment().enableNameRecognize(true).enableOffset(true)
                    .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false).seg(article.text()));
        }
        return terms;
    }

    /**
     * The text with the sentences a name runs across joined again, so that every mention lies within one sentence:
     * the splitter, reading no names, cuts "Yahoo! Japan" after "!", and the relation rules read a sentence's
     * mentions and look around them within it. Only sentences of one paragraph are joined. Itself when no mention
     * runs across; the word segmentation, once computed, is shared.
     */
    public ArticleText joinedAcross(List<Mention> mentions) {
        boolean[] joinNext = new boolean[sentences.size()];
        boolean any = false;
        for (Mention m : mentions) {
            for (int i = 0; i + 1 < sentences.size() && sentences.get(i).begin() < m.end(); i++) {
                Sentence s = sentences.get(i);
                Sentence next = sentences.get(i + 1);
                if (m.begin() < s.end() && m.end() > next.begin() && next.paragraph() == s.paragraph()) {
                    joinNext[i] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return this;
        }
        List<Sentence> joined = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence first = sentences.get(i);
            int last = i;
            while (joinNext[last]) {
                last++;
            }
            int end = sentences.get(last).end();
            joined.add(new Sentence(joined.size(), first.paragraph(), first.begin(), end, text().substring(first.begin(), end)));
            i = last;
        }
        ArticleText out = new ArticleText(article, joined);
        synchronized (this) {
            out.terms = terms;
        }
        return out;
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
