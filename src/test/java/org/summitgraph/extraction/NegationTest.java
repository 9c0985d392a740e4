package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class NegationTest {

    /** The patterns as they were before the look-aheads and the check of the last word: the answers to keep. */
    private static final Pattern BEFORE_ALONE = Pattern.compile(
            "(?:没有|并未|未曾|尚未|从未|并没|不再|没|未|不)(?:\\s*(?:真正|正式|直接|再|曾|会|能|打算|考虑|选择))?\\s*$"
                    + "|(?:\\b(?:not|never|no longer|decided against|declined to|refused to|chose not to|opted not to)|n['’]t)"
                    + "(?:\\s+(?:yet|really|actually|directly|formally|to|been|be))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHIN_ALONE = Pattern.compile("并未|并没|没有|尚未|从未|未曾|不再|未(?:采用|使用|部署)|不(?:用|采用|使用)"
            + "|\\b(?:not|never|no longer|decided against|declined to|refused to)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void aContractedNegationIsOneWithEitherApostrophe() {
        assertTrue(Negation.before("We don't ", 0, 9));
        assertTrue(Negation.before("They haven’t yet ", 0, 17));
        assertTrue(Negation.within("we didn't adopt"));
    }

    @Test
    void aStretchEndingInANegationIsNegatedWhateverWhiteSpaceOrLineEndFollows() {
        for (String s : List.of("东岳银行并未", "我们目前并没有 ", "Kessler has not ", "decided not to", "did NOT yet", "has never really\r\n",
                "we do not\u2028", "we no longer", "opted not to  \t", "并不打算", "不再考虑")) {
            assertTrue(Negation.before(s, 0, s.length()), s);
        }
    }

    @Test
    void aStretchEndingInAnotherWordIsNot() {
        for (String s : List.of("Kessler has ", "the notion", "cannot", "Acme uses", "东岳银行采用", "  ", "not the end", "不少公司使用")) {
            assertFalse(Negation.before(s, 0, s.length()), s);
        }
    }

    @Test
    void onlyTheAskedStretchCounts() {
        String text = "Acme has not adopted Nova";
        assertTrue(Negation.before(text, 0, 13));
        assertFalse(Negation.before(text, 0, 21));
        assertFalse(Negation.before(text, 9, 9));
    }

    /** Every 23rd offset to each of the 40 after it, and the 40 characters from each, of the test articles. */
    @Test
    void answersAsThePatternsAloneOnTheTestArticles() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int negated = 0;
        int asked = 0;
        for (Path p : articles) {
            String text = Files.readString(p);
            for (int from = 0; from < text.length(); from += 23) {
                for (int to = from + 1; to <= Math.min(text.length(), from + 40); to++) {
                    boolean expected = BEFORE_ALONE.matcher(text).region(from, to).find();
                    if (expected != Negation.before(text, from, to)) {
                        fail(p + " [" + from + ", " + to + "): " + text.substring(from, to));
                    }
                    negated += expected ? 1 : 0;
                    asked++;
                }
                String span = text.substring(from, Math.min(text.length(), from + 40));
                assertEquals(WITHIN_ALONE.matcher(span).find(), Negation.within(span), span);
            }
        }
        assertTrue(negated > 100 && asked > 100_000, negated + " negated of " + asked);
    }
}
