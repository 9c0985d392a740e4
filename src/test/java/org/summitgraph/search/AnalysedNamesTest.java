package org.summitgraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysedNamesTest {

    private static final List<String> NAMES = List.of("孔令贤", "中国银联", "Mark Collier", "The Linux Foundation",
            "腾讯云TStack", "ＯｐｅｎＳｔａｃｋ Foundation", "University of the Arts", "华为 Huawei", "a", "");

    private final Analyzer analyzer = NameIndex.config().getAnalyzer();

    /** Every token of a stream with its position increment and offsets, and what end() leaves. */
    private static List<String> read(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            out.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        }
        return out;
    }

    @Test
    void aNameAnalysedBeforeGivesTheSameTokensPositionsAndOffsetsAsTheAnalyzer() throws IOException {
        AnalysedNames names = new AnalysedNames(analyzer);
        for (int time = 0; time < 2; time++) {
            for (String field : List.of(NameIndex.NAME_FIELD, NameIndex.PREFIX_FIELD)) {
                for (String name : NAMES) {
                    assertEquals(read(analyzer.tokenStream(field, name)), read(names.tokens(field, name)),
                            field + ": " + name);
                }
            }
        }
        assertTrue(read(analyzer.tokenStream(NameIndex.PREFIX_FIELD, "Mark Collier")).contains("col +1 0-12"),
                "the type-ahead field holds the beginnings of each word");
    }

    @Test
    void aLongTextIsLeftToTheAnalyzer() {
        assertNull(new AnalysedNames(analyzer).tokens(NameIndex.NAME_FIELD, "x".repeat(AnalysedNames.MAX_LENGTH + 1)));
    }
}
