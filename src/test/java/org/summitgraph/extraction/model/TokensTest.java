package org.summitgraph.extraction.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void wordsBehindAPrefixAreKeyedAsTheirTextWouldBe() {
        Tokens words = Tokens.in("Acme runs Nova on 3000 nodes.", 0, 29);
        Features f = new Features(true);
        words.addFirst(f, "b=", 5, 22, Integer.MAX_VALUE);
        assertEquals(List.of("b=runs", "b=nova", "b=on", "b=<num>"), f.names());
        assertEquals(List.of("runs", "nova", "on", "<num>"), words.within(5, 22));
        assertEquals(FeatureHash.of("b=nova"), f.key(1));
        assertEquals(FeatureHash.of("l=nova"), words.key("l=", 2));
    }

    @Test
    void theFirstAndLastWordsOfAStretchAreTakenInTextOrder() {
        Tokens words = Tokens.in("Acme runs Nova on 3000 nodes.", 0, 29);
        Features last = new Features(true);
        words.addLast(last, "l=", 0, 17, 3);
        assertEquals(List.of("l=runs", "l=nova", "l=on"), last.names());
        Features first = new Features(true);
        words.addFirst(first, "r=", 10, 29, 2);
        assertEquals(List.of("r=nova", "r=on"), first.names());
        assertEquals("acme", words.first(0, 29));
        assertEquals(".", words.last(0, 29));
        assertNull(words.last(0, 3), "a word cut by the stretch's end is not in it");
        assertEquals(2, words.count(0, 29, 2));
    }
}
