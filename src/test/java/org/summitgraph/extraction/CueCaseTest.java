package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueCaseTest {

    @Test
    void aCueWithLatinLettersIsMatchedIgnoringCase() {
        assertEquals(Pattern.CASE_INSENSITIVE, CueWordFinder.caseFlags("\\b(?:keynote|talk) by\\b"));
        assertEquals(Pattern.CASE_INSENSITIVE, CueWordFinder.caseFlags("加入了?\\s*CNCF"));
        assertTrue(Pattern.compile("\\bkeynote by\\b", CueWordFinder.caseFlags("\\bkeynote by\\b"))
                .matcher("Keynote BY Mark").find());
    }

    @Test
    void aCueWithNoLatinLetterButInEscapesIsMatchedAsWritten() {
        assertEquals(0, CueWordFinder.caseFlags("在[^，,。；;]{0,10}?(?:演讲|圆桌)[中上]?|随后介绍"));
        assertEquals(0, CueWordFinder.caseFlags("\\s*(?:的展台|展位)\\b\\p{IsHan}{0,2}"));
    }
}
