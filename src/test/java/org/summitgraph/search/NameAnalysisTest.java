package org.summitgraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameAnalysisTest {

    private final Analyzer words = new NameAnalyzer();

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void fullWidthAndUpperCaseLettersAreTheSameWordAsLowerCase() throws IOException {
        assertEquals(tokens(words, "openstack"), tokens(words, "ＯｐｅｎＳｔａｃｋ"));
        assertEquals(tokens(words, "openstack"), tokens(words, "OPENSTACK"));
        assertEquals(tokens(words, "openstack"), tokens(words, "ＯＰＥＮＳＴＡＣＫ"));
    }

    @Test
    void foldingAppliesToWholeNamesAndCollapsesSpaces() {
        assertEquals("mark collier", NameFolding.fold("  ＭＡＲＫ\u3000 Collier "));
        assertEquals("腾讯云tstack", NameFolding.fold("腾讯云ＴＳｔａｃｋ"));
    }

    @Test
    void chineseNamesAreCutIntoWordsSoThatAWordDoesNotMatchItsNeighbours() throws IOException {
        List<String> unionPay = tokens(words, "中国银联");
        List<String> bank = tokens(words, "中国银行");
        assertTrue(unionPay.containsAll(tokens(words, "银联")), unionPay.toString());
        assertFalse(bank.containsAll(tokens(words, "银联")), bank.toString());
        assertTrue(tokens(words, "腾讯云TStack").containsAll(tokens(words, "腾讯")));
    }

    @Test
    void offsetsPointIntoTheOriginalTextWhenFoldingChangesItsLength() throws IOException {
        // "ﬁ" (one char) folds to "fi" (two): the word after it must still point at the original characters
        String text = "ﬁrst Nova";
        try (TokenStream ts = words.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String last = null;
            int start = -1;
            while (ts.incrementToken()) {
                last = term.toString();
                start = offset.startOffset();
            }
            ts.end();
            assertEquals("nova", last);
            assertEquals(text.indexOf("Nova"), start);
        }
    }

    @Test
    void charactersThatFoldIntoSeveralNeverGiveATokenThatEndsBeforeItStarts() throws IOException {
        for (Analyzer analyzer : List.of(words, PrefixAnalyzers.forIndexing())) {
            for (String text : List.of("㈱腾讯 ﬁx", "株式会社㍿", "𝐀𝐁 ㎞ ½", "ǅ ﬀ ﬃ İstanbul")) {
                try (TokenStream ts = analyzer.tokenStream("name", text)) {
                    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    int lastStart = 0;
                    while (ts.incrementToken()) {
                        assertTrue(offset.startOffset() <= offset.endOffset(), text);
                        assertTrue(offset.endOffset() <= text.length(), text);
                        assertTrue(offset.startOffset() >= lastStart || analyzer != words, text);
                        lastStart = offset.startOffset();
                    }
                    ts.end();
                }
            }
        }
    }

    @Test
    void theTypeAheadFieldHoldsEveryBeginningOfTheNameAndOfEachWord() throws IOException {
        List<String> grams = tokens(PrefixAnalyzers.forIndexing(), "Mark Collier");
        assertTrue(grams.containsAll(List.of("m", "ma", "mar", "mark", "mark c", "mark collier", "c", "col", "collier")),
                grams.toString());
        assertFalse(grams.contains("ark"));
    }

    @Test
    void chineseNamesBeginWithTheirFirstCharactersEvenWhenTheSegmenterDoesNotKnowThem() throws IOException {
        List<String> grams = tokens(PrefixAnalyzers.forIndexing(), "孔令贤");
        assertEquals(List.of("孔", "孔令", "孔令贤"), grams);
        assertFalse(tokens(PrefixAnalyzers.forIndexing(), "中国银行").contains("银联"));
        assertTrue(tokens(PrefixAnalyzers.forIndexing(), "腾讯云TStack").contains("tst"), "Latin after Han starts a word");
    }

    @Test
    void aTypeAheadQueryIsTheFoldedTextAsOneTerm() throws IOException {
        assertEquals(List.of("mark col"), tokens(PrefixAnalyzers.forQueries(), "ＭＡＲＫ Col"));
    }
}
