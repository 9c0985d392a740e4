package org.summitgraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokens the name index's analyzer gives for a name, kept for the names met most recently. The same names come
 * back in article after article (in 2,000 generated articles, 6,443 different names were written 191,598 times), and
 * analysing one (SmartCN's segmentation, stemming, every beginning for the type-ahead field) cost the bulk writer a
 * tenth of its time; a name met again is replayed from what its first analysis gave, the same terms, positions and
 * offsets, so the index is the same.
 */
final class AnalysedNames {

    /** Names kept: a few megabytes, more than a batch of a thousand articles writes different names. */
    static final int MAX_NAMES = 20_000;
    /** Longer texts (titles of articles, each written once) are analysed each time and not kept. */
    static final int MAX_LENGTH = 120;

    /** What one analysis gave: every term, one after the other in {@code terms}, with its position and offsets. */
    private record Tokens(String terms, int[] ends, int[] increments, int[] starts, int[] stops, int finalOffset,
                          int finalIncrement) {
    }

    private final Analyzer analyzer;
    private final Map<String, Tokens> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tokens> eldest) {
            return size() > MAX_NAMES;
        }
    };

    AnalysedNames(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The field's tokens for the text, to be read once; null for a text too long to keep (analyse it as usual). */
    TokenStream tokens(String field, String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        String key = field + '\u0000' + text;
        Tokens tokens;
        synchronized (kept) {
            tokens = kept.get(key);
        }
        if (tokens == null) {
            tokens = analyse(field, text);
            synchronized (kept) {
                kept.put(key, tokens);
            }
        }
        return new Replay(tokens);
    }

    private Tokens analyse(String field, String text) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            StringBuilder terms = new StringBuilder();
            int[] ends = new int[8];
            int[] increments = new int[8];
            int[] starts = new int[8];
            int[] stops = new int[8];
            int n = 0;
            stream.reset();
            while (stream.incrementToken()) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, 2 * n);
                    increments = Arrays.copyOf(increments, 2 * n);
                    starts = Arrays.copyOf(starts, 2 * n);
                    stops = Arrays.copyOf(stops, 2 * n);
                }
                terms.append(term);
                ends[n] = terms.length();
                increments[n] = increment.getPositionIncrement();
                starts[n] = offset.startOffset();
                stops[n] = offset.endOffset();
                n++;
            }
            stream.end();
            return new Tokens(terms.toString(), Arrays.copyOf(ends, n), Arrays.copyOf(increments, n),
                    Arrays.copyOf(starts, n), Arrays.copyOf(stops, n), offset.endOffset(),
                    increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the name " + text, e);
        }
    }

    /** One reading of kept tokens. */
    private static final class Replay extends TokenStream {

        private final Tokens tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        Replay(Tokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.ends().length) {
                return false;
            }
            clearAttributes();
            int begin = next == 0 ? 0 : tokens.ends()[next - 1];
            term.setEmpty().append(tokens.terms(), begin, tokens.ends()[next]);
            increment.setPositionIncrement(tokens.increments()[next]);
            offset.setOffset(tokens.starts()[next], tokens.stops()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(tokens.finalOffset(), tokens.finalOffset());
            increment.setPositionIncrement(tokens.finalIncrement());
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
