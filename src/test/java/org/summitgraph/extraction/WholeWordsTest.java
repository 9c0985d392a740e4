package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WholeWordsTest {

    @Test
    void aPhraseBetweenSpacesOrPunctuationOccurs() {
        assertTrue(WholeWords.occurs("They talked about edge computing, again.", "edge computing", false));
        assertTrue(WholeWords.occurs("edge computing", "edge computing", false));
        assertTrue(WholeWords.occurs("（edge computing）", "edge computing", false));
    }

    @Test
    void aPhraseInsideALongerWordDoesNot() {
        assertFalse(WholeWords.occurs("the hedge computing fund", "edge computing", false));
        assertFalse(WholeWords.occurs("edge computings", "edge computing", false));
        assertFalse(WholeWords.occurs("Edge Computing", "edge computing", false));
    }

    @Test
    void aLaterOccurrenceCountsWhenTheFirstIsInsideAWord() {
        assertTrue(WholeWords.occurs("Stacey met Stac and stac", "stac", false));
        assertFalse(WholeWords.occurs("stacey stack", "stac", false));
    }

    @Test
    void digitsJoinAWordOnlyWhenAsked() {
        assertTrue(WholeWords.occurs("cloud2 cloud", "cloud", true));
        assertFalse(WholeWords.occurs("cloud2", "cloud", true));
        assertTrue(WholeWords.occurs("cloud2", "cloud", false));
    }

    @Test
    void lettersOfOtherScriptsJoinAWord() {
        assertFalse(WholeWords.occurs("我们的kubernetes集群", "kubernetes", false));
        assertTrue(WholeWords.occurs("我们的 kubernetes 集群", "kubernetes", false));
    }
}
