package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TokensTest {

    @Test
    void latinWordsAreLowerCasedAndNumbersFolded() {
        assertEquals(List.of("runs", "ironic", "on", "<num>", "nodes", "."), Tokens.of("Runs Ironic on 3000 nodes.", 0, 26));
    }

    @Test
    void chineseGivesEachCharacterAndEachPairOfAdjacentCharacters() {
        assertEquals(List.of("采", "采用", "用", "用了", "了", "nova"), Tokens.of("采用了Nova", 0, 7));
    }

    @Test
    void onlyTheAskedStretchIsRead() {
        assertEquals(List.of("uses"), Tokens.of("Acme uses Nova", 5, 9));
    }

    @Test
    void wordsBehindAPrefixAreTheSameWordsAndOneStringEachWhenAskedAgain() {
        Tokens words = Tokens.in("Acme runs Nova on 3000 nodes.", 0, 29);
        List<String> tagged = words.within(5, 22, "b=");
        assertEquals(List.of("b=runs", "b=nova", "b=on", "b=<num>"), tagged);
        assertEquals(List.of("runs", "nova", "on", "<num>"), words.within(5, 22));
        assertSame(tagged.get(1), words.within(10, 14, "b=").get(0));
        assertEquals(List.of("l=nova"), words.within(10, 14, "l="));
    }
}
