package org.summitgraph.extraction;

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

    @Override
    public List<Fact> find(AnnotatedText text) {
        return text.isChinese() == chinese ? finder.find(text) : List.of();
    }

    @Override
    public String name() {
        return finder.name();
    }
}
