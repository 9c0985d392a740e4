package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A question several finders ask of each sentence is answered once per article, with the answer the test gives. */
class AnnotatedTextOnceTest {

    private static AnnotatedText text(String body) {
        ArticleText split = ArticleText.of(Samples.article(body, "en", LocalDate.of(2024, 10, 2)));
        return new AnnotatedText(split, List.of(), null, Samples.KNOWLEDGE, null);
    }

    @Test
    void eachSentenceIsTestedOnceAndKeepsItsAnswer() {
        AnnotatedText text = text("He spoke on Monday. The keynote ran long. She left early.");
        List<Sentence> asked = new ArrayList<>();
        List<Boolean> answers = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Sentence s : text.sentences()) {
                answers.add(text.once("pronoun", s, in -> {
                    asked.add(in);
                    return in.text().startsWith("He") || in.text().startsWith("She");
                }));
            }
        }
        assertEquals(3, text.sentences().size());
        assertEquals(text.sentences(), asked);
        assertEquals(List.of(true, false, true, true, false, true, true, false, true), answers);
    }

    @Test
    void anotherQuestionOrASentenceOfAnotherSplitIsTestedAnew() {
        AnnotatedText text = text("He spoke on Monday. The keynote ran long.");
        Sentence first = text.sentences().get(0);
        assertTrue(text.once("pronoun", first, s -> true));
        assertFalse(text.once("title", first, s -> false));
        assertTrue(text.once("pronoun", first, s -> false));
        // a sentence with the same index from another text is not this article's: its test runs every time
        Sentence other = new Sentence(0, 0, 0, 5, "Other");
        assertFalse(text.once("pronoun", other, s -> false));
    }
}
