package org.summitgraph.search;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Folds text as {@link NameFolding} does before a tokenizer sees it, keeping offsets into the original text right
 * where folding changes the length (so that highlighting still points at the original characters).
 */
final class FoldingCharFilter extends BaseCharFilter {

    private String folded;
    private int next;

    FoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = foldAll();
        }
        if (next >= folded.length()) {
            return -1;
        }
        int n = Math.min(length, folded.length() - next);
        folded.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    private String foldAll() throws IOException {
        StringBuilder original = new StringBuilder();
        char[] chunk = new char[1024];
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            original.append(chunk, 0, n);
        }
        StringBuilder out = new StringBuilder(original.length());
        for (int in = 0; in < original.length(); ) {
            int cp = Character.codePointAt(original, in);
            int inEnd = in + Character.charCount(cp);
            int outStart = out.length();
            String folded = NameFolding.foldCodePoint(cp);
            out.append(folded);
            if (folded.length() != inEnd - in) {
                // inside an expansion ("ﬁ" → "fi") every position maps to the original character's start, after it
                // to its end: corrected offsets never go backwards, so no token ends before it starts
                for (int k = 1; k < folded.length(); k++) {
                    addOffCorrectMap(outStart + k, in - (outStart + k));
                }
                addOffCorrectMap(out.length(), inEnd - out.length());
            }
            in = inEnd;
        }
        return out.toString();
    }
}
