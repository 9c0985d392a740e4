package org.summitgraph.extraction;

import java.util.List;

/**
 * What the hand-written rules know about words, opened to the learned relation model (package
 * {@code extraction.model}): negation and the job titles an article writes. Read-only and stateless.
 */
public final class RelationCues {

    /** A title written in the text, with the name the graph records and what holding it implies. */
    public record TitleSpan(int begin, int end, String title, String kind) {
    }

    private RelationCues() {
    }

    /** Whether a stretch of text between two arguments holds a negation ("并未采用", "has not adopted"). */
    public static boolean negated(String span) {
        return Negation.within(span);
    }

    /** Whether the text in [from, to) ends with a negation. */
    public static boolean negatedBefore(String text, int from, int to) {
        return Negation.before(text, from, to);
    }

    /** The titles written in [begin, end) of the text, in text order. */
    public static List<TitleSpan> titles(String text, int begin, int end) {
        return Titles.findIn(text, begin, end).stream()
                .map(f -> new TitleSpan(f.begin(), f.end(), f.title().name(), f.title().kind().name()))
                .sorted(java.util.Comparator.comparingInt(TitleSpan::begin)).toList();
    }
}
