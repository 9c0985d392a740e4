package org.summitgraph.extraction;

/**
 * The stretch a rule looks back over before a mention or a cue. A mention may begin before the sentence it is read
 * in: the splitter cuts through a name such as "Yahoo! Japan", whose "!" ends a sentence. Its look-back within the
 * sentence is then empty, where {@code max(sentenceBegin, at - width)} would begin after {@code at}, a region
 * {@link java.util.regex.Matcher#region} refuses.
 */
final class LookBack {

    private LookBack() {
    }

    /** Where a look back of at most {@code width} characters before {@code at} begins: not before {@code floor}, never after {@code at}. */
    static int from(int floor, int at, int width) {
        return Math.min(at, Math.max(floor, at - width));
    }
}
