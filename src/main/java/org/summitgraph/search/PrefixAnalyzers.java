package org.summitgraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The type-ahead field. SmartCN cuts names it does not know into single characters (孔令贤 → 孔 令 贤), and
 * its Porter stemming turns "university" into "univers", so neither finds a name by its first letters. This field
 * instead indexes every beginning of the folded name and of each word in it: "mark collier" gives m, ma, mar, ...,
 * c, co, col, ...; 孔令贤 gives 孔, 孔令, 孔令贤. A query is the folded query text as one term, so "孔令" finds
 * 孔令贤 and "Mar" finds Mark Collier, while "银联" still does not find 中国银行 (no word of it begins so).
 */
final class PrefixAnalyzers {

    /** Longest beginning indexed, in code points; longer queries are left to the word field. */
    static final int MAX_PREFIX = 32;

    private PrefixAnalyzers() {
    }

    /** For indexing: every beginning of the name and of each word in it. */
    static Analyzer forIndexing() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new BeginningsTokenizer());
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new FoldingCharFilter(reader);
            }
        };
    }

    /** For queries: the folded text, whole. */
    static Analyzer forQueries() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new KeywordTokenizer());
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new FoldingCharFilter(reader);
            }
        };
    }

    /** The beginnings of a text, as {@link #forIndexing()} describes. */
    static List<String> beginnings(String folded) {
        String text = folded.strip().replaceAll("\\s+", " ");
        int[] cps = text.codePoints().toArray();
        Set<String> out = new LinkedHashSet<>();
        for (int start = 0; start < cps.length; start++) {
            if (!startsWord(cps, start)) {
                continue;
            }
            StringBuilder gram = new StringBuilder();
            for (int end = start; end < cps.length && end - start < MAX_PREFIX; end++) {
                gram.appendCodePoint(cps[end]);
                if (!Character.isWhitespace(cps[end])) {
                    out.add(gram.toString());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A word begins after a space or punctuation, and where Han characters meet Latin ones (腾讯云TStack). */
    private static boolean startsWord(int[] cps, int i) {
        if (!Character.isLetterOrDigit(cps[i])) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        int before = cps[i - 1];
        return !Character.isLetterOrDigit(before) || isHan(before) != isHan(cps[i]);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static final class BeginningsTokenizer extends Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private Iterator<String> grams;
        private int length;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (grams == null) {
                StringBuilder text = new StringBuilder();
                char[] chunk = new char[256];
                for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
                    text.append(chunk, 0, n);
                }
                length = text.length();
                grams = beginnings(text.toString()).iterator();
            }
            if (!grams.hasNext()) {
                return false;
            }
            term.setEmpty().append(grams.next());
            offset.setOffset(correctOffset(0), correctOffset(length));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            grams = null;
            length = 0;
        }
    }
}
