package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cue word inside the title of a talk or a book in 《…》 names the talk, and states nothing; made-up names. */
class CuesInTitlesTest {

    @Test
    void aFoundingCueInsideATalkTitleStatesNoFounding() {
        Set<String> facts = Samples.factsIn("星河科技开源实验室的首席架构师周岚做了题为《企业开源的第二个十年》的演讲。", "zh");

        assertTrue(facts.stream().noneMatch(f -> f.contains("foundedBy")), facts::toString);
    }

    @Test
    void theSameCueOutsideATitleStillStatesOne() {
        Set<String> facts = Samples.factsIn("百度开源的深度学习平台PaddlePaddle已有很多用户。", "zh");

        assertTrue(facts.stream().anyMatch(f -> f.contains("foundedBy")), facts::toString);
    }

    @Test
    void aPositionIsInsideATitleOnlyBetweenItsMarks() {
        String text = "周岚做了题为《企业开源的第二个十年》的演讲,开源的事讲完了。";

        assertTrue(CueWordFinder.inBookTitle(text, 0, text.indexOf("开源的")));
        assertFalse(CueWordFinder.inBookTitle(text, 0, text.lastIndexOf("开源的")));
        assertFalse(CueWordFinder.inBookTitle(text, 0, 2));
    }
}
