package org.summitgraph.extraction;

/**
 * A sentence of the article text.
 *
 * @param index 0-based position in the article
 * @param paragraph 0-based index of the paragraph (line) it belongs to
 * @param begin offset of its first char (UTF-16 index into the article text)
 * @param end offset after its last char
 * @param text the sentence as written
 */
public record Sentence(int index, int paragraph, int begin, int end, String text) {

    public boolean contains(Mention m) {
        return m.begin() >= begin && m.end() <= end;
    }

    /** Whether the sentence holds the character: finders whose cue needs it ("被", "由") skip the sentences without. */
    public boolean has(char c) {
        return text.indexOf(c) >= 0;
    }
}
