package org.summitgraph.extraction;

/**
 * What the hand-written rules know about words, opened to the learned relation model (package
 * {@code extraction.model}): negation, and where a quotation stands. (The rules' cue words and job titles were features too, but under
 * cross-validation they moved relation F1 by 0.001 and cost a quarter of the model's time.) Stateless.
 */
public final class RelationCues {

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

    /** Whether the offset stands inside a quotation its sentence opened before it (“…”, 「…」 or "…"). */
    public static boolean quoted(String text, int sentenceBegin, int at) {
        return FirstPersonWriter.quoted(text, sentenceBegin, at);
    }
}
