package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A finder whose patterns are written for one language's sentences ("他的老东家", "his employer, X"): articles in the
 * other language give it nothing to read. Said once where the finders are registered, rather than by a guard at the top
 * of each one.
 */
final class OneLanguage implements RelationFinder {

    private final boolean chinese;
    private final RelationFinder finder;

    private OneLanguage(boolean chinese, RelationFinder finder) {
        this.chinese = chinese;
        this.finder = finder;
    }

    static RelationFinder chineseOnly(RelationFinder finder) {
        return new OneLanguage(true, finder);
    }

    static RelationFinder englishOnly(RelationFinder finder) {
        return new OneLanguage(false, finder);
    }

    /** What a finder reads in one sentence, adding the facts it finds to {@code out}. */
    @FunctionalInterface
    interface SentenceReader {
        void read(AnnotatedText text, Sentence s, List<Fact> out);
    }

    /**
     * Every sentence read by the reader of the article's language: for a finder with one construction written in
     * each language ("与…共同创办", "co-founded … with"), the choice made once here rather than in each finder's loop.
     */
    static List<Fact> eachSentence(AnnotatedText text, SentenceReader chinese, SentenceReader english) {
        SentenceReader reader = text.isChinese() ? chinese : english;
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            reader.read(text, s, out);
        }
        return out;
    }

    @Override
    public List<Fact> find(AnnotatedText text) {
        return text.isChinese() == chinese ? finder.find(text) : List.of();
    }

    @Override
    public String name() {
        return finder.name();
    }
}
